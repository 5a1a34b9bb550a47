"""E-mail about bookings: to the specialist's coordinators when a booking is
requested, and to the requester on every status change.

Called by corps.services after commit. The messages name the specialist,
the period, the place and the status, and link to the booking; they never
carry the case description (e-mail is not the place for case data).
"""

from __future__ import annotations

from django.urls import reverse

from corps.models import BookingRequest
from corps.permissions import specialist_policy
from kb.core.mail import send_templated_mail
from kb.core.site import absolute_url


def booking_url(booking: BookingRequest) -> str:
    """The booking's absolute address on the public site."""
    return absolute_url(reverse("corps:booking_detail", args=[booking.reference]))


def booking_requested(booking: BookingRequest) -> int:
    coordinators = specialist_policy.users_with_permission_for_instance(
        "coordinate", booking.specialist
    )
    recipients = [user.email for user in coordinators]
    return _send("emails/booking_requested", booking, recipients)


def booking_status_changed(booking: BookingRequest, previous: str, by) -> int:
    extra = {
        "previous_status": dict(BookingRequest.STATUS_CHOICES).get(previous, ""),
        "changed_by_coordinator": by is not None and by.pk != booking.requested_by_id,
    }
    return _send(
        "emails/booking_status_changed", booking, [booking.requested_by.email], extra
    )


def _send(template: str, booking: BookingRequest, recipients, extra=None) -> int:
    context = {"booking": booking, "url": booking_url(booking), **(extra or {})}
    return send_templated_mail(template, context, recipients)
