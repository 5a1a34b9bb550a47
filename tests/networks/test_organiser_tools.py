"""The organiser's tools on the participant list: an e-mail to the
participants (one each, organisers only, no CPR numbers), attendance once
the event has started, and attendance in the activity report and its CSV.
Also: no page offers an action its user cannot take."""

import csv
import datetime as dt
import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from networks import services
from networks.models import EventRegistration, NetworkPage
from tests import factories
from tests.networks.conftest import make_user
from tests.networks.test_cancelling import register

CPR_TEXT = "Husk at Rikke (120384-1234) kommer i kørestol."


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def network(db):
    return factories.network_page(membership=NetworkPage.Membership.OPEN)


@pytest.fixture
def coordinator(network):
    user = make_user("koordinator")
    services.make_network_coordinator(network=network, user=user)
    return user


@pytest.fixture
def event(network):
    """A theme day of the network with two seats, both taken, one waiting."""
    start = timezone.now() + dt.timedelta(days=10)
    event = factories.theme_day(
        parent=network,
        title="Erfadag om efterværn",
        start=start,
        end=start + dt.timedelta(hours=5),
        capacity=2,
    )
    for name in ("anne", "bent", "carla"):
        register(event, make_user(name))
    return event


def started(event, *, at: dt.datetime | None = None):
    """Move ``event`` into the past (registrations stay as they were)."""
    start = at or timezone.now() - dt.timedelta(hours=1)
    type(event).objects.filter(pk=event.pk).update(
        start=start, end=start + dt.timedelta(hours=5)
    )
    event.refresh_from_db()
    return event


def participants_url(event):
    return reverse("networks:participants", args=[event.pk])


def email_url(event):
    return reverse("networks:email_participants", args=[event.pk])


def attendance_url(event):
    return reverse("networks:record_attendance", args=[event.pk])


# --- e-mail to the participants ----------------------------------------------


def test_organiser_emails_each_confirmed_participant_separately(event, coordinator):
    mail.outbox.clear()
    response = logged_in(coordinator).post(
        email_url(event),
        {
            "subject": "Parkering ved Vejle Centerhotel",
            "message": "Der er gratis parkering bag hotellet.",
            "recipients": "confirmed",
        },
        follow=True,
    )

    html = response.content.decode()
    assert "Din besked er sendt til 2 deltagere." in html
    assert 'class="notice notice--success"' in html
    assert sorted(m.to for m in mail.outbox) == [
        ["anne@example.dk"],
        ["bent@example.dk"],
    ]
    for message in mail.outbox:
        assert message.subject == "Parkering ved Vejle Centerhotel"
        assert "Der er gratis parkering bag hotellet." in message.body
        assert not message.cc and not message.bcc
    entry = PageLogEntry.objects.get(
        page=event, action="kb.registration.participants_emailed"
    )
    assert entry.user == coordinator
    assert entry.data["recipients"] == 2


def test_the_waiting_list_can_be_included(event, coordinator):
    mail.outbox.clear()
    logged_in(coordinator).post(
        email_url(event),
        {"subject": "Program", "message": "Programmet er klar.", "recipients": "all"},
    )
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anne@example.dk",
        "bent@example.dk",
        "carla@example.dk",
    ]


def test_a_cpr_number_is_refused_and_everything_typed_is_kept(event, coordinator):
    mail.outbox.clear()
    response = logged_in(coordinator).post(
        email_url(event),
        {"subject": "Om tilgængelighed", "message": CPR_TEXT, "recipients": "all"},
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "ser ud til at indeholde et CPR-nummer" in html
    assert 'value="Om tilgængelighed"' in html
    assert "120384-1234" in html  # the text is back in the textarea to edit
    assert 'value="all" ' in html and "checked" in html.split('value="all"')[1][:40]
    assert mail.outbox == []
    assert not PageLogEntry.objects.filter(
        action="kb.registration.participants_emailed"
    ).exists()


@pytest.mark.parametrize("who", ["participant", "other_coordinator", "stranger"])
def test_only_organisers_see_and_use_the_email_form(event, who):
    users = {
        "participant": event.registrations.first().user,
        "stranger": make_user("fremmed"),
    }
    if who == "other_coordinator":
        users[who] = make_user("anden-koordinator")
        services.make_network_coordinator(
            network=factories.network_page(), user=users[who]
        )
    client = logged_in(users[who])
    mail.outbox.clear()

    assert client.get(participants_url(event)).status_code == 404
    response = client.post(
        email_url(event), {"subject": "Hej", "message": "Hej", "recipients": "all"}
    )

    assert response.status_code == 404
    assert mail.outbox == []


def test_the_organiser_sees_the_email_form(event, coordinator):
    html = logged_in(coordinator).get(participants_url(event)).content.decode()
    assert "Skriv til deltagerne" in html
    assert email_url(event) in html


# --- attendance ---------------------------------------------------------------


def test_attendance_waits_until_the_event_has_started(event, coordinator):
    client = logged_in(coordinator)
    html = client.get(participants_url(event)).content.decode()
    assert attendance_url(event) not in html
    assert "Fremmøde kan registreres, når arrangementet er begyndt." in html

    anne = event.registrations.get(user__username="anne")
    response = client.post(attendance_url(event), {"attended": [anne.pk]}, follow=True)

    assert "Fremmøde kan registreres, når arrangementet er begyndt." in (
        response.content.decode()
    )
    anne.refresh_from_db()
    assert anne.attended is None


def test_organiser_marks_attendance_with_a_checkbox_per_participant(event, coordinator):
    started(event)
    client = logged_in(coordinator)
    anne, bent, carla = event.registrations.order_by("created_at")
    html = client.get(participants_url(event)).content.decode()
    assert f'<label for="fremmoede-{anne.pk}"><input' in html
    assert f'id="fremmoede-{anne.pk}"> Anne mødte op</label>' in html
    assert f'id="fremmoede-{carla.pk}"' not in html  # waiting: not a participant

    response = client.post(
        attendance_url(event), {"attended": [anne.pk, carla.pk]}, follow=True
    )

    assert "Fremmødet er gemt: 1 af 2 tilmeldte mødte op." in response.content.decode()
    assert [r.attended for r in EventRegistration.objects.order_by("created_at")] == [
        True,
        False,
        None,
    ]
    # The saved state comes back ticked.
    html = client.get(participants_url(event)).content.decode()
    assert f'id="fremmoede-{anne.pk}" checked' in html
    assert f'id="fremmoede-{bent.pk}" checked' not in html
    assert PageLogEntry.objects.filter(
        page=event, action="kb.registration.attendance_recorded"
    ).exists()


def test_others_cannot_record_attendance(event):
    started(event)
    participant = event.registrations.first().user
    response = logged_in(participant).post(
        attendance_url(event), {"attended": [r.pk for r in event.registrations.all()]}
    )
    assert response.status_code == 404
    assert not EventRegistration.objects.filter(attended__isnull=False).exists()


# --- the activity report --------------------------------------------------------

PERIOD = {"fra": "2003-01-01", "til": "2003-12-31"}


def local(*args):
    return dt.datetime(*args, tzinfo=timezone.get_current_timezone())


def test_the_report_shows_registered_and_attended_where_marked(
    event, coordinator, editor_client
):
    started(event, at=local(2003, 3, 1, 9))
    anne = event.registrations.get(user__username="anne")
    services.record_attendance(event=event, by_user=coordinator, attended_ids=[anne.pk])
    unmarked = factories.theme_day(
        title="Temadag uden fremmøde", start=local(2003, 4, 1, 9), participant_count=30
    )

    html = editor_client.get(
        reverse("networks:activity_report"), PERIOD
    ).content.decode()
    assert "Tilmeldt via Vidensbanken: 2." in html
    assert "Fremmøde er registreret for 1 arrangement, hvor 1 mødte op." in html
    assert "Fremmøde ikke registreret" in html

    response = editor_client.get(
        reverse("networks:activity_report"), {**PERIOD, "format": "csv"}
    )
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    header, *body = rows
    assert header[-3:] == ["Deltagere", "Tilmeldte", "Mødt op"]
    by_title = {row[1]: row for row in body}
    assert by_title[event.title][-3:] == ["", "2", "1"]
    assert by_title[unmarked.title][-3:] == ["30", "0", "Ikke registreret"]


# --- actions shown only to those who may take them ------------------------------


def test_my_events_offers_no_cancel_link_after_the_deadline(db):
    start = timezone.now() + dt.timedelta(days=3)
    event = factories.theme_day(
        start=start, registration_deadline=timezone.now() + dt.timedelta(days=1)
    )
    anne = make_user("anne")
    registration = register(event, anne)
    client = logged_in(anne)
    cancel_url = reverse("networks:cancel_registration", args=[registration.pk])
    assert cancel_url in client.get(reverse("networks:my_events")).content.decode()

    type(event).objects.filter(pk=event.pk).update(
        registration_deadline=timezone.now() - dt.timedelta(minutes=1)
    )

    html = client.get(reverse("networks:my_events")).content.decode()
    assert cancel_url not in html
    assert "Fristen for afmelding er overskredet" in html
    confirm = client.get(cancel_url).content.decode()
    assert "Ja, afmeld mig" not in confirm
    assert "Fristen for afmelding er overskredet" in confirm


def test_a_cancelled_event_offers_no_seat_from_the_waiting_list(event, coordinator):
    client = logged_in(coordinator)
    carla = event.registrations.get(status="waiting")
    give_seat = reverse("networks:give_seat", args=[carla.pk])
    assert give_seat in client.get(participants_url(event)).content.decode()

    type(event).objects.filter(pk=event.pk).update(is_cancelled=True)

    html = client.get(participants_url(event)).content.decode()
    assert give_seat not in html
    assert "Arrangementet er aflyst." in html
