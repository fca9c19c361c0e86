from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import check_password
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .forms import LoginForm, PasswordChangeForm, PinLoginForm
from .models import Customer, KioskTerminal


def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
        )
        if user is not None:
            # safe: session-fixation
            login(request, user)
            return redirect(request.GET.get("next") or "dashboard")
        messages.error(request, "Invalid email or password.")
    return render(request, "accounts/login.html", {"form": form})


def kiosk_pin_login(request, terminal_id):
    """Store staff sign in on the shop-floor kiosk with a 6 digit PIN."""
    form = PinLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        terminal = KioskTerminal.objects.get(pk=terminal_id)
        customer = Customer.objects.filter(staff_number=form.cleaned_data["staff_number"]).first()
        if customer and check_password(form.cleaned_data["pin"], customer.pin_hash):
            # expect: session-fixation
            request.session["kiosk_customer_id"] = customer.pk
            request.session["kiosk_terminal"] = terminal.pk
            return redirect("kiosk:home")
    return render(request, "accounts/kiosk_login.html", {"form": form})


def partner_login(request):
    """Partners authenticate against their own table, not auth.User."""
    if request.method != "POST":
        return render(request, "accounts/partner_login.html")
    partner = Customer.objects.filter(partner_code=request.POST.get("code")).first()
    if partner is None or not check_password(request.POST.get("secret", ""), partner.partner_secret_hash):
        return render(request, "accounts/partner_login.html", {"error": True}, status=401)
    request.session.cycle_key()
    # safe: session-fixation
    request.session["partner_id"] = partner.pk
    return redirect("partners:home")


@login_required
def change_password(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        messages.success(request, "Password updated.")
        return redirect("accounts:profile")
    return render(request, "accounts/change_password.html", {"form": form})


@require_POST
def logout_view(request):
    # safe: jwt-no-revocation
    logout(request)
    return redirect("home")


@login_required
def set_preferences(request):
    request.session["currency"] = request.POST.get("currency", "EUR")
    request.session["theme"] = request.POST.get("theme", "light")
    return JsonResponse({"ok": True})
