"""Journey (d): a municipality books a specialist of the travelling corps.

A booker finds a specialist in the corps' directory and requests a visit
(first with a mistake the form explains in Danish, keeping what was typed);
the specialist's corps coordinator accepts it from the queue; requester and
specialist get the contacts and the visit as an .ics file; after the visit
the coordinator marks it completed and the requester rates the help from the
link in the e-mail. Every page passes axe and fits both viewports. A second
test makes the request and the rating with the keyboard alone.
"""

import datetime as dt
import re
from urllib.parse import quote, urlsplit

from playwright.sync_api import expect

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

BOOKER_GROUP = "Fagperson/booker"
COORDINATOR_GROUP = "Korpskoordinator"
CORPS_INDEX = "/specialistkorps/"

# Each test and viewport books its own specialist on its own day, so runs
# sharing the server never compete for the same period.
SPECIALISTS = {
    ("journey", "1280"): "Louise Kragh Damsgaard",
    ("journey", "375"): "Hanne Lykkegaard Bach",
    ("keyboard", "1280"): "Camilla Brix Sørensen",
    ("keyboard", "375"): "Sofie Aagaard Lindholm",
}
DAYS_AHEAD = {
    ("journey", "1280"): 40,
    ("journey", "375"): 41,
    ("keyboard", "1280"): 42,
    ("keyboard", "375"): 43,
}

APPOINT_COORDINATOR = """
from django.contrib.auth import get_user_model
from corps.models import SpecialistPage
specialist = SpecialistPage.objects.get(title=args["specialist"])
user = get_user_model().objects.get(pk=args["user"])
user.coordinated_specialists.add(specialist)
result = {"id": specialist.pk, "url": specialist.url, "email": specialist.email}
"""

# The visit took place ``days`` ago: the clock cannot be turned forward, so
# the booking is moved back (as the corps tests do with move_to_past).
MOVE_TO_PAST = """
import datetime as dt
from django.utils import timezone
from corps.models import BookingRequest
booking = BookingRequest.objects.get(reference=args["reference"])
length = booking.end - booking.start
start = (timezone.now() - dt.timedelta(days=args["days"])).replace(
    minute=0, second=0, microsecond=0
)
BookingRequest.objects.filter(pk=booking.pk).update(start=start, end=start + length)
"""


def local_day(days: int) -> dt.date:
    """A day ``days`` from today, far enough ahead for any time zone."""
    return dt.date.today() + dt.timedelta(days=days)


def check(page, context: str) -> None:
    """What every page of the journey must pass."""
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def log_out(page) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Log ud").click()


def people(site_server, test: str, suffix: str) -> dict:
    """A booker of Roskilde Kommune and the coordinator of this run's
    specialist."""
    booker = site_server.create_user(
        f"booker-{test}-{suffix}@roskilde.dk",
        groups=[BOOKER_GROUP],
        municipality="Roskilde",
        first_name="Bodil",
        last_name="Bøgh",
    )
    coordinator = site_server.create_user(
        f"koordinator-{test}-{suffix}@korpset.dk",
        groups=[COORDINATOR_GROUP],
        region="Region Sjælland",
        first_name="Kasper",
        last_name="Koordinator",
    )
    specialist = site_server.run_python(
        APPOINT_COORDINATOR,
        specialist=SPECIALISTS[test, suffix],
        user=coordinator["id"],
    )
    specialist["title"] = SPECIALISTS[test, suffix]
    return {"booker": booker, "coordinator": coordinator, "specialist": specialist}


def test_a_municipality_books_a_specialist_and_rates_the_help(
    page, site_server, viewport
):
    cast = people(site_server, "journey", viewport.id)
    booker, coordinator = cast["booker"]["email"], cast["coordinator"]["email"]
    specialist = cast["specialist"]
    day = local_day(DAYS_AHEAD["journey", viewport.id])

    # The booker looks for a specialist free that day who travels to them.
    log_in(page, booker, next=CORPS_INDEX)
    page.goto(CORPS_INDEX)
    check(page, "corps index")
    page.get_by_label("Rejser til region").select_option(label="Region Sjælland")
    page.get_by_label("Ledig fra").fill(day.isoformat())
    page.get_by_label("Ledig til og med").fill(day.isoformat())
    with page.expect_navigation():
        page.get_by_role("button", name="Filtrér").click()
    check(page, "corps index, filtered")
    with page.expect_navigation():
        page.get_by_role("link", name=specialist["title"]).click()
    check(page, "specialist page")
    with page.expect_navigation():
        page.get_by_role("link", name="Anmod om booking").click()
    check(page, "booking form")

    # A mistake: the visit ends before it starts.
    purpose = "Sparring med personalet om struktur i hverdagen."
    case = "Pige på 11 år med synshandicap, der skal begynde i ny klasse."
    page.get_by_label("Fra (dato og klokkeslæt)").fill(f"{day.isoformat()}T13:00")
    page.get_by_label("Til (dato og klokkeslæt)").fill(f"{day.isoformat()}T09:00")
    page.get_by_label("… eller en adresse").fill("Skolevej 1, 4000 Roskilde")
    page.get_by_label("Målgruppe").select_option(index=1)
    page.get_by_label("Formål med besøget").fill(purpose)
    page.get_by_label("Anonymiseret sagsbeskrivelse").fill(case)
    page.get_by_label("Min leder har godkendt").check()
    page.get_by_label("Borgeren eller værgen har givet samtykke").check()
    page.get_by_label("Sagsbeskrivelsen er anonymiseret").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send anmodning").click()
    assert (
        page.get_by_role("alert")
        .filter(has_text="Anmodningen er ikke sendt")
        .is_visible()
    )
    assert page.get_by_text("Slutningen skal ligge efter starten.").is_visible()
    # A screen reader hears the error with the field.
    expect(
        page.get_by_label("Til (dato og klokkeslæt)")
    ).to_have_accessible_description(re.compile("Slutningen skal ligge efter starten"))
    assert page.get_by_label("Formål med besøget").input_value() == purpose
    assert page.get_by_label("Anonymiseret sagsbeskrivelse").input_value() == case
    assert page.get_by_label("Min leder har godkendt").is_checked()
    check(page, "booking form with an error")

    page.get_by_label("Fra (dato og klokkeslæt)").fill(f"{day.isoformat()}T09:00")
    page.get_by_label("Til (dato og klokkeslæt)").fill(f"{day.isoformat()}T15:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Send anmodning").click()
    assert "Anmodningen er sendt" in page.get_by_role("status").inner_text()
    check(page, "booking page, requested")
    booking_path = urlsplit(page.url).path
    receipt = site_server.find_mail(to=booker, subject="Vi har modtaget din anmodning")
    assert booking_path in receipt.body
    request_mail = site_server.find_mail(
        to=coordinator, subject="Ny anmodning om booking"
    )
    assert booking_path in request_mail.body
    log_out(page)

    # The coordinator finds it in the queue and accepts it.
    log_in(page, coordinator, next="/bookinger/")
    page.goto("/bookinger/")
    check(page, "booking list, coordinator")
    queue = page.locator(
        "section", has=page.get_by_role("heading", name=re.compile("Korpsets kø"))
    )
    row = queue.get_by_role("row").filter(has_text="Roskilde")
    with page.expect_navigation():
        row.get_by_role("link").click()
    assert urlsplit(page.url).path == booking_path
    check(page, "booking page, coordinator")
    with page.expect_navigation():
        page.get_by_role("button", name="Acceptér").click()
    assert "accepteret" in page.get_by_role("status").inner_text()
    check(page, "booking page, accepted")

    accepted = site_server.find_mail(to=booker, subject="Bookingen er accepteret")
    assert coordinator in accepted.body
    assert specialist["email"] in accepted.body
    assert accepted.attachment(".ics").text.count("BEGIN:VEVENT") == 1
    booked = site_server.find_mail(to=specialist["email"], subject="Du er booket af")
    assert booker in booked.body
    assert coordinator in booked.body
    assert booked.attachment(".ics").text.count("BEGIN:VEVENT") == 1

    # The booking page shows who contacts whom, and the visit as a file.
    contacts = page.locator(
        "section", has=page.get_by_role("heading", name="Hvem kontakter hvem")
    )
    for address in (booker, coordinator, specialist["email"]):
        assert contacts.get_by_role("link", name=address).is_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    ics = download.value.path().read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1
    assert specialist["title"] in ics
    ics_url = page.get_by_role("link", name=re.compile(r"\.ics")).get_attribute("href")
    response = page.request.get(ics_url)
    assert response.headers["content-type"].startswith("text/calendar")
    assert "no-store" in response.headers["cache-control"]
    assert "private" in response.headers["cache-control"]

    # The visit took place; the coordinator marks it completed.
    site_server.run_python(
        MOVE_TO_PAST, reference=booking_path.strip("/").split("/")[-1], days=2
    )
    page.reload()
    check(page, "booking page, after the visit")
    with page.expect_navigation():
        page.get_by_role("button", name="Markér som gennemført").click()
    assert "afsluttet" in page.get_by_role("status").inner_text()
    check(page, "booking page, completed")
    log_out(page)
    # The calendar file is private: without a login there is none.
    refused = page.request.get(ics_url, max_redirects=0)
    assert refused.status == 302
    assert not refused.headers["content-type"].startswith("text/calendar")

    # The requester follows the link in the e-mail and rates the help.
    completed = site_server.find_mail(to=booker, subject="gennemført")
    link = re.search(r"https?://\S+#bedoemmelse", completed.body).group(0)
    path = urlsplit(link).path
    assert path == booking_path
    page.goto(link)  # not logged in: the site asks who they are first
    assert urlsplit(page.url).path != path
    assert quote(path, safe="") in page.url or quote(path) in page.url
    log_in(page, booker, next=path)
    assert urlsplit(page.url).path == path
    check(page, "booking page, rating form")
    radios = page.get_by_role("radio")
    assert radios.count() == 5
    assert not any(radios.nth(i).is_checked() for i in range(5))
    page.get_by_label("4 – hjalp godt").check()
    page.get_by_label("Kommentar").fill("Personalet fik konkrete redskaber.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send bedømmelsen").click()
    assert "Tak for din bedømmelse" in page.get_by_role("status").inner_text()
    rating = page.locator(
        "section", has=page.get_by_role("heading", name="Bedømmelse af hjælpen")
    )
    assert rating.get_by_text("4 – hjalp godt").is_visible()
    assert rating.get_by_text("Personalet fik konkrete redskaber.").is_visible()
    check(page, "booking page, rated")


# --- the same with the keyboard alone ------------------------------------------

ACCEPT_VISIT_AND_COMPLETE = """
import datetime as dt
from django.contrib.auth import get_user_model
from django.utils import timezone
from corps import services
from corps.models import BookingRequest
booking = BookingRequest.objects.get(reference=args["reference"])
coordinator = get_user_model().objects.get(pk=args["coordinator"])
services.accept_booking(booking=booking, by=coordinator)
start = (timezone.now() - dt.timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
BookingRequest.objects.filter(pk=booking.pk).update(
    start=start, end=start + (booking.end - booking.start)
)
booking.refresh_from_db()
services.complete_booking(booking=booking, by=coordinator)
"""

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        description: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + ' ' + (el.innerText || el.value || '').trim().slice(0, 40),
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
        boxShadow: style.boxShadow,
    };
}"""


def assert_focus_visible(page, what: str) -> None:
    """The focused control shows a focus indicator: an outline of at least
    2 px (or a box shadow) drawn because it has keyboard focus."""
    focused = page.evaluate(FOCUSED)
    assert focused["focusVisible"], (
        f"{what}: {focused['description']} is not :focus-visible"
    )
    assert focused["outline"] >= 2 or focused["boxShadow"] != "none", (
        f"{what}: {focused['description']} has no visible focus indicator "
        f"(outline {focused['outline']}px, box-shadow {focused['boxShadow']})"
    )
    assert page.locator(":focus").is_visible(), f"{what}: the focused element is hidden"


def tab_to(page, selector: str, what: str, *, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus, then
    check its focus indicator."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            assert_focus_visible(page, what)
            return
    raise AssertionError(f"{what} ({selector}) never got the focus with Tab")


def type_datetime(page, selector: str, value: dt.datetime, what: str) -> None:
    """Type a date and time into the focused ``datetime-local`` field, segment
    by segment as a keyboard user does. The order of the segments (and a
    12- or 24-hour clock) follows the browser's language, so each layout is
    tried in turn, going back to the first segment with the arrow keys."""
    field = page.locator(selector)
    expected = value.strftime("%Y-%m-%dT%H:%M")
    segments = {"d": f"{value.day:02}", "m": f"{value.month:02}", "y": f"{value.year}"}
    hour12 = f"{(value.hour - 1) % 12 + 1:02}"
    meridiem = "A" if value.hour < 12 else "P"
    clocks = [
        f"{hour12}{value.minute:02}{meridiem}",
        f"{value.hour:02}{value.minute:02}",
    ]
    for order in ("mdy", "dmy", "ymd"):
        for clock_keys in clocks:
            for _ in range(6):
                page.keyboard.press("ArrowLeft")
            for segment in order:
                page.keyboard.type(segments[segment])
                if segment == "y":  # a year may have more digits: move on
                    page.keyboard.press("ArrowRight")
            page.keyboard.type(clock_keys)
            if field.input_value() == expected:
                assert_focus_visible(page, what)
                return
    raise AssertionError(
        f"Could not type {expected} into {what}: {field.input_value()!r}"
    )


def test_the_request_and_the_rating_work_with_the_keyboard_alone(
    page, site_server, viewport
):
    cast = people(site_server, "keyboard", viewport.id)
    booker = cast["booker"]["email"]
    specialist = cast["specialist"]
    day = local_day(DAYS_AHEAD["keyboard", viewport.id])

    log_in(page, booker, next=specialist["url"])
    page.goto(specialist["url"])
    tab_to(page, "a:text('Anmod om booking')", "the request link")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check(page, "booking form (keyboard)")

    tab_to(page, "#id_start", "from")
    type_datetime(page, "#id_start", dt.datetime.combine(day, dt.time(9)), "from")
    tab_to(page, "#id_end", "to")
    type_datetime(page, "#id_end", dt.datetime.combine(day, dt.time(15)), "to")
    tab_to(page, "#id_address", "address")
    page.keyboard.type("Skolevej 1, 4000 Roskilde")
    tab_to(page, "#id_target_group", "target group")
    page.keyboard.press("ArrowDown")
    assert page.locator("#id_target_group").input_value() != ""
    tab_to(page, "#id_purpose", "purpose")
    page.keyboard.type("Sparring med personalet om overgange.")
    tab_to(page, "#id_case_description", "case")
    page.keyboard.type("Dreng på 8 år med autisme, der har svært ved skift.")
    for name in ("manager_approved", "consent_obtained", "no_personal_data"):
        tab_to(page, f"#id_{name}", name)
        page.keyboard.press("Space")
        assert page.locator(f"#id_{name}").is_checked()
    tab_to(page, "button:text('Send anmodning')", "the send button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Anmodningen er sendt" in page.get_by_role("status").inner_text()
    check(page, "booking page, requested (keyboard)")

    reference = urlsplit(page.url).path.strip("/").split("/")[-1]
    site_server.run_python(
        ACCEPT_VISIT_AND_COMPLETE,
        reference=reference,
        coordinator=cast["coordinator"]["id"],
    )
    page.reload()
    check(page, "booking page, rating form (keyboard)")
    tab_to(page, "#id_score_0", "the first rating")
    assert not page.locator("#id_score_0").is_checked()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    assert_focus_visible(page, "the fourth rating")
    assert page.locator("#id_score_3").is_checked()
    tab_to(page, "#id_comment", "comment")
    page.keyboard.type("Gode råd om visuel struktur.")
    tab_to(page, "button:text('Send bedømmelsen')", "the rating button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Tak for din bedømmelse" in page.get_by_role("status").inner_text()
    rating = page.locator(
        "section", has=page.get_by_role("heading", name="Bedømmelse af hjælpen")
    )
    assert rating.get_by_text("4 – hjalp godt").is_visible()
    check(page, "booking page, rated (keyboard)")
