"""Accounts in the browser: sign up and confirm from the e-mail (a municipal
address is attached to its municipality, another is told in Danish why it
cannot book), log in with the e-mail, reset the password by e-mail. Every
page on the way passes axe and fits a phone."""

import re

from tests.browser.harness import (
    PASSWORD,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

NEW_PASSWORD = "en-lang-hemmelig-kode-42"

SPECIALIST = """
from corps.models import SpecialistPage
specialist = next(s for s in SpecialistPage.objects.live() if s.bookable)
result = {"id": specialist.pk, "url": specialist.url, "title": specialist.title}
"""

ORGANISATION = """
from accounts.models import affiliation_of
from django.contrib.auth import get_user_model
user = get_user_model().objects.get(email=args["email"])
affiliation = affiliation_of(user)
result = str(affiliation.organisation) if affiliation else None
"""


def check(page, context):
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def heading(page):
    return page.get_by_role("heading", level=1).inner_text()


def sign_up_and_confirm(page, site_server, email):
    """Sign up from the header link, follow the link in the e-mail, confirm;
    returns the message shown on the page the user lands on."""
    page.goto("/")
    page.get_by_role("link", name="Opret bruger").click()
    check(page, "sign-up form")
    page.get_by_label("Fornavn").fill("Anne")
    page.get_by_label("Efternavn").fill("Hansen")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Adgangskode (igen)").fill(NEW_PASSWORD)
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Opret bruger").click()
    assert heading(page) == "Bekræft din e-mailadresse"
    check(page, "confirmation sent")

    mail = site_server.find_mail(to=email, subject="Bekræft din e-mailadresse")
    link = re.search(r"http://\S+/konto/confirm-email/\S+/", mail.body)[0]
    assert link.startswith(site_server.url)
    page.goto(link)
    check(page, "confirm address")
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Bekræft").click()
    return page.get_by_role("status").inner_text()


def test_a_municipal_address_is_attached_to_its_municipality(
    page, site_server, viewport
):
    email = f"anne-{viewport.id}@aarhus.dk"
    message = sign_up_and_confirm(page, site_server, email)

    assert "knyttet til Aarhus" in message
    assert page.get_by_role("button", name="Log ud").count() == 1
    check(page, "landing after confirmation")
    assert site_server.run_python(ORGANISATION, email=email) == "Aarhus"

    specialist = site_server.run_python(SPECIALIST)
    page.goto(specialist["url"])
    page.get_by_role("link", name="Anmod om booking").click()
    assert page.locator("form").get_by_role("button").count() >= 1
    check(page, "booking form")


def test_another_address_is_refused_booking_with_a_danish_explanation(
    page, site_server, viewport
):
    email = f"bo-{viewport.id}@firma.example.dk"
    message = sign_up_and_confirm(page, site_server, email)

    assert "Du kan ikke booke specialistkorpset endnu" in message
    assert site_server.run_python(ORGANISATION, email=email) is None

    specialist = site_server.run_python(SPECIALIST)
    page.goto(specialist["url"])
    assert page.get_by_role("link", name="Anmod om booking").count() == 0
    notice = page.get_by_text("Du kan ikke booke specialistkorpset endnu")
    assert notice.is_visible()
    assert "administrator" in notice.inner_text()
    check(page, "specialist page without affiliation")

    response = page.goto(f"/bookinger/ny/{specialist['id']}/")
    assert response.status == 403
    assert heading(page) == "Du kan ikke booke endnu"
    assert "administrator" in page.locator("main").inner_text()
    check(page, "booking refused")


def test_a_user_logs_in_with_the_email_and_back_to_the_page(
    page, site_server, viewport
):
    email = f"login-{viewport.id}@example.dk"
    site_server.create_user(email, username=f"gammelt-brugernavn-{viewport.id}")

    page.goto("/konto/login/?next=/soeg/")
    check(page, "login form")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Adgangskode").fill("forkert-kode")
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Log ind").click()
    assert "ikke korrekt" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("E-mail").input_value() == email
    check(page, "login form with error")

    log_in(page, email.upper(), next="/soeg/")
    assert page.url.endswith("/soeg/")
    page.get_by_role("button", name="Log ud").click()
    page.wait_for_url(re.compile(r"/$"))
    assert page.get_by_role("link", name="Log ind").count() == 1


def test_a_user_resets_the_password_by_email(page, site_server, viewport):
    email = f"glemsom-{viewport.id}@example.dk"
    site_server.create_user(email, "gammel-kode-123")

    page.goto("/konto/login/")
    page.get_by_role("link", name="Glemt din adgangskode?").click()
    check(page, "password reset form")
    page.get_by_label("E-mail").fill(email)
    with page.expect_navigation():
        page.get_by_role("button", name="Send link").click()
    assert heading(page) == "Tjek din e-mail"
    check(page, "password reset sent")

    mail = site_server.find_mail(to=email, subject="Ny adgangskode til Vidensbanken")
    link = re.search(r"http://\S+/konto/password/reset/key/\S+", mail.body)[0]
    page.goto(link)
    assert heading(page) == "Vælg ny adgangskode"
    check(page, "new password form")
    page.get_by_label("Ny adgangskode", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Gentag ny adgangskode").fill(NEW_PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Gem adgangskode").click()
    assert heading(page) == "Adgangskoden er skiftet"
    check(page, "password changed")

    log_in(page, email, NEW_PASSWORD)


def test_guessing_a_password_meets_the_danish_lockout(page, site_server, viewport):
    email = f"gaettet-{viewport.id}@example.dk"
    site_server.create_user(email)

    def try_password(password):
        page.goto("/konto/login/")
        page.get_by_label("E-mail").fill(email)
        page.get_by_label("Adgangskode").fill(password)
        with page.expect_navigation():
            page.locator("main").get_by_role("button", name="Log ind").click()

    for attempt in range(5):  # KB_LOGIN_FAILURE_LIMIT
        try_password(f"gaet-{attempt}")
    assert heading(page) == "For mange mislykkede forsøg"
    assert "30 minutter" in page.get_by_role("alert").inner_text()
    check(page, "lockout")

    try_password(PASSWORD)  # the right one, too late
    assert heading(page) == "For mange mislykkede forsøg"
    assert page.get_by_role("button", name="Log ud").count() == 0
    page.get_by_role("link", name="Glemt din adgangskode?").click()
    assert heading(page) != "For mange mislykkede forsøg"
