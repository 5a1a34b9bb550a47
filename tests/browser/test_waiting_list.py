"""Journey (b): a full theme day's waiting list is served first, in order,
when the organiser raises the capacity in the admin and when a participant
cancels; each person promoted gets an e-mail with the calendar file."""

import re

from tests.browser.harness import (
    EDITOR_EMAIL,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

NEW_EVENT = """
import datetime as dt
from django.utils import timezone
from networks.models import EventIndexPage, ThemeDayPage
start = timezone.now() + dt.timedelta(days=20)
event = ThemeDayPage(
    title=args["title"], start=start, end=start + dt.timedelta(hours=6),
    location="Odense Congress Center", organiser="Socialdirektørforum",
    audience="Pædagoger", intro="En temadag med få pladser.", capacity=1,
)
EventIndexPage.objects.get().add_child(instance=event)
event.save_revision().publish()
result = {"id": event.pk, "url": event.url}
"""

STATUSES = """
from networks.models import EventRegistration
result = {
    r.email: r.status
    for r in EventRegistration.objects.filter(event_id=args["id"])
}
"""


def register(page, event, email):
    log_in(page, email, next=event["url"])
    page.goto(event["url"])
    page.get_by_role("link", name="Tilmeld dig").click()
    assert_accessible(page, "registration form")
    assert_no_sideways_scroll(page, "registration form")
    page.get_by_label("Organisation").fill("Odense Kommune")
    with page.expect_navigation():
        page.get_by_role("button", name="Tilmeld", exact=True).click()
    message = page.get_by_role("status").inner_text()
    page.get_by_role("button", name="Log ud").click()
    return message


def test_capacity_raise_and_cancellation_serve_the_waiting_list(
    page, site_server, viewport
):
    suffix = viewport.id
    event = site_server.run_python(NEW_EVENT, title=f"Temadag om ventelister {suffix}")
    anne, bent, carla = (
        site_server.create_user(f"{name}-{suffix}@odense.dk", first_name=name.title())[
            "email"
        ]
        for name in ("anne", "bent", "carla")
    )

    assert "tilmeldt" in register(page, event, anne).lower()
    assert "venteliste" in register(page, event, bent).lower()

    # The organiser raises the capacity in the admin and publishes.
    log_in(page, EDITOR_EMAIL)
    page.goto(f"/admin/pages/{event['id']}/edit/")
    page.get_by_label("Antal pladser").fill("2")
    button = page.locator('button[name="action-publish"]')
    if not button.is_visible():
        page.locator("footer").get_by_role(
            "button", name=re.compile("handlinger|actions", re.I)
        ).first.click()
    with page.expect_navigation():
        button.click()
    mail = site_server.find_mail(to=bent, subject="Du har fået en plads")
    assert mail.attachment(".ics").text.count("BEGIN:VEVENT") == 1
    page.goto("/")
    page.get_by_role("button", name="Log ud").click()

    # A newcomer does not take a seat from the queue.
    assert "venteliste" in register(page, event, carla).lower()

    # Anne cancels from "Mine arrangementer": Carla moves up.
    log_in(page, anne, next="/mine-arrangementer/")
    page.goto("/mine-arrangementer/")
    assert_accessible(page, "my events")
    page.get_by_role("link", name=re.compile("^Afmeld")).click()
    assert_accessible(page, "cancel confirmation")
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, afmeld mig").click()
    receipt = site_server.find_mail(to=anne, subject="Du er afmeldt")
    assert "METHOD:CANCEL" in receipt.attachment(".ics").text
    site_server.find_mail(to=carla, subject="Du har fået en plads")
    page.get_by_role("button", name="Log ud").click()

    assert site_server.run_python(STATUSES, id=event["id"]) == {
        anne: "cancelled",
        bent: "confirmed",
        carla: "confirmed",
    }

    # The organiser sees both on the participant list, nobody waiting.
    log_in(page, EDITOR_EMAIL, next=f"/arrangementer/{event['id']}/deltagere/")
    page.goto(f"/arrangementer/{event['id']}/deltagere/")
    assert_accessible(page, "participant list")
    assert_no_sideways_scroll(page, "participant list")
    assert page.get_by_text("Ventelisten er tom.").is_visible()
