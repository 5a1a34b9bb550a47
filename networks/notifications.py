"""E-mails about registrations and memberships (Django's mail backends:
the console in development, SMTP in production, memory in tests)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from networks.calendar import build_calendar


def _send(template: str, context: dict, to: list[str], *, attach_event=None) -> None:
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL, **context}
    subject = render_to_string(
        f"emails/networks/{template}_subject.txt", context
    ).strip()
    body = render_to_string(f"emails/networks/{template}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=to)
    if attach_event is not None:
        ics = build_calendar(
            [attach_event],
            name=attach_event.title,
            base_url=settings.WAGTAILADMIN_BASE_URL,
        )
        message.attach(f"{attach_event.slug}.ics", ics, "text/calendar")
    message.send()


def registration_received(registration) -> None:
    confirmed = registration.status == registration.Status.CONFIRMED
    _send(
        "registration_confirmed" if confirmed else "registration_waiting",
        {"registration": registration, "event": registration.event},
        [registration.email],
        attach_event=registration.event if confirmed else None,
    )


def promoted_from_waiting_list(registration) -> None:
    _send(
        "registration_promoted",
        {"registration": registration, "event": registration.event},
        [registration.email],
        attach_event=registration.event,
    )


def event_cancelled(registration) -> None:
    _send(
        "event_cancelled",
        {"registration": registration, "event": registration.event},
        [registration.email],
    )


def membership_requested(membership) -> None:
    network = membership.network
    if network.coordinator_email:
        _send(
            "membership_requested",
            {"membership": membership, "network": network},
            [network.coordinator_email],
        )


def membership_decided(membership) -> None:
    if membership.user.email:
        _send(
            "membership_decided",
            {"membership": membership, "network": membership.network},
            [membership.user.email],
        )
