"""Journey: someone without an account registers for a theme day as a guest
(first with an error, kept and explained), follows the link in the e-mail,
confirms, corrects the organisation and cancels; and someone flooding an
address with confirmation mails is refused. Every page is checked with axe
and for sideways scrolling."""

import re

from playwright.sync_api import expect

from tests.browser.harness import assert_accessible, assert_no_sideways_scroll

NEW_EVENT = """
import datetime as dt
from django.utils import timezone
from networks.models import EventIndexPage, ThemeDayPage
start = timezone.now() + dt.timedelta(days=25)
event = ThemeDayPage(
    title=args["title"], start=start, end=start + dt.timedelta(hours=6),
    location="Vejle Centerhotel", organiser="Socialdirektørforum",
    audience="Pædagoger og sagsbehandlere", intro="En temadag for alle.",
    capacity=20, registration_deadline=start - dt.timedelta(days=3),
)
EventIndexPage.objects.get().add_child(instance=event)
event.save_revision().publish()
result = {"id": event.pk, "url": event.url}
"""

REGISTRATION = """
from networks.models import EventRegistration
r = EventRegistration.objects.get(event_id=args["id"], email=args["email"])
result = {"status": r.status, "organisation": r.organisation, "user": r.user_id}
"""

LINK = re.compile(r"https?://[^/\s]+(/tilmeldinger/gaest/[^/\s]+/)")


def check(page, label: str) -> None:
    assert_accessible(page, label)
    assert_no_sideways_scroll(page, label)


def test_a_guest_registers_confirms_from_the_mail_changes_and_cancels(
    page, site_server, viewport
):
    title = f"Temadag for gæster {viewport.id}"
    email = f"gitte-{viewport.id}@solsikken.dk"
    event = site_server.run_python(NEW_EVENT, title=title)

    # The theme day offers the account login and, beside it, the guest form.
    page.goto(event["url"])
    expect(
        page.get_by_role("link", name="Log ind for at tilmelde dig med din konto")
    ).to_be_visible()
    check(page, "theme day with guest form")
    page.get_by_label(re.compile(r"^Navn")).fill("Gitte Gæst")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Organisation")).fill("Borger 120384-1234")
    page.get_by_label(re.compile(r"^Kommune")).select_option(label="Vejle")
    with page.expect_navigation():
        page.get_by_role("button", name="Tilmeld dig uden konto").click()

    # The error is explained in Danish, beside the field, with input kept.
    expect(page.get_by_text("ser ud til at indeholde et CPR-nummer")).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Navn"))).to_have_value("Gitte Gæst")
    expect(page.get_by_label(re.compile(r"^E-mail"))).to_have_value(email)
    check(page, "guest form with an error")
    page.get_by_label(re.compile(r"^Organisation")).fill("Bostedet Solsikken")
    with page.expect_navigation():
        page.get_by_role("button", name="Tilmeld dig uden konto").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tjek din e-mail")
    check(page, "check your e-mail")

    # One e-mail: the link, nothing more; no seat yet.
    (request,) = site_server.read_mails(to=email)
    assert request.subject.strip() == f"Bekræft din tilmelding: {title}"
    assert not request.attachments
    link = LINK.search(request.body).group(1)
    assert (
        site_server.run_python(REGISTRATION, id=event["id"], email=email)["status"]
        == "unconfirmed"
    )

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Din tilmelding")
    check(page, "personal page, unconfirmed")
    with page.expect_navigation():
        page.get_by_role("button", name="Bekræft tilmeldingen").click()
    expect(page.get_by_role("status")).to_contain_text("du er tilmeldt")
    check(page, "personal page, confirmed")
    confirmation = site_server.find_mail(to=email, subject="Du er tilmeldt")
    assert "BEGIN:VEVENT" in confirmation.attachment(".ics").text
    assert link in confirmation.body

    # She corrects her organisation.
    page.get_by_label(re.compile(r"^Organisation")).fill("Bostedet Mælkebøtten")
    with page.expect_navigation():
        page.get_by_role("button", name="Gem ændringer").click()
    expect(page.get_by_role("status")).to_contain_text("Dine oplysninger er gemt.")
    expect(page.get_by_text("Bostedet Mælkebøtten").first).to_be_visible()
    check(page, "personal page, changed")

    # And cancels, after a confirmation page.
    page.get_by_role("link", name=f"Afmeld {title}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vil du afmelde dig?")
    check(page, "cancel confirmation")
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, afmeld mig").click()
    expect(page.get_by_role("status")).to_contain_text("Du er afmeldt")
    check(page, "personal page, cancelled")
    receipt = site_server.find_mail(to=email, subject="Du er afmeldt")
    assert "METHOD:CANCEL" in receipt.attachment(".ics").text
    assert site_server.run_python(REGISTRATION, id=event["id"], email=email) == {
        "status": "cancelled",
        "organisation": "Bostedet Mælkebøtten",
        "user": None,
    }

    # A link with a wrong ending is a clear Danish page, not an error.
    response = page.goto(link[:-3] + "x/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Linket virker ikke")
    check(page, "wrong link")


EARLIER_REQUESTS = """
import datetime as dt
from django.utils import timezone
from networks.models import EventIndexPage, EventRegistration, ThemeDayPage
index = EventIndexPage.objects.get()
for number in range(3):
    start = timezone.now() + dt.timedelta(days=40 + number)
    event = ThemeDayPage(
        title=f"{args['title']} {number}", start=start,
        end=start + dt.timedelta(hours=6), location="Odense",
        organiser="Socialdirektørforum", audience="Alle", intro="En temadag.",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    EventRegistration.objects.create(
        event=event, name="Nogen", organisation="Et sted", email=args["email"],
        status="unconfirmed",
    )
"""

NO_REGISTRATION = """
from networks.models import EventRegistration
result = EventRegistration.objects.filter(event_id=args["id"]).count()
"""

TOO_MANY = (
    "Der er sendt for mange bekræftelser til denne adresse. Prøv igen om en time."
)


def test_a_flood_of_confirmation_mails_to_one_address_is_refused_in_danish(
    page, site_server, viewport
):
    title = f"Temadag med grænse {viewport.id}"
    email = f"offer-{viewport.id}@example.dk"
    # Someone already had three confirmation mails sent to the address.
    site_server.run_python(EARLIER_REQUESTS, title=f"Tidligere {title}", email=email)
    event = site_server.run_python(NEW_EVENT, title=title)

    page.goto(event["url"])
    page.get_by_label(re.compile(r"^Navn")).fill("Ukendt Afsender")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Organisation")).fill("Et sted")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Tilmeld dig uden konto").click()

    assert navigation.value.status == 429
    expect(page.get_by_role("alert").filter(has_text=TOO_MANY)).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Navn"))).to_have_value("Ukendt Afsender")
    expect(page.get_by_label(re.compile(r"^E-mail"))).to_have_value(email)
    check(page, "guest form over the limit")
    assert site_server.run_python(NO_REGISTRATION, id=event["id"]) == 0
    assert site_server.read_mails(to=email) == []
