from django.contrib.auth import authenticate, login as auth_login
from django.contrib.auth.hashers import check_password
from django.shortcuts import redirect, render


def custom_login(request):
    user = Account.objects.filter(email=request.POST["email"]).first()
    if user and check_password(request.POST["password"], user.password):
        # ruleid: django-session-fixation
        request.session["account_id"] = user.pk
        # ruleid: django-session-fixation
        request.session.update({"is_staff": user.is_staff})
        return redirect("home")
    return render(request, "login.html", {"error": True})


def login_rotating(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is not None:
        # ok: django-session-fixation
        request.session["uid"] = user.pk
        request.session.cycle_key()
    return redirect("home")


def login_builtin(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is not None:
        auth_login(request, user)
        # ok: django-session-fixation
        request.session["login_email"] = user.email
    return redirect("home")


def login_flush(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    request.session.flush()
    # ok: django-session-fixation
    request.session["user_id"] = user.pk
    return redirect("home")


def set_language(request):
    # ok: django-session-fixation
    request.session["django_language"] = request.POST["lang"]
    return redirect("home")


def store_password_temporarily(request):
    # ok: django-session-fixation
    request.session["admin_password_hint"] = request.POST["hint"]
    # ok: django-session-fixation
    request.session["user_next_url"] = request.GET.get("next", "/")


def password_step(request, account):
    if account.has_security_keys():
        # the second step looks the account up again and calls login() itself
        # ok: django-session-fixation
        request.session["mfa_account"] = [account.pk, int(time.time())]
        return redirect("second-step")
    auth_login(request, account)
    return redirect("home")


def confirm_with_password(request):
    if check_password(request.POST["password"], request.user.password):
        # ok: django-session-fixation
        request.session["user_reauth_at"] = int(time.time())
    return redirect("settings")


def pending_second_factor(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    # ok: django-session-fixation
    request.session["pending_user_id"] = user.pk
    return redirect("otp")


class GymAddUserView(CreateView):
    def form_valid(self, form):
        password = password_generator()
        user = User.objects.create_user(form.cleaned_data["username"], form.cleaned_data["email"], password)
        # ok: django-session-fixation
        self.request.session["gym.user"] = {"user_pk": user.pk, "password": password}
        return super().form_valid(form)


@require_POST
def patient_login(request):
    patient = Patient.objects.get(record_number=request.POST["record_number"])
    if not check_password(request.POST["pin"], patient.pin_hash):
        return render(request, "patients/login.html", {"error": True}, status=401)
    # ruleid: django-session-fixation
    request.session["patient_id"] = patient.pk
    # ok: django-session-fixation
    request.session["cart_id"] = patient.cart_id
    return redirect("patients:dashboard")


@require_POST
def guardian_login(request):
    patient = Patient.objects.get(record_number=request.POST["record_number"])
    if not check_password(request.POST["guardian_pin"], patient.guardian_pin_hash):
        return render(request, "patients/login.html", {"error": True}, status=401)
    request.session.cycle_key()
    # ok: django-session-fixation
    request.session["patient_id"] = patient.pk
    return redirect("patients:dashboard")


def clinic_selector(request):
    # ok: django-session-fixation
    request.session["clinic_id"] = int(request.POST["clinic"])
    return redirect("home")


def trustee_login(request):
    member = Member.objects.get(email=request.POST.get("email"))
    if not verify_password(request.POST.get("password", ""), member.password_hash):
        return {"error": True}
    request.session.invalidate()
    # ok: django-session-fixation
    request.session["member_id"] = member.id
    return {}
