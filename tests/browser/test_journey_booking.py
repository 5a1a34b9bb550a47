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
from urllib.parse import urlsplit

import pytest

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

BOOKING = """
from corps.models import BookingRequest
booking = BookingRequest.objects.get(specialist_id=args["specialist"])
result = {"reference": str(booking.reference), "status": booking.status}
"""

# The visit took place two days ago (the clock cannot be turned forward).
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
    assert page.get_by_role("alert").filter(
        has_text="Anmodningen er ikke sendt"
    ).is_visible()
    assert page.get_by_text("Slutningen skal ligge efter starten.").is_visible()
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
    queue = page.locator("section", has=page.get_by_role("heading", name=re.compile("Korpsets kø")))
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
    contacts = page.locator("section", has=page.get_by_role("heading", name="Hvem kontakter hvem"))
    for address in (booker, coordinator, specialist["email"]):
        assert contacts.get_by_role("link", name=address).is_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    ics = download.value.path().read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1
    assert specialist["title"] in ics

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

    # The requester follows the link in the e-mail and rates the help.
    completed = site_server.find_mail(to=booker, subject="gennemført")
    link = re.search(r"https?://\S+#bedoemmelse", completed.body).group(0)
    path = urlsplit(link).path
    assert path == booking_path
    log_in(page, booker, next=path)
    page.goto(link)
    check(page, "booking page, rating form")
    radios = page.get_by_role("radio")
    assert radios.count() == 5
    assert not any(radios.nth(i).is_checked() for i in range(5))
    page.get_by_label("4 – hjalp godt").check()
    page.get_by_label("Kommentar").fill("Personalet fik konkrete redskaber.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send bedømmelsen").click()
    assert "Tak for din bedømmelse" in page.get_by_role("status").inner_text()
    rating = page.locator("section", has=page.get_by_role("heading", name="Bedømmelse af hjælpen"))
    assert rating.get_by_text("4 – hjalp godt").is_visible()
    assert rating.get_by_text("Personalet fik konkrete redskaber.").is_visible()
    check(page, "booking page, rated")
