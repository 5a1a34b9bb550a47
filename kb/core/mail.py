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
Every e-mail sent with Django's mail functions takes the same way, whoever
sends it (allauth's confirmations and password resets, Wagtail's moderation
notices and admin password resets, Django's own): ``EMAIL_BACKEND`` is
:class:`QueuedEmailBackend`, which only queues; the worker delivers through
the real backend, ``KB_EMAIL_DELIVERY_BACKEND``. A message is queued once:
:func:`deliver_mail` never sends through ``EMAIL_BACKEND``.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from kb.core.ical import ics_filename
from kb.core.site import site_url
from kb.core.tasks import RetryScheduled, backoff, name_task, stores_tasks

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


class QueuedEmailBackend(BaseEmailBackend):
    """``EMAIL_BACKEND``: every message handed to Django's mail functions is
    queued (:func:`send_message`), not sent; the worker delivers it through
    ``KB_EMAIL_DELIVERY_BACKEND``. Opening and closing connect to nothing."""

    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            try:
                queued += send_message(message)
            except Exception:
                if not self.fail_silently:
                    raise
        return queued


def delivery_connection():
    """A connection of the backend that really sends
    (``KB_EMAIL_DELIVERY_BACKEND``); never the queue itself, which would
    queue the message again for ever."""
    backend = settings.KB_EMAIL_DELIVERY_BACKEND
    if backend == f"{__name__}.{QueuedEmailBackend.__name__}":
        raise ImproperlyConfigured(
            "KB_EMAIL_DELIVERY_BACKEND must be a backend that sends (e.g. SMTP), "
            "not the queue."
        )
    return get_connection(backend)


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
    """Send one queued message through ``KB_EMAIL_DELIVERY_BACKEND``. If the
    mail server fails, the same message is queued again to run after a pause
    (:func:`kb.core.tasks.backoff`) and this attempt is recorded as failed
    (:class:`~kb.core.tasks.RetryScheduled`, its cause in the traceback);
    after :data:`MAX_ATTEMPTS` it is given up with its own error (and one in
    the log), and waits for an administrator (Settings → Mislykkede
    opgaver, or ``manage.py retry_failed_tasks``)."""
    try:
        return delivery_connection().send_messages([message_from_data(message)])
    except ImproperlyConfigured:
        raise
    except Exception as error:
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
        raise RetryScheduled(
            f"Attempt {attempt} failed; attempt {attempt + 1} waits {pause}"
        ) from error


name_task(deliver_mail, _("E-mail"))
