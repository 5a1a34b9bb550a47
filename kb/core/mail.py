"""Templated e-mail: one way to write, render and send a message.

A message is two templates, ``<name>_subject.txt`` and ``<name>.txt``; both
get the caller's context plus ``site_url`` (:func:`kb.core.site.site_url`),
so links in mail always point at the public site. The subject is folded to
one line. Attachments (an ``.ics`` file, say) are optional.

Sending uses Django's mail backends (the console in development, SMTP in
production, memory in tests) and the ``DEFAULT_FROM_EMAIL`` sender.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from kb.core.ical import ics_filename
from kb.core.site import site_url


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes | str
    mimetype: str


def ics_attachment(filename: str, body: bytes) -> Attachment:
    """A calendar file (from :func:`kb.core.ical.build_calendar`) to attach;
    ``.ics`` is added to ``filename`` if missing."""
    return Attachment(ics_filename(filename), body, "text/calendar")


def render_mail(template: str, context: dict) -> tuple[str, str]:
    """The subject (one line) and body of ``template`` rendered with
    ``context`` and ``site_url``."""
    context = {"site_url": site_url(), **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return subject, body


def send_templated_mail(
    template: str,
    context: dict,
    to: Sequence[str],
    *,
    attachments: Iterable[Attachment] = (),
) -> int:
    """Render ``template`` and send it to every address in ``to`` (empty
    addresses are skipped). Returns the number of messages sent: 0 when
    there is nobody to write to."""
    recipients = [address for address in to if address]
    if not recipients:
        return 0
    subject, body = render_mail(template, context)
    message = EmailMessage(subject=subject, body=body, to=recipients)
    for attachment in attachments:
        message.attach(attachment.filename, attachment.content, attachment.mimetype)
    return message.send()
