"""Account views for the clinicbook portal (staff and patient logins)."""
import json

import jwt
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.hashers import check_password
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from patients.models import Patient


@require_POST
def patient_login(request):
    """Patients log in with their record number and a PIN (no Django User)."""
    try:
        patient = Patient.objects.get(record_number=request.POST["record_number"])
    except Patient.DoesNotExist:
        return render(request, "patients/login.html", {"error": True}, status=401)
    if not check_password(request.POST["pin"], patient.pin_hash):
        return render(request, "patients/login.html", {"error": True}, status=401)
    # expect: session-fixation
    request.session["patient_id"] = patient.pk
    request.session["patient_name"] = patient.first_name
    return redirect("patients:dashboard")


@require_POST
def guardian_login(request):
    """Guardians get the same PIN flow but the session key is rotated first."""
    try:
        patient = Patient.objects.get(record_number=request.POST["record_number"])
    except Patient.DoesNotExist:
        return render(request, "patients/login.html", {"error": True}, status=401)
    if not check_password(request.POST["guardian_pin"], patient.guardian_pin_hash):
        return render(request, "patients/login.html", {"error": True}, status=401)
    request.session.cycle_key()
    # safe: session-fixation
    request.session["patient_id"] = patient.pk
    request.session["acting_as_guardian"] = True
    return redirect("patients:dashboard")


@require_POST
def staff_login(request):
    user = auth.authenticate(
        request,
        username=request.POST.get("username"),
        password=request.POST.get("password"),
    )
    if user is None:
        return render(request, "staff/login.html", {"error": True}, status=401)
    # safe: session-fixation
    auth.login(request, user)
    request.session["last_ward"] = request.POST.get("ward", "")
    return redirect("staff:home")


def staff_logout(request):
    # safe: jwt-no-revocation
    auth.logout(request)
    return redirect("staff:login")


def lab_results_webhook(request):
    """Lab partner posts results with a JWT they sign with our shared key."""
    token = request.headers.get("X-Lab-Token", "")
    try:
        claims = jwt.decode(
            token,
            settings.LAB_WEBHOOK_KEY,
            algorithms=["HS256"],
            audience="clinicbook",
            issuer="labpartner",
            # expect: jwt-claims-not-validated
            options={"verify_exp": False},
        )
    except jwt.InvalidTokenError:
        return HttpResponseForbidden()
    body = json.loads(request.body)
    return JsonResponse({"received": len(body.get("results", [])), "lab": claims["iss"]})


def referral_link(request):
    """Referral links from partner clinics carry a signed JWT in the query string."""
    token = request.GET.get("t", "")
    try:
        # safe: jwt-none-algorithm
        # safe: jwt-claims-not-validated
        claims = jwt.decode(
            token,
            settings.REFERRAL_PUBLIC_KEY,
            algorithms=["RS256"],
            audience="clinicbook-referrals",
            issuer="https://partners.clinicbook.example",
        )
    except jwt.InvalidTokenError:
        return HttpResponseForbidden()
    return redirect("appointments:new", referral=claims["sub"])


def kiosk_checkin(request):
    """Waiting-room kiosk scans the QR code from the appointment email."""
    token = request.POST.get("qr", "")
    try:
        # expect: jwt-signature-not-verified
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        return HttpResponseForbidden()
    patient = Patient.objects.get(pk=claims["patient_id"])
    patient.appointments.filter(pk=claims["appointment_id"]).update(checked_in=True)
    return JsonResponse({"name": patient.first_name, "checked_in": True})
