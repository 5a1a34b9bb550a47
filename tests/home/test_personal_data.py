"""Personal data: anonymised after the retention period (the activity
report's numbers stay), downloadable by its owner, and forgotten when they
delete their account."""

import datetime as dt
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from accounts.models import BOOKER_GROUP
from corps import services as corps_services
from corps.models import BookingRating, BookingRequest
from home.personal_data import anonymise_personal_data
from networks import services as network_services
from networks.models import EventRegistration, NetworkPage
from networks.reports import activity_report
from tests import factories

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


def registration(event, user, **fields):
    values = {
        "name": user.get_full_name() or user.username,
        "email": user.email,
        "organisation": "Vejle Kommune",
        "needs": "Vegetar",
        "status": EventRegistration.Status.CONFIRMED,
    }
    values.update(fields)
    return EventRegistration.objects.create(event=event, user=user, **values)


def past_event(days_ago: int, **fields):
    start = timezone.now() - days_ago * DAY
    return factories.theme_day(start=start, end=start + dt.timedelta(hours=6), **fields)


def booking_that_ended(days_ago: int, *, booker, comment="Meget brugbar sparring."):
    """A completed, rated booking whose visit ended ``days_ago`` days ago."""
    specialist = factories.specialist_page()
    start = timezone.now() + 30 * DAY
    booking = corps_services.request_booking(
        requested_by=booker,
        specialist=specialist,
        start=start,
        end=start + dt.timedelta(hours=4),
        target_group=factories.target_group(),
        purpose="Sparring om struktur.",
        case_description="Pige på 12 år med angst for skolen.",
        address="Skolevej 1, 7100 Vejle",
    )
    end = timezone.now() - days_ago * DAY
    BookingRequest.objects.filter(pk=booking.pk).update(
        start=end - dt.timedelta(hours=4), end=end, status=BookingRequest.COMPLETED
    )
    BookingRating.objects.create(booking=booking, score=4, comment=comment, rated_by=booker)
    return booking


@pytest.fixture
def booker(db):
    return factories.user(
        "bente", groups=[BOOKER_GROUP], municipality="Vejle", first_name="Bente"
    )


@pytest.fixture
def old_and_recent(booker, settings):
    settings.KB_RETENTION_DAYS_REGISTRATIONS = 730
    settings.KB_RETENTION_DAYS_BOOKINGS = 365
    old_event = past_event(800, participant_count=40)
    recent_event = past_event(100)
    people = [factories.user(f"deltager-{i}") for i in range(3)]
    old = [
        registration(old_event, people[0], attended=True),
        registration(old_event, people[1], attended=False),
        registration(old_event, people[2], status=EventRegistration.Status.WAITING),
    ]
    recent = registration(recent_event, people[0])
    return {
        "old": old,
        "recent": recent,
        "old_event": old_event,
        "old_booking": booking_that_ended(400, booker=booker),
        "recent_booking": booking_that_ended(100, booker=booker),
    }


def report_numbers():
    today = timezone.localdate()
    report = activity_report(today - 1000 * DAY, today)
    return [
        (row.event.pk, row.participants, row.registered, row.attended)
        for row in report.rows
    ]


def test_retention_anonymises_old_registrations_and_bookings_only(old_and_recent):
    before = report_numbers()

    result = anonymise_personal_data()

    assert (result.registrations, result.bookings) == (3, 1)
    for old in old_and_recent["old"]:
        old.refresh_from_db()
        assert old.user is None
        assert (old.name, old.email, old.organisation, old.needs) == (
            "Anonymiseret",
            "",
            "",
            "",
        )
    recent = EventRegistration.objects.get(pk=old_and_recent["recent"].pk)
    assert recent.user is not None and recent.email
    booking = BookingRequest.objects.get(pk=old_and_recent["old_booking"].pk)
    assert booking.case_description == "" and booking.rating.comment == ""
    assert booking.rating.score == 4 and booking.status == BookingRequest.COMPLETED
    kept = BookingRequest.objects.get(pk=old_and_recent["recent_booking"].pk)
    assert kept.case_description and kept.rating.comment
    # What the activity report counts is untouched.
    assert report_numbers() == before
    assert any(row[2] == 2 and row[3] == 1 for row in before)
    # The event's history says it happened.
    assert PageLogEntry.objects.filter(
        page=old_and_recent["old_event"], action="kb.registration.anonymised"
    ).exists()


def test_the_task_worker_anonymises_without_anyone_running_a_command(
    old_and_recent, task_worker
):
    """Retention is kept by the worker's daily job (KB_PERIODIC_TASKS), not
    by an operator remembering a command."""
    task_worker.run()
    assert task_worker.done("home.tasks.anonymise_personal_data").count() == 1
    for old in old_and_recent["old"]:
        old.refresh_from_db()
        assert old.user is None and old.email == "" and old.anonymised_at
    booking = BookingRequest.objects.get(pk=old_and_recent["old_booking"].pk)
    assert booking.case_description == ""


def test_the_command_counts_in_a_dry_run_and_is_idempotent(old_and_recent):
    out = io.StringIO()
    call_command("anonymise_personal_data", "--dry-run", stdout=out)
    assert "3 registration(s) and 1 booking(s) would be anonymised" in out.getvalue()
    assert EventRegistration.objects.filter(user__isnull=True).count() == 0

    out = io.StringIO()
    call_command("anonymise_personal_data", stdout=out)
    assert "3 registration(s) and 1 booking(s) anonymised" in out.getvalue()

    out = io.StringIO()
    call_command("anonymise_personal_data", stdout=out)
    assert "0 registration(s) and 0 booking(s) anonymised" in out.getvalue()


# --- the user's own data -------------------------------------------------------


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_user_downloads_their_own_data(booker):
    event = factories.theme_day(title="Temadag om skolevægring")
    network_services.register_for_event(
        event=event,
        user=booker,
        name="Bente Berg",
        organisation="Vejle Kommune",
        email=booker.email,
    )
    booking = booking_that_ended(10, booker=booker)

    response = logged_in(booker).get(reverse("home:download_my_data"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["profil"]["e-mail"] == booker.email
    assert data["tilknytning"] == "Vejle"
    assert [r["arrangement"] for r in data["tilmeldinger"]] == [event.title]
    assert data["bookinger"][0]["reference"] == str(booking.reference)
    assert data["bookinger"][0]["sagsbeskrivelse"] == booking.case_description
    assert data["bedømmelser"][0]["kommentar"] == "Meget brugbar sparring."


def test_the_data_page_is_linked_from_the_users_menu(booker):
    response = logged_in(booker).get(reverse("networks:my_events"))
    assert reverse("home:my_data") in response.content.decode()


def delete(client, password=factories.PASSWORD, **fields):
    return client.post(
        reverse("home:delete_account"),
        {"password": password, "confirm": "on", **fields},
    )


def test_deleting_needs_the_password(booker):
    client = logged_in(booker)
    response = delete(client, password="forkert")
    assert response.status_code == 400
    assert "Adgangskoden er forkert." in response.content.decode()
    assert get_user_model().objects.filter(pk=booker.pk, is_active=True).exists()


def test_deleting_the_account_anonymises_and_logs_out(booker):
    upcoming = factories.theme_day(capacity=1)
    seat = network_services.register_for_event(
        event=upcoming, user=booker, name="Bente", organisation="Vejle", email=booker.email
    )
    someone = factories.user("venter")
    waiting = network_services.register_for_event(
        event=upcoming, user=someone, name="Venter", organisation="Vejle", email=someone.email
    )
    old = registration(past_event(30), booker)
    booking = booking_that_ended(10, booker=booker)
    client = logged_in(booker)

    response = delete(client)

    assert response.status_code == 302
    # Logged out: the next page asks for a login.
    assert client.get(reverse("networks:my_events")).status_code == 302
    # The seat went to the waiting list.
    assert EventRegistration.objects.get(pk=seat.pk).status == "cancelled"
    assert EventRegistration.objects.get(pk=waiting.pk).status == "confirmed"
    old.refresh_from_db()
    assert old.user is None and old.email == "" and old.name == "Anonymiseret"
    # The organisation's booking stays, without the case or the comment.
    booking.refresh_from_db()
    assert booking.case_description == "" and booking.rating.comment == ""
    # Nobody can log in with the address any more.
    assert not get_user_model().objects.filter(email=booker.email).exists()
    login = Client().post(
        reverse("account_login"), {"login": booker.email, "password": factories.PASSWORD}
    )
    assert login.status_code == 200  # the form again, with an error


def test_a_user_without_bookings_is_deleted_outright(db):
    user = factories.user("kortvarig")
    delete(logged_in(user))
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_the_only_coordinator_of_a_network_is_told_why_not(db):
    network = factories.network_page(
        title="Erfanetværk Vest", membership=NetworkPage.Membership.CLOSED
    )
    coordinator = factories.user("eneste-koordinator")
    network_services.make_network_coordinator(network=network, user=coordinator)
    client = logged_in(coordinator)

    page = client.get(reverse("home:delete_account")).content.decode()
    assert "eneste koordinator" in page and "Erfanetværk Vest" in page
    delete(client)
    assert get_user_model().objects.filter(pk=coordinator.pk, is_active=True).exists()
