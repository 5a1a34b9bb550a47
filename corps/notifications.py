"""E-mail about bookings: to the specialist's coordinators when a booking is
requested (and a receipt to the requester), to the requester on every status
change, and, once accepted, to the specialist too, both with the visit as an
.ics file and the contact details of the people involved.

Called by corps.services after commit. The messages name the specialist,
the period, the place and the status, and link to the booking; they never
carry the case description (e-mail is not the place for case data).
"""

from __future__ import annotations

from corps.calendar import PRODID, booking_event
from corps.models import BookingRequest
from corps.permissions import specialist_policy
from kb.core import ical
from kb.core.mail import ics_attachment, send_templated_mail
from kb.core.site import absolute_url


def booking_url(booking: BookingRequest) -> str:
    """The booking's absolute address on the public site."""
    return absolute_url(booking.get_absolute_url())


def coordinators_of(booking: BookingRequest) -> list:
    return list(
        specialist_policy.users_with_permission_for_instance(
            "coordinate", booking.specialist
        )
    )


def specialist_email(booking: BookingRequest) -> str:
    specialist = booking.specialist
    return specialist.email or (specialist.user.email if specialist.user else "")


def booking_requested(booking: BookingRequest) -> int:
    """The coordinators get the request; the requester a receipt."""
    sent = _send(
        "emails/booking_requested",
        booking,
        [user.email for user in coordinators_of(booking)],
    )
    return sent + _send(
        "emails/booking_receipt", booking, [booking.requested_by.email]
    )


def booking_status_changed(booking: BookingRequest, previous: str, by) -> int:
    extra = {
        "previous_status": dict(BookingRequest.STATUS_CHOICES).get(previous, ""),
        "changed_by_coordinator": by is not None and by.pk != booking.requested_by_id,
    }
    if booking.status == BookingRequest.ACCEPTED:
        return _send(
            "emails/booking_accepted",
            booking,
            [booking.requested_by.email],
            extra,
            with_calendar=True,
        ) + _send(
            "emails/booking_accepted_specialist",
            booking,
            [specialist_email(booking)],
            extra,
            with_calendar=True,
        )
    return _send(
        "emails/booking_status_changed", booking, [booking.requested_by.email], extra
    )


def _send(
    template: str,
    booking: BookingRequest,
    recipients,
    extra=None,
    *,
    with_calendar: bool = False,
) -> int:
    context = {
        "booking": booking,
        "url": booking_url(booking),
        "coordinators": coordinators_of(booking),
        "specialist_email": specialist_email(booking),
        **(extra or {}),
    }
    attachments = []
    if with_calendar:
        ics = ical.build_calendar(
            [booking_event(booking)], name=str(booking.specialist.title), prodid=PRODID
        )
        attachments.append(ics_attachment(f"booking-{booking.reference}", ics))
    return send_templated_mail(template, context, recipients, attachments=attachments)
