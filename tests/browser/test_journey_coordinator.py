"""Journey (c), the network coordinator: a moderator who also coordinates a
network creates a theme day in the Wagtail admin, sees it on the site,
changes it and publishes again; admits a professional who asked to join
the network; and downloads the participant list of the theme day as CSV.

Each person uses their own browser; only their first page is opened by
address, every page is checked with axe and for sideways scrolling."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.harness import (
    PASSWORD,
    assert_accessible,
    assert_no_sideways_scroll,
    open_site_menu,
    publish_in_admin,
)

NETWORK = "Laboratorium: Fra botilbud til egen bolig"
NETWORK_COORDINATOR_EMAIL = "trine.mortensen@example.dk"  # on the network page

MAKE_COORDINATOR = """
from django.contrib.auth import get_user_model
from networks.models import NetworkPage
from networks.services import make_network_coordinator
make_network_coordinator(
    network=NetworkPage.objects.get(title=args["network"]),
    user=get_user_model().objects.get(email=args["email"]),
)
"""

EVENT_OF = """
from networks.models import ThemeDayPage
event = ThemeDayPage.objects.get(title=args["title"])
result = {
    "live": event.live,
    "parent": event.get_parent().specific_class.__name__,
    "target_groups": sorted(event.target_groups.names()),
    "focus_areas": sorted(event.focus_areas.names()),
    "slug": event.slug,
}
"""


def check(page, context: str) -> None:
    # Wagtail's messages fade in; axe would measure a half-faded colour.
    if page.locator(".messages li").count():
        page.wait_for_timeout(1500)
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def follow(page, locator) -> None:
    """Click a link or button and wait for the page it leads to."""
    with page.expect_navigation():
        locator.click()


def log_in_on_site(page, email: str) -> None:
    """From any page of the site: the header's "Log ind", back to the page."""
    follow(
        page,
        page.get_by_role("navigation", name="Din konto").get_by_role(
            "link", name="Log ind"
        ),
    )
    check(page, "login page")
    main = page.locator("main")
    main.get_by_label(re.compile(r"^(Brugernavn|E-mail)")).fill(email)
    main.get_by_label("Adgangskode").fill(PASSWORD)
    with page.expect_navigation():
        main.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("button", name="Log ud")).to_be_visible()


def main_menu(page, name: str) -> None:
    open_site_menu(page)
    follow(
        page,
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name=name),
    )


def open_event_from_listing(page, title: str) -> None:
    """From the main menu's events listing to the event ``title``, paging on
    ("Næste side") while it is not on the page, as a visitor would: other
    browser tests add theme days to the same site."""
    main_menu(page, "Temadage og arrangementer")
    link = page.get_by_role("link", name=title, exact=True)
    while not link.count():
        follow(page, page.get_by_role("link", name="Næste side"))
    follow(page, link)


def field(page, label: str):
    """A text field of the page editor by its label ("Titel*" and all)."""
    return page.get_by_role("textbox", name=re.compile(rf"^{re.escape(label)}\*?$"))


def pick(page, field: str, search: str, term: str) -> None:
    """Tick ``term`` in the checkbox picker of ``field`` after filtering."""
    picker = page.locator(f"[data-controlled-tag-picker]:has(input[name={field}])")
    picker.get_by_role("searchbox").fill(search)
    picker.get_by_label(term, exact=True).check()


def errors(page) -> str:
    texts = page.locator(".error-message, .messages, [id$=-errors]").all_inner_texts()
    return " | ".join(t.strip() for t in texts if t.strip())


def open_live(page, title: str) -> None:
    """From the admin listing to the page on the site, in the same tab."""
    row = page.locator("tr", has=page.get_by_role("link", name=title, exact=True))
    live = row.get_by_role(
        "link", name=re.compile("live|udgivne side|Udgivet", re.I)
    ).first
    live.evaluate("a => a.removeAttribute('target')")
    follow(page, live)


def test_coordinator_creates_a_theme_day_admits_a_member_and_exports_participants(
    page, site_server, new_page, viewport
):
    suffix = viewport.id
    title = f"Temadag om overgange til egen bolig {suffix}"
    new_title = f"Temadag om overgange til egen bolig {suffix} (ny tid)"
    coordinator = site_server.create_user(
        f"koordinator-{suffix}@example.dk",
        groups=[
            "Godkendende redaktør"
        ],  # publishes anywhere, decides every network's requests
        first_name="Trine",
        last_name="Koordinator",
    )["email"]
    site_server.run_python(MAKE_COORDINATOR, network=NETWORK, email=coordinator)
    member = site_server.create_user(
        f"medlem-{suffix}@aalborg.dk",
        first_name="Mads",
        last_name="Medlem",
        municipality="Aalborg",
    )["email"]

    # --- the coordinator creates and publishes a theme day ------------------
    page.goto("/admin/")
    check(page, "admin login")
    page.locator("main").get_by_label(re.compile(r"^(Brugernavn|E-mail)")).fill(
        coordinator
    )
    page.get_by_label(re.compile("Adgangskode|Password")).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Log ind", re.I)).click()
    check(page, "admin dashboard")

    pages_menu = page.get_by_role("button", name="Sider").first
    if not pages_menu.is_visible():  # on a phone the sidebar is folded away
        page.get_by_role("button", name=re.compile("sidebar|sidemenu", re.I)).click()
    pages_menu.click()
    follow(page, page.get_by_role("link", name="Vidensbanken", exact=True))
    check(page, "admin: home page's children")
    follow(
        page,
        page.get_by_role(
            "link",
            name=re.compile(r"^Udforsk undersider af 'Temadage og arrangementer'"),
        ),
    )
    check(page, "admin: event index")
    follow(page, page.get_by_role("link", name="Tilføj en underside", exact=True))
    page.wait_for_url(re.compile(r"/add/networks/themedaypage/"))
    check(page, "admin: new theme day")

    # Typed, so Wagtail fills in the slug from the title as for a person.
    field(page, "Titel").press_sequentially(title)
    page.get_by_role("combobox", name=re.compile("^Type")).select_option(
        label="Temadag"
    )
    field(page, "Starter").fill("2027-09-15 09:00")
    field(page, "Slutter").fill("2027-09-15 15:00")
    page.keyboard.press("Escape")  # closes the date picker over the form
    field(page, "Sted").fill("Vejle")
    field(page, "Afholdt af").fill("Laboratoriet om egen bolig")
    field(page, "Hvem kan deltage").fill("Bostøttemedarbejdere og ledere")
    field(page, "Introduktion").fill("Erfaringer med flytning fra botilbud.")
    pick(page, "target_groups", "udvikling", "Borgere med udviklingshæmning")
    pick(page, "focus_areas", "bolig", "Hjemløshed og boligløsninger")
    page.get_by_role("spinbutton", name="Antal pladser").fill("30")
    publish_in_admin(page)

    assert "/add/" not in page.url, errors(page)
    check(page, "admin: event index after publishing")
    created = site_server.run_python(EVENT_OF, title=title)
    assert created == {
        "live": True,
        "parent": "EventIndexPage",
        "target_groups": ["Borgere med udviklingshæmning"],
        "focus_areas": ["Hjemløshed og boligløsninger"],
        "slug": created["slug"],
    }

    # She looks at it on the site.
    open_live(page, title)
    check(page, "new theme day on the site")
    assert page.get_by_role("heading", level=1).inner_text() == title
    facts = page.locator(".event-facts").inner_text()
    assert "15. september 2027" in facts and "09:00" in facts and "Vejle" in facts
    expect(
        page.get_by_role("link", name=re.compile("Borgere med udviklingshæmning"))
    ).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile("Hjemløshed og boligløsninger"))
    ).to_be_visible()

    # Back in the admin she moves it an hour and renames it.
    page.go_back()
    follow(page, page.get_by_role("link", name=title, exact=True))
    check(page, "admin: editing the theme day")
    field(page, "Titel").fill(new_title)
    field(page, "Starter").fill("2027-09-15 10:00")
    page.keyboard.press("Escape")
    publish_in_admin(page)
    assert "/edit/" not in page.url, errors(page)
    open_live(page, new_title)
    check(page, "changed theme day on the site")
    assert page.get_by_role("heading", level=1).inner_text() == new_title
    assert "10:00" in page.locator(".event-facts").inner_text()
    event_url = page.url

    # --- a professional asks to join the network -----------------------------
    visitor = new_page()
    visitor.goto("/")
    log_in_on_site(visitor, member)
    main_menu(visitor, "Netværk og erfa-grupper")
    check(visitor, "network listing")
    follow(visitor, visitor.get_by_role("link", name=NETWORK, exact=True))
    check(visitor, "network page")
    visitor.get_by_label("Din organisation").fill("Aalborg Kommune")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Anmod om medlemskab").click()
    check(visitor, "network page after the request")
    expect(visitor.get_by_role("status")).to_contain_text(
        "Din anmodning er sendt til netværkets koordinator."
    )
    # The request reaches the coordinator's account, not the page's contact.
    request_mail = site_server.find_mail(
        to=coordinator, subject=f"Ny anmodning om medlemskab: {NETWORK}"
    )
    assert "Mads Medlem" in request_mail.body
    assert not site_server.read_mails(to=NETWORK_COORDINATOR_EMAIL)
    decide_url = re.search(r"https?://\S+/anmodning/\d+/", request_mail.body).group(0)

    # She also registers for the new theme day.
    open_event_from_listing(visitor, new_title)
    follow(visitor, visitor.get_by_role("link", name="Tilmeld dig"))
    check(visitor, "registration form")
    with visitor.expect_navigation():
        visitor.get_by_role("button", name="Tilmeld", exact=True).click()
    expect(visitor.get_by_role("status")).to_contain_text("Du er tilmeldt")

    # --- the coordinator decides the request from the e-mail's link ----------
    page.goto(re.sub(r"^https?://[^/]+", "", decide_url))
    check(page, "membership request")
    expect(page.get_by_text("Aalborg Kommune").first).to_be_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Godkend anmodningen").click()
    check(page, "coordination page after deciding")
    expect(page.get_by_text("Mads Medlem er optaget").first).to_be_visible()
    decided = site_server.find_mail(to=member, subject=f"Dit medlemskab af {NETWORK}")
    assert "godkendt" in decided.body

    # The link in the e-mail leads the new member to the network.
    visitor.goto(re.search(r"http://\S+", decided.body).group())
    check(visitor, "network page as a member")
    expect(visitor.get_by_text("Du er medlem af netværket.")).to_be_visible()

    # --- and downloads the theme day's participant list ----------------------
    open_event_from_listing(page, new_title)
    assert page.url == event_url
    follow(page, page.get_by_role("link", name=re.compile("Deltagerliste")))
    check(page, "participant list")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).click()
    download = download_info.value
    slug = site_server.run_python(EVENT_OF, title=new_title)["slug"]
    assert download.suggested_filename == f"deltagere-{slug}.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == [
        "Navn",
        "Organisation",
        "Kommune",
        "E-mail",
        "Behov",
        "Status",
        "Tilmeldt",
    ]
    assert len(rows) == 2
    assert rows[1][:6] == ["Mads Medlem", "Aalborg", "Aalborg", member, "", "Tilmeldt"]
