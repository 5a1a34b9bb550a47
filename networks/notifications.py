"""E-mails about registrations and memberships, through the shared
templated mail helper (:mod:`kb.core.mail`). Confirmations carry the event
as an ``.ics`` file."""

from django.urls import reverse

from kb.core import ical
from kb.core.mail import ics_attachment, send_templated_mail
from kb.core.site import site_url
from networks.calendar import build_calendar


def _send(
    template: str,
    context: dict,
    to: list[str],
    *,
    attach_event=None,
    method: str = ical.Method.PUBLISH,
) -> int:
    attachments = []
    if attach_event is not None:
        ics = build_calendar(
            [attach_event], name=attach_event.title, base_url=site_url(), method=method
        )
        attachments.append(ics_attachment(attach_event.slug, ics))
    return send_templated_mail(
        f"emails/networks/{template}", context, to, attachments=attachments
    )


def _about(registration, **extra) -> dict:
    """The context of a mail about ``registration``: the registration, its
    event and where the participant sees it (a guest's personal link)."""
    return {
        "registration": registration,
        "event": registration.event,
        "manage_url": registration.manage_url(),
        **extra,
    }


def guest_confirmation_requested(registration) -> None:
    """The one e-mail to a guest's address before it is confirmed: the
    personal link that confirms it, and nothing else."""
    _send("guest_confirm", _about(registration), [registration.email])


def registration_received(registration) -> None:
    confirmed = registration.status == registration.Status.CONFIRMED
    _send(
        "registration_confirmed" if confirmed else "registration_waiting",
        _about(registration),
        [registration.email],
        attach_event=registration.event if confirmed else None,
    )


def promoted_from_waiting_list(registration) -> None:
    _send(
        "registration_promoted",
        _about(registration),
        [registration.email],
        attach_event=registration.event,
    )


def event_cancelled(registration) -> None:
    """The event is cancelled; the attached CANCEL makes calendars drop it."""
    _send(
        "event_cancelled",
        _about(registration),
        [registration.email],
        attach_event=registration.event,
        method=ical.Method.CANCEL,
    )


def registration_cancelled(registration) -> None:
    """A receipt for the participant's own cancellation, with a CANCEL so
    the event leaves their calendar."""
    _send(
        "registration_cancelled",
        _about(registration),
        [registration.email],
        attach_event=registration.event,
        method=ical.Method.CANCEL,
    )


def event_reminder(registration, *, now=None) -> None:
    """A reminder before the event, with the calendar file again and the
    way to cancel (if it is still open at ``now``)."""
    _send(
        "event_reminder",
        _about(
            registration,
            can_cancel=registration.cancellation_closed_reason(now) is None,
            cancel_url=registration.cancel_url(),
        ),
        [registration.email],
        attach_event=registration.event,
    )


def message_to_participant(registration, *, subject: str, message: str) -> int:
    """The organiser's own words to one participant (one e-mail each, so
    the addresses stay private)."""
    return _send(
        "participants_message",
        _about(registration, subject=subject, message=message),
        [registration.email],
    )


def membership_requested(membership) -> None:
    """To the network's coordinator accounts (one message each), with the
    link to where they decide."""
    # Imported here: coordination imports this module.
    from networks.coordination import request_recipients

    network = membership.network
    context = {
        "membership": membership,
        "network": network,
        "decide_url": reverse("networks:decide_membership", args=[membership.pk]),
    }
    for address in request_recipients(network):
        _send("membership_requested", context, [address])


def meeting_updated(meeting, recipients, *, new_minutes, new_documents) -> None:
    """New minutes or files of a meeting, one message per member (members
    do not see each other's addresses)."""
    context = {
        "meeting": meeting,
        "network": meeting.network,
        "new_minutes": new_minutes,
        "new_documents": new_documents,
    }
    for address in recipients:
        _send("meeting_updated", context, [address])


def membership_decided(membership) -> None:
    _send(
        "membership_decided",
        {"membership": membership, "network": membership.network},
        [membership.user.email],
    )
