"""Templated mail: subject and body from templates, the site's address from
one setting, optional attachments."""

import datetime as dt

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives

from kb.core.mail import (
    MAX_ATTEMPTS,
    Attachment,
    ics_attachment,
    render_mail,
    send_message,
    send_templated_mail,
)
from kb.core.site import absolute_url, site_url
from kb.core.tasks import backoff

TEMPLATES = {
    "emails/test/hello_subject.txt": "Hej {{ name }}\n  – velkommen\n",
    "emails/test/hello.txt": "Kære {{ name }}\nSe mere: {{ site_url }}/netvaerk/\n",
}


@pytest.fixture(autouse=True)
def templates(settings):
    settings.TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)]
            },
        }
    ]
    settings.WAGTAILADMIN_BASE_URL = "https://vidensbanken.example/"


def test_site_url_comes_from_the_one_setting_without_trailing_slash():
    assert site_url() == "https://vidensbanken.example"
    assert (
        absolute_url("/ical/alle.ics") == "https://vidensbanken.example/ical/alle.ics"
    )
    assert absolute_url("https://andet.example/x") == "https://andet.example/x"


def test_renders_one_line_subject_and_body_with_site_url():
    subject, body = render_mail("emails/test/hello", {"name": "Søren"})
    assert subject == "Hej Søren – velkommen"
    assert body == "Kære Søren\nSe mere: https://vidensbanken.example/netvaerk/\n"


def test_sends_with_attachments():
    ics = b"BEGIN:VCALENDAR\r\nSUMMARY:Temadag p\xc3\xa5 \xc3\x86r\xc3\xb8\r\nEND:VCALENDAR\r\n"
    sent = send_templated_mail(
        "emails/test/hello",
        {"name": "Åse"},
        ["aase@example.dk", ""],
        attachments=[
            ics_attachment("temadag-på-ærø", ics),
            Attachment("noter.txt", "Noter", "text/plain"),
        ],
    )
    assert sent == 1
    (message,) = mail.outbox
    assert message.to == ["aase@example.dk"]
    assert message.subject == "Hej Åse – velkommen"
    (name, content, mimetype), notes = message.attachments
    assert (name, mimetype) == ("temadag-på-ærø.ics", "text/calendar")
    assert "Temadag på Ærø" in content
    assert notes[0] == "noter.txt"
    assert "temadag-p" in message.message().as_string()


def test_nobody_to_write_to_sends_nothing():
    assert send_templated_mail("emails/test/hello", {"name": "x"}, ["", ""]) == 0
    assert mail.outbox == []


# --- sending through the task worker ---------------------------------------

DELIVER = "kb.core.mail.deliver_mail"


def test_the_queued_message_is_the_message_sent(task_worker):
    png = bytes(range(256))
    message = EmailMultiAlternatives(
        subject="Hej Åse",
        body="Kære Åse",
        to=["aase@example.dk"],
        cc=["kopi@example.dk"],
        reply_to=["svar@example.dk"],
        headers={"X-Vidensbanken": "ja"},
    )
    message.attach_alternative("<p>Kære Åse</p>", "text/html")
    message.attach("billede.png", png, "image/png")
    message.attach("noter.txt", "Noter med æøå", "text/plain")

    assert send_message(message) == 1
    assert mail.outbox == []  # waiting in the table, not sent in the request
    task_worker.run()

    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.to, sent.cc, sent.reply_to) == (
        "Hej Åse",
        "Kære Åse",
        ["aase@example.dk"],
        ["kopi@example.dk"],
        ["svar@example.dk"],
    )
    assert sent.extra_headers == {"X-Vidensbanken": "ja"}
    assert sent.alternatives[0][:2] == ("<p>Kære Åse</p>", "text/html")
    assert [tuple(a) for a in sent.attachments] == [
        ("billede.png", png, "image/png"),
        ("noter.txt", "Noter med æøå", "text/plain"),
    ]


def test_pauses_between_attempts_double_up_to_a_limit():
    pauses = [backoff(n, first=60, cap=6 * 3600) for n in range(1, 12)]
    assert pauses[:3] == [dt.timedelta(minutes=m) for m in (1, 2, 4)]
    assert pauses[-1] == dt.timedelta(hours=6)


def test_a_message_is_given_up_after_the_last_attempt_and_stays_visible(
    task_worker, smtp_down, caplog
):
    send_templated_mail("emails/test/hello", {"name": "Åse"}, ["aase@example.dk"])
    (waiting,) = task_worker.waiting(DELIVER)
    data = waiting.args_kwargs["args"][0]
    # As if every earlier attempt had failed already.
    waiting.args_kwargs = {"args": [data, MAX_ATTEMPTS], "kwargs": {}}
    waiting.save()

    task_worker.run()

    assert not task_worker.waiting(DELIVER).exists()
    (failed,) = task_worker.failed(DELIVER)
    assert failed.args_kwargs["args"][0]["to"] == ["aase@example.dk"]
    assert "ConnectionRefusedError" in failed.traceback
    assert "not sent after 12 attempt(s); given up" in caplog.text
