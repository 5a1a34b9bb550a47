"""Journey: a network coordinator organises a theme day that has started.
They mark who came on the participant list, see the numbers in the activity
report, and e-mail the participants (first with a CPR number, which is
refused with the text kept); a participant's e-mail arrives."""

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

STARTED_EVENT = """
import datetime as dt
from django.contrib.auth import get_user_model
from django.utils import timezone
from networks import services
from networks.models import NetworkPage, ThemeDayPage
User = get_user_model()
network = NetworkPage.objects.live().first()
services.make_network_coordinator(
    network=network, user=User.objects.get(email=args["coordinator"])
)
start = timezone.now() + dt.timedelta(days=20)
event = ThemeDayPage(
    title=args["title"], start=start, end=start + dt.timedelta(hours=6),
    location="Vejle Centerhotel", organiser=network.title,
    audience="Sagsbehandlere", intro="En erfadag for netværkets medlemmer.",
)
network.add_child(instance=event)
event.save_revision().publish()
for email in args["participants"]:
    user = User.objects.get(email=email)
    services.register_for_event(
        event=event, user=user, name=user.get_full_name(),
        organisation="Vejle Kommune", email=email,
    )
# The day has begun: two hours ago, but never in another year than today.
now = timezone.localtime()
begun = max(now - dt.timedelta(hours=2), now.replace(hour=0, minute=1))
ThemeDayPage.objects.filter(pk=event.pk).update(
    start=begun, end=begun + dt.timedelta(hours=6)
)
result = {"id": event.pk, "date": begun.date().isoformat()}
"""


def test_organiser_marks_attendance_reports_it_and_emails_participants(
    page, site_server, viewport, screenshot
):
    suffix = viewport.id
    coordinator, anne, bent = (
        site_server.create_user(
            f"{name}-organiser-{suffix}@vejle.dk", first_name=name.title()
        )["email"]
        for name in ("karen", "anne", "bent")
    )
    title = f"Erfadag om fremmøde {suffix}"
    event = site_server.run_python(
        STARTED_EVENT, title=title, coordinator=coordinator, participants=[anne, bent]
    )
    participants_url = f"/arrangementer/{event['id']}/deltagere/"

    # Attendance: Anne came, Bent did not.
    log_in(page, coordinator, next=participants_url)
    page.goto(participants_url)
    assert page.get_by_role("columnheader", name="Navn").first.is_visible()
    assert_accessible(page, "participant list")
    assert_no_sideways_scroll(page, "participant list")
    page.get_by_label("Anne mødte op").check()
    assert not page.get_by_label("Bent mødte op").is_checked()
    with page.expect_navigation():
        page.get_by_role("button", name="Gem fremmøde").click()
    assert "1 af 2 tilmeldte mødte op" in page.get_by_role("status").inner_text()
    assert page.get_by_label("Anne mødte op").is_checked()
    assert_accessible(page, "participant list after saving attendance")

    # The activity report counts them.
    page.goto(f"/rapporter/aktiviteter/?fra={event['date']}&til={event['date']}")
    assert_accessible(page, "activity report")
    assert_no_sideways_scroll(page, "activity report")
    row = page.get_by_role("row").filter(has_text=title)
    cells = [c.strip() for c in row.get_by_role("cell").all_inner_texts()]
    assert cells[-2:] == ["2", "1"], cells
    # The numbers keep their column headers on a phone too.
    assert page.get_by_role("columnheader", name="Mødt op").first.is_visible()
    # (The other viewport's run shares the server, so only the wording here.)
    assert (
        "Fremmøde er registreret for"
        in page.locator("#opsummering ~ p").last.inner_text()
    )

    # An e-mail to the participants: a CPR number is refused, the text kept.
    page.goto(participants_url)
    subject = f"Tak for i dag {suffix}"
    page.get_by_label("Emne").fill(subject)
    page.get_by_label("Besked").fill("Oplægget fra Rikke (120384-1234) kommer her.")
    page.get_by_label("Kun tilmeldte").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send e-mail til deltagerne").click()
    assert "CPR-nummer" in page.locator(".field--error").inner_text()
    assert page.get_by_label("Emne").input_value() == subject
    assert "120384-1234" in page.get_by_label("Besked").input_value()
    assert_accessible(page, "e-mail form with a CPR error")
    screenshot("cpr-error")
    assert_no_sideways_scroll(page, "e-mail form with a CPR error")

    page.get_by_label("Besked").fill("Oplæggene ligger nu på arrangementets side.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send e-mail til deltagerne").click()
    assert "sendt til 2 deltagere" in page.get_by_role("status").inner_text()
    assert_accessible(page, "participant list after sending")

    mail = site_server.find_mail(to=anne, subject=subject)
    assert mail.to == [anne]  # nobody else's address
    assert "Oplæggene ligger nu på arrangementets side." in mail.body
    site_server.find_mail(to=bent, subject=subject)
