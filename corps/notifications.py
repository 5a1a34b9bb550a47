"""E-mail about bookings: to the specialist's coordinators when a booking is
requested, and to the requester on every status change.

Called by corps.services after commit. The messages name the specialist,
the period, the place and the status, and link to the booking; they never
carry the case description (e-mail is not the place for case data).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from corps import access
from corps.models import BookingRequest


def site_root() -> str:
    """The public site's address without a trailing slash."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/")


def booking_url(booking: BookingRequest, *, root: str | None = None) -> str:
    """The booking's absolute address on the public site."""
    root = site_root() if root is None else root
    return root + reverse("corps:booking_detail", args=[booking.reference])


def booking_requested(booking: BookingRequest) -> int:
    recipients = [
        user.email for user in access.coordinators_of(booking.specialist) if user.email
    ]
    return _send("emails/booking_requested", booking, recipients)


def booking_status_changed(booking: BookingRequest, previous: str, by) -> int:
    email = booking.requested_by.email
    if not email:
        return 0
    extra = {
        "previous_status": dict(BookingRequest.STATUS_CHOICES).get(previous, ""),
        "changed_by_coordinator": by is not None and by.pk != booking.requested_by_id,
    }
    return _send("emails/booking_status_changed", booking, [email], extra)


def _send(template: str, booking: BookingRequest, recipients, extra=None) -> int:
    if not recipients:
        return 0
    context = {"booking": booking, "url": booking_url(booking), **(extra or {})}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return send_mail(
        subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False
    )
