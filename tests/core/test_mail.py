"""Templated mail: subject and body from templates, the site's address from
one setting, optional attachments."""

import pytest
from django.core import mail

from kb.core.mail import Attachment, ics_attachment, render_mail, send_templated_mail
from kb.core.site import absolute_url, site_url

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
