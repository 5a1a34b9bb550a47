"""After a booking is accepted everyone knows who contacts whom: e-mails
with contact details and the visit as an .ics, a receipt when requesting,
the booking page with contacts and a private calendar file; completion only
after the period (or earlier with a reason), and the completed e-mail asks
for the rating."""

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from corps import services
from kb.core.exceptions import ActionRefused


@pytest.fixture
def specialist_with_email(specialist):
    specialist.email = "specialist@korps.example.dk"
    specialist.save(update_fields=["email"])
    return specialist


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_requesting_sends_a_receipt_to_the_requester(
    make_booking, booker, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_booking()
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "Ny anmodning" in by_recipient[coordinator.email].subject
    receipt = by_recipient[booker.email]
    assert receipt.subject.startswith("Vi har modtaget din anmodning")
    assert "Korpskoordinatoren svarer dig" in receipt.body


def test_acceptance_mails_requester_and_specialist_with_contacts_and_ics(
    make_booking,
    booker,
    coordinator,
    specialist_with_email,
    django_capture_on_commit_callbacks,
):
    booking = make_booking()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_booking(booking=booking, by=coordinator)

    by_recipient = {m.to[0]: m for m in mail.outbox}
    to_requester = by_recipient[booker.email]
    assert to_requester.subject.startswith("Bookingen er accepteret")
    assert "kontakter dig før besøget" in to_requester.body
    assert specialist_with_email.email in to_requester.body
    assert coordinator.email in to_requester.body
    to_specialist = by_recipient[specialist_with_email.email]
    assert booker.email in to_specialist.body
    for message in (to_requester, to_specialist):
        (name, content, mimetype) = message.attachments[0]
        assert mimetype == "text/calendar"
        (vevent,) = Calendar.from_ical(content).walk("VEVENT")
        assert vevent.decoded("DTSTART") == booking.start
    # E-mail is not the place for case data.
    assert "Dreng på 9 år" not in to_specialist.body
    assert "Dreng på 9 år" not in to_requester.body


def test_the_accepted_booking_page_shows_contacts_and_a_private_ics(
    make_booking, booker, coordinator, other_booker, specialist_with_email
):
    booking = make_booking()
    services.accept_booking(booking=booking, by=coordinator)
    html = client_for(booker).get(booking.get_absolute_url()).content.decode()
    section = BeautifulSoup(html, "html.parser").find(id="kontakt").parent
    text = section.get_text(" ", strip=True)
    assert "Hvem kontakter hvem" in text
    assert specialist_with_email.email in text and coordinator.email in text

    ics_url = reverse("corps:booking_ics", args=[booking.reference])
    response = client_for(booker).get(ics_url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert client_for(other_booker).get(ics_url).status_code == 404


def test_completing_before_the_period_ends_needs_a_reason(
    make_booking, coordinator, django_capture_on_commit_callbacks
):
    start = timezone.now() - dt.timedelta(hours=1)
    booking = make_booking()
    services.accept_booking(booking=booking, by=coordinator)
    type(booking).objects.filter(pk=booking.pk).update(
        start=start, end=start + dt.timedelta(days=2)
    )
    booking.refresh_from_db()
    with pytest.raises(ActionRefused, match="Skriv en begrundelse"):
        services.complete_booking(booking=booking, by=coordinator)

    response = client_for(coordinator).post(
        reverse("corps:booking_action", args=[booking.reference, "afslut"]),
        {"reason": "Borgeren flyttede; besøget blev afbrudt."},
        follow=True,
    )

    booking.refresh_from_db()
    assert booking.status == "completed"
    assert "Borgeren flyttede" in booking.status_reason
    assert "Bookingen er afsluttet." in response.content.decode()


def test_the_completed_e_mail_asks_for_the_rating_and_the_form_has_no_blank(
    make_completed, booker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_completed()
    completed = next(m for m in mail.outbox if "gennemført" in m.subject)
    assert "Bedøm hjælpen" in completed.body
    assert booking.get_absolute_url() + "#bedoemmelse" in completed.body

    html = client_for(booker).get(booking.get_absolute_url()).content.decode()
    radios = BeautifulSoup(html, "html.parser").select("input[name=score]")
    assert [r["value"] for r in radios] == ["1", "2", "3", "4", "5"]
    assert not any(r.has_attr("checked") for r in radios)


def test_dates_use_whole_danish_month_names(make_completed, booker):
    booking = make_completed()
    html = client_for(booker).get(booking.get_absolute_url()).content.decode()
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    short = r"\b\d{1,2}\. (jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.? \d{4}"
    assert not re.search(short, text, re.IGNORECASE)
    assert re.search(
        r"\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|"
        r"oktober|november|december) \d{4}",
        text,
    )
