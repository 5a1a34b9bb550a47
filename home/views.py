from django.shortcuts import redirect, render

from home.models import COMPLAINTS_URL, AccessibilityStatement


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
