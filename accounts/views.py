"""The one page accounts serves itself: why a logged-in user may not book."""

from django.shortcuts import render

from accounts.services import booking_refusal


def booking_refused(request, *, specialist=None):
    """A 403 that explains in Danish why ``request.user`` cannot request the
    corps and what to do about it (the booking form's answer instead of a
    bare "no access")."""
    return render(
        request,
        "accounts/booking_refused.html",
        {"refusal": booking_refusal(request.user), "specialist": specialist},
        status=403,
    )
