"""Cancelling: a confirmation step, a receipt whose calendar file removes
the event, and a cancelled event shown as cancelled with nothing to click."""

from django.core import mail
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from kb.taxonomy.models import Municipality
from networks.models import EventRegistration
from networks.services import register_for_event


def register(event, user):
    return register_for_event(
        event=event,
        user=user,
        name=user.username.title(),
        organisation="Vejle Kommune",
        email=user.email,
        municipality=Municipality.objects.get(name="Vejle"),
    )


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_cancelling_asks_first_then_sends_a_calendar_cancel(
    small_event, people, django_capture_on_commit_callbacks
):
    registration = register(small_event, people[0])
    client = logged_in(people[0])
    url = reverse("networks:cancel_registration", args=[registration.pk])

    page = client.get(url).content.decode()
    assert "Vil du afmelde dig?" in page and "Ja, afmeld mig" in page
    registration.refresh_from_db()
    assert registration.status == "confirmed"  # looking is not cancelling

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)

    assert "Du er afmeldt" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    (receipt,) = mail.outbox
    assert receipt.subject == f"Du er afmeldt: {small_event.title}"
    name, content, mimetype = receipt.attachments[0]
    calendar = Calendar.from_ical(content)
    assert str(calendar["METHOD"]) == "CANCEL"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert int(vevent["SEQUENCE"]) >= 1


def test_a_cancelled_event_offers_nothing_to_click_in_my_events(
    small_event, people, django_capture_on_commit_callbacks
):
    registration = register(small_event, people[0])
    small_event.is_cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        small_event.save_revision().publish()
    client = logged_in(people[0])

    html = client.get(reverse("networks:my_events")).content.decode()

    assert "Aflyst" in html
    assert reverse("networks:cancel_registration", args=[registration.pk]) not in html
    assert reverse("networks:ical_event", args=[small_event.pk]) not in html
    event_page = client.get(small_event.url).content.decode()
    assert "Arrangementet er aflyst." in event_page
    assert reverse("networks:ical_event", args=[small_event.pk]) not in event_page
    cancelled_mail = next(m for m in mail.outbox if m.subject.startswith("Aflyst:"))
    assert "METHOD:CANCEL" in str(cancelled_mail.attachments[0][1])


def test_someone_elses_registration_cannot_even_be_asked_about(small_event, people):
    registration = register(small_event, people[0])
    response = logged_in(people[1]).get(
        reverse("networks:cancel_registration", args=[registration.pk])
    )
    assert response.status_code == 404
    assert EventRegistration.objects.get(pk=registration.pk).status == "confirmed"
