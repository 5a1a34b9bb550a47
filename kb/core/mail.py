"""Templated e-mail: one way to write, render and send a message.

A message is two templates, ``<name>_subject.txt`` and ``<name>.txt``; both
get the caller's context plus ``site_url`` (:func:`kb.core.site.site_url`),
so links in mail always point at the public site. The subject is folded to
one line. Attachments (an ``.ics`` file, say) are optional.

Nothing is sent in the request: :func:`send_message` stores the finished
message as a background task (:func:`deliver_mail`), which the worker sends
through Django's mail backend (the console in development, SMTP in
production, memory in tests) and, when the mail server cannot take it,
tries again later with a growing pause. So an action that succeeded (a
registration, a membership request) never fails because the mail server is
down, and no message is lost: it waits in the task table until it is sent,
or, after :data:`MAX_ATTEMPTS`, stays there as a failed task with its error.
Every e-mail of the project goes through here, allauth's too
(``accounts.adapter``).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from kb.core.ical import ics_filename
from kb.core.site import site_url
from kb.core.tasks import backoff, stores_tasks

logger = logging.getLogger(__name__)

#: Attempts before a message is given up (and left as a failed task): the
#: pauses double from one minute to six hours, about a day and a half in all.
MAX_ATTEMPTS = 12
FIRST_RETRY_SECONDS = 60
LONGEST_PAUSE_SECONDS = 6 * 60 * 60


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
    addresses are skipped), through the background task. Returns the number
    of messages queued: 0 when there is nobody to write to."""
    recipients = [address for address in to if address]
    if not recipients:
        return 0
    subject, body = render_mail(template, context)
    message = EmailMessage(subject=subject, body=body, to=recipients)
    for attachment in attachments:
        message.attach(attachment.filename, attachment.content, attachment.mimetype)
    return send_message(message)


def send_message(message: EmailMessage) -> int:
    """Queue a finished ``message`` for sending by the worker (see the
    module's docstring). Returns 1, or 0 when it has no recipient."""
    if not message.recipients():
        return 0
    deliver_mail.enqueue(message_to_data(message))
    return 1


def message_to_data(message: EmailMessage) -> dict:
    """``message`` as JSON-safe data for the task table; binary attachments
    are base64."""
    attachments = []
    for filename, content, mimetype in message.attachments:
        if isinstance(content, bytes):
            content = {"base64": base64.b64encode(content).decode("ascii")}
        attachments.append([filename, content, mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def message_from_data(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        if isinstance(content, dict):
            content = base64.b64decode(content["base64"])
        message.attach(filename, content, mimetype)
    return message


@task()
def deliver_mail(message: dict, attempt: int = 1) -> int:
    """Send one queued message. If the mail server fails, the same message
    is queued again to run after a pause (:func:`kb.core.tasks.backoff`)
    and this attempt is recorded as failed with its error; after
    :data:`MAX_ATTEMPTS` it is given up with an error in the log."""
    try:
        return message_from_data(message).send()
    except Exception:
        if attempt >= MAX_ATTEMPTS or not stores_tasks(deliver_mail):
            logger.exception(
                "E-mail «%s» to %s not sent after %d attempt(s); given up",
                message["subject"],
                ", ".join(message["to"]),
                attempt,
            )
            raise
        pause = backoff(attempt, first=FIRST_RETRY_SECONDS, cap=LONGEST_PAUSE_SECONDS)
        deliver_mail.using(run_after=timezone.now() + pause).enqueue(
            message, attempt + 1
        )
        logger.warning(
            "E-mail «%s» not sent (attempt %d); trying again in %s",
            message["subject"],
            attempt,
            pause,
        )
        raise
