"""Journey (a), the professional: a social worker in a municipality
searches the site in their own words, reads a method, finds a theme day
about it with free seats, registers (after a slip in the form), gets the
confirmation with a calendar file, and later cancels with a receipt that
removes the day from their calendar. Once with mouse and keyboard as
anyone would, once with the keyboard alone.

Only the first page is opened by address; everything else is reached by
following links and buttons, and every page is checked with axe and for
sideways scrolling at both viewports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.harness import (
    PASSWORD,
    assert_accessible,
    assert_no_sideways_scroll,
    open_site_menu,
)

QUERY = "feedback fra borgeren"
METHOD = "FIT – Feedback Informed Treatment"
EVENT = "FIT i praksis – fra skema til samtale"
# The demo's theme day, local time (Europe/Copenhagen).
EVENT_START = "20270225T093000"
EVENT_END = "20270225T153000"
EVENTS_MENU = "Temadage og arrangementer"
MUNICIPALITY = "Ringsted"

REGISTRATION = """
from networks.models import EventRegistration
result = [
    {"status": r.status, "needs": r.needs, "email": r.email,
     "organisation": r.organisation, "event": r.event.title}
    for r in EventRegistration.objects.filter(user__email=args["email"])
]
"""


def check(page, context: str) -> None:
    """Every page of the journey: no axe violations, no sideways scroll."""
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def follow(page, locator) -> None:
    """Click a link or button and wait for the page it leads to."""
    with page.expect_navigation():
        locator.click()


def unfold_ics(text: str) -> str:
    """iCalendar folds long lines (CRLF + space); unfold them to read."""
    return re.sub(r"\r?\n[ \t]", "", text)


def assert_is_the_theme_day(ics: str) -> None:
    ics = unfold_ics(ics)
    assert ics.count("BEGIN:VEVENT") == 1, ics
    assert f"SUMMARY:{EVENT}" in ics, ics
    # Either in local time with its zone, or the same moment in UTC.
    assert re.search(
        rf"DTSTART(;TZID=Europe/Copenhagen:{EVENT_START}|:20270225T083000Z)", ics
    ), ics
    assert re.search(
        rf"DTEND(;TZID=Europe/Copenhagen:{EVENT_END}|:20270225T143000Z)", ics
    ), ics


@pytest.fixture
def professional(site_server, viewport, request):
    """A professional employed by a municipality (an affiliation)."""
    keyboard = "keyboard" in request.node.name
    name = f"fagperson-{'tast' if keyboard else 'mus'}-{viewport.id}"
    return site_server.create_user(
        f"{name}@ringsted.dk",
        first_name="Sofie",
        last_name="Fagperson",
        municipality=MUNICIPALITY,
    )


def open_menu_by_keyboard(page) -> None:
    summary = page.locator("header details.site-menu > summary")
    if (
        summary.is_visible()
        and not page.locator("header details.site-menu[open]").count()
    ):
        tab_to(page, summary, "Menu")
        page.keyboard.press("Enter")


def test_professional_finds_a_method_registers_for_a_theme_day_and_cancels(
    page, site_server, professional
):
    email = professional["email"]
    page.goto("/")
    check(page, "front page")

    # Searches from the header's search box in her own words.
    # (a combobox: the field suggests terms through a datalist)
    header_search = page.get_by_role("banner").get_by_role(
        "combobox", name="Søg i Vidensbanken"
    )
    header_search.fill(QUERY)
    with page.expect_navigation():
        header_search.press("Enter")
    check(page, "search results")
    results = page.locator(".search-result__title a")
    assert METHOD in results.all_inner_texts()[:3]
    follow(page, page.get_by_role("link", name=METHOD, exact=True))
    assert page.get_by_role("heading", level=1).inner_text() == METHOD
    check(page, "method page")

    # From the method to the events listing, then a theme day about it.
    open_site_menu(page)
    follow(
        page,
        page.get_by_role("navigation", name="Hovedmenu").get_by_role(
            "link", name=EVENTS_MENU
        ),
    )
    check(page, "events listing")
    upcoming = page.locator(
        "section", has=page.get_by_role("heading", name="Kommende arrangementer")
    )
    follow(page, upcoming.get_by_role("link", name=EVENT))

    assert page.get_by_role("heading", level=1).inner_text() == EVENT
    check(page, "theme day")
    assert re.search(
        r"Der er \d+ ledige pladser", page.locator("#tilmelding ~ p").first.inner_text()
    )

    # "Føj til din kalender" downloads the day as an .ics file.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"til din kalender", re.I)).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    assert_is_the_theme_day(Path(download.path()).read_text(encoding="utf-8"))

    # Registering needs an account: the login page leads back to the form.
    follow(
        page, page.get_by_role("link", name="Log ind for at tilmelde dig med din konto")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Log ind")
    check(page, "login page")
    page.locator("main").get_by_label(re.compile(r"^(Brugernavn|E-mail)")).fill(email)
    page.locator("main").get_by_label("Adgangskode").fill(PASSWORD)
    follow(page, page.locator("main").get_by_role("button", name="Log ind"))
    assert re.search(r"/arrangementer/\d+/tilmelding/$", page.url), page.url
    check(page, "registration form")
    form = page.locator("main form")
    # What the site knows of her is filled in.
    assert form.get_by_label("Navn").input_value() == "Sofie Fagperson"
    organisation = form.get_by_label("Organisation").input_value()
    assert MUNICIPALITY in organisation
    assert form.get_by_label("E-mail").input_value() == email

    # A slip: the e-mail address loses its @.
    form.get_by_label("E-mail").fill(email.replace("@", " at "))
    form.get_by_label(re.compile("behov", re.I)).fill("Vegetarisk frokost")
    with page.expect_navigation():
        form.get_by_role("button", name="Tilmeld", exact=True).click()

    check(page, "registration form with an error")
    email_field = form.get_by_label("E-mail")
    assert email_field.input_value() == email.replace("@", " at ")
    assert (
        form.get_by_label(re.compile("behov", re.I)).input_value()
        == "Vegetarisk frokost"
    )
    assert form.get_by_label("Organisation").input_value() == organisation
    error = form.locator(".field__error")
    assert error.inner_text() == "Indtast en gyldig e-mail-adresse."
    # A screen reader announces the error, and the hints, with the field.
    expect(email_field).to_have_accessible_description(
        re.compile("Indtast en gyldig e-mail-adresse.")
    )
    expect(email_field).to_have_attribute("aria-invalid", "true")
    expect(form.get_by_label(re.compile("behov", re.I))).to_have_accessible_description(
        re.compile("Skriv ikke helbredsoplysninger")
    )

    email_field.fill(email)
    with page.expect_navigation():
        form.get_by_role("button", name="Tilmeld", exact=True).click()
    check(page, "my events after registering")
    assert "Du er tilmeldt" in page.get_by_role("status").inner_text()

    confirmation = site_server.find_mail(to=email, subject=f"Du er tilmeldt: {EVENT}")
    assert_is_the_theme_day(confirmation.attachment(".ics").text)
    assert site_server.run_python(REGISTRATION, email=email) == [
        {
            "status": "confirmed",
            "needs": "Vegetarisk frokost",
            "email": email,
            "organisation": organisation,
            "event": EVENT,
        }
    ]

    # Later: back to the front page, then "Mine arrangementer".
    follow(page, page.get_by_role("link", name=re.compile("til forsiden")))
    open_site_menu(page)
    follow(
        page,
        page.get_by_role("navigation", name="Dine sider").get_by_role(
            "link", name="Mine arrangementer"
        ),
    )
    check(page, "my events")
    follow(page, page.get_by_role("link", name=f"Afmeld {EVENT}"))

    check(page, "cancel confirmation")
    assert page.get_by_role("heading", level=1).inner_text() == "Vil du afmelde dig?"
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, afmeld mig").click()
    check(page, "my events after cancelling")
    assert "Du er afmeldt" in page.get_by_role("status").inner_text()
    assert page.get_by_text(
        "Du er ikke tilmeldt nogen kommende arrangementer."
    ).is_visible()

    receipt = site_server.find_mail(to=email, subject=f"Du er afmeldt: {EVENT}")
    cancel = unfold_ics(receipt.attachment(".ics").text)
    assert "METHOD:CANCEL" in cancel
    assert f"SUMMARY:{EVENT}" in cancel
    assert site_server.run_python(REGISTRATION, email=email)[0]["status"] == "cancelled"


# --- the same journey with the keyboard alone ---------------------------------

MAX_TABS = 200


def is_focused(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def assert_focus_visible(locator, what: str) -> None:
    """The focused element shows where the focus is: an outline or a ring."""
    style = locator.evaluate(
        """el => { const s = getComputedStyle(el);
            return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),
                    shadow: s.boxShadow}; }"""
    )
    outline = style["style"] != "none" and style["width"] > 0
    assert outline or style["shadow"] != "none", f"{what}: no focus indicator {style}"


def tab_to(page, locator, what: str, *, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until ``locator`` has the focus, as a
    keyboard user moves through the page; then check the focus shows."""
    key = "Shift+Tab" if backwards else "Tab"
    locator.wait_for(state="attached")
    for _ in range(MAX_TABS):
        if is_focused(locator):
            assert_focus_visible(locator, what)
            return
        page.keyboard.press(key)
    raise AssertionError(f"{what} cannot be reached with {key} on {page.url}")


def activate(page, locator, what: str, *, key: str = "Enter") -> None:
    """Tab to a link or button and press Enter (or Space): a new page."""
    tab_to(page, locator, what)
    with page.expect_navigation():
        page.keyboard.press(key)


def type_into(page, locator, what: str, text: str) -> None:
    tab_to(page, locator, what)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)


def test_professional_journey_with_the_keyboard_alone(page, site_server, professional):
    email = professional["email"]
    page.goto("/")
    check(page, "front page")

    # The first Tab reaches the skip link, visibly; Enter moves to the content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Gå til indhold")
    assert is_focused(skip)
    assert_focus_visible(skip, "skip link")
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "indhold"
    # Back up into the header to the search field (Shift+Tab).
    header_search = page.get_by_role("banner").get_by_role(
        "combobox", name="Søg i Vidensbanken"
    )
    tab_to(page, header_search, "header search", backwards=True)
    page.keyboard.type(QUERY)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check(page, "search results")

    activate(page, page.get_by_role("link", name=METHOD, exact=True), "result")
    assert page.get_by_role("heading", level=1).inner_text() == METHOD
    check(page, "method page")

    open_menu_by_keyboard(page)
    activate(
        page,
        page.get_by_role("navigation", name="Hovedmenu").get_by_role(
            "link", name=EVENTS_MENU
        ),
        "main menu",
    )
    check(page, "events listing")
    activate(page, page.get_by_role("link", name=EVENT, exact=True), "event card")
    check(page, "theme day")

    tab_to(page, page.get_by_role("link", name=re.compile("til din kalender")), "ics")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert_is_the_theme_day(
        Path(download_info.value.path()).read_text(encoding="utf-8")
    )

    activate(
        page,
        page.get_by_role("link", name="Log ind for at tilmelde dig med din konto"),
        "register link",
    )
    check(page, "login page")
    main = page.locator("main")
    type_into(
        page,
        main.get_by_label(re.compile(r"^(Brugernavn|E-mail)")),
        "user name",
        email,
    )
    type_into(page, main.get_by_label("Adgangskode"), "password", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"/arrangementer/\d+/tilmelding/$", page.url), page.url
    check(page, "registration form")

    form = page.locator("main form")
    wrong = email.replace("@", " at ")
    type_into(page, form.get_by_label("E-mail"), "e-mail", wrong)
    needs = form.get_by_label(re.compile("behov", re.I))
    type_into(page, needs, "needs", "Vegetarisk frokost")
    activate(
        page,
        form.get_by_role("button", name="Tilmeld", exact=True),
        "submit",
        key="Space",
    )
    check(page, "registration form with an error")
    assert form.locator(".field__error").inner_text() == (
        "Indtast en gyldig e-mail-adresse."
    )
    assert form.get_by_label("E-mail").input_value() == wrong
    assert needs.input_value() == "Vegetarisk frokost"

    type_into(page, form.get_by_label("E-mail"), "e-mail", email)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check(page, "my events after registering")
    assert "Du er tilmeldt" in page.get_by_role("status").inner_text()
    site_server.find_mail(to=email, subject=f"Du er tilmeldt: {EVENT}")

    open_menu_by_keyboard(page)
    activate(
        page,
        page.get_by_role("navigation", name="Dine sider").get_by_role(
            "link", name="Mine arrangementer"
        ),
        "my events link",
    )
    check(page, "my events")
    activate(page, page.get_by_role("link", name=f"Afmeld {EVENT}"), "cancel link")
    check(page, "cancel confirmation")
    activate(
        page,
        page.get_by_role("button", name="Ja, afmeld mig"),
        "confirm button",
        key="Space",
    )
    check(page, "my events after cancelling")
    assert "Du er afmeldt" in page.get_by_role("status").inner_text()
    receipt = site_server.find_mail(to=email, subject=f"Du er afmeldt: {EVENT}")
    assert "METHOD:CANCEL" in receipt.attachment(".ics").text
    assert site_server.run_python(REGISTRATION, email=email)[0]["status"] == "cancelled"
