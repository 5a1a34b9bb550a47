import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.forms import DeleteAccountForm
from home.models import COMPLAINTS_URL, AccessibilityStatement
from home.personal_data import (
    account_deletion_refusal,
    delete_account,
    personal_data_of,
)
from kb.core.exceptions import ActionRefused


def accessibility_statement(request):
    """The statement, with the facts editors keep in the admin."""
    statement = AccessibilityStatement.for_request(request)
    return render(
        request,
        "home/accessibility_statement.html",
        {"statement": statement, "complaints_url": COMPLAINTS_URL},
    )


def start(request):
    """Where a login lands without a ``next`` page: the start that fits the
    user's role (decided by permissions, not group names)."""
    user = request.user
    if not user.is_authenticated:
        return redirect("account_login")
    if user.has_perm("corps.coordinate_bookings") or user.has_perm(
        "corps.request_booking"
    ):
        return redirect("corps:my_bookings")
    if user.has_perm("wagtailadmin.access_admin"):
        return redirect("wagtailadmin_home")
    return redirect("networks:my_events")


# --- the user's own data ------------------------------------------------------


@login_required
def my_data(request):
    """Where a user downloads their data or deletes their account."""
    return render(
        request,
        "home/my_data.html",
        {
            "retention_registrations": settings.KB_RETENTION_DAYS_REGISTRATIONS,
            "retention_bookings": settings.KB_RETENTION_DAYS_BOOKINGS,
        },
    )


@never_cache
@login_required
@require_GET
def download_my_data(request):
    """Everything the site holds about the user, as a JSON file; private,
    never cached."""
    body = json.dumps(personal_data_of(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="vidensbanken-mine-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def delete_account_view(request):
    """Delete the account after the password is typed again; refused with
    the reason while the user is the only one who can run something."""
    refusal = account_deletion_refusal(request.user)
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        try:
            delete_account(user=request.user)
        except ActionRefused as refused:
            refusal = refused.message
        else:
            logout(request)
            messages.success(
                request,
                _("Din konto er slettet. Dine tilmeldinger og bookinger er anonymiseret."),
            )
            # The login page shows the message (the home page has none).
            return redirect("account_login")
    return render(
        request,
        "home/delete_account.html",
        {"form": form, "refusal": refusal},
        # Refused: the reason, not the form, is the answer.
        status=400 if not refusal and form.is_bound and form.errors else 200,
    )
