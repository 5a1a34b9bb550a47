"""The harness itself: logging in through the site's form, users created
against the server's database, and e-mails read from the server's files."""

import re

from django.core import mail

from tests.browser.harness import (
    EDITOR_EMAIL,
    assert_accessible,
    log_in,
    read_mails,
)


def test_the_editor_logs_in_through_the_login_form(page):
    log_in(page, EDITOR_EMAIL, next="/soeg/")
    assert page.url.endswith("/soeg/")
    menu = page.locator("header summary", has_text="Menu")
    if menu.is_visible():  # on a phone the user's pages are behind "Menu"
        menu.click()
    assert page.get_by_role("link", name="Mine bookinger").count() == 1


def test_a_new_user_resets_the_password_from_the_e_mail(page, site_server, viewport):
    address = f"glemsom-{viewport.id}@example.dk"
    site_server.create_user(address, "gammel-kode-123")

    page.goto("/konto/password/reset/")
    assert_accessible(page, "password reset form")
    page.get_by_label("E-mail").fill(address)
    with page.expect_navigation():
        page.get_by_role("button", name="Send link").click()

    message = site_server.find_mail(to=address, subject="Ny adgangskode")
    link = re.search(r"http://\S+/konto/password/reset/key/\S+", message.body)[0]
    assert link.startswith(site_server.url)
    page.goto(link)
    page.get_by_label("Ny adgangskode", exact=True).fill("ny-hemmelig-kode-456")
    page.get_by_label("Gentag ny adgangskode").fill("ny-hemmelig-kode-456")
    with page.expect_navigation():
        page.get_by_role("button", name="Gem adgangskode").click()
    assert page.get_by_role("heading", level=1).inner_text() != "Vælg ny adgangskode"

    log_in(page, address, "ny-hemmelig-kode-456")


def test_read_mails_parses_body_and_attachments(tmp_path):
    message = mail.EmailMessage(
        subject="Tilmelding bekræftet: Temadag",
        body="Du er tilmeldt.\n",
        to=["deltager@example.dk"],
        cc=["Koordinator <koordinator@example.dk>"],
    )
    message.attach(
        "temadag.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"
    )
    other = mail.EmailMessage(subject="Andet", body="…", to=["andre@example.dk"])
    backend = mail.get_connection(
        "django.core.mail.backends.filebased.EmailBackend", file_path=str(tmp_path)
    )
    backend.send_messages([message, other])

    assert [m.subject for m in read_mails(tmp_path)] == [message.subject, "Andet"]
    (found,) = read_mails(tmp_path, to="DELTAGER@example.dk", subject="bekræftet")
    assert found.to == ["deltager@example.dk"]
    assert found.cc == ["koordinator@example.dk"]
    assert found.body == "Du er tilmeldt.\n"
    assert found.attachment(".ics").content_type == "text/calendar"
    assert found.attachment(".ics").text.startswith("BEGIN:VCALENDAR")
    assert read_mails(tmp_path, to="koordinator@example.dk") == [found]
