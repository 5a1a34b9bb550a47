"""Many people taking the last seats at the same moment, each on their own
database connection, on PostgreSQL: the event is never over capacity, and
the rest wait in the order they arrived.

Like tests/corps/test_concurrency.py, the data is committed for real (other
connections must see it) and deleted again afterwards, so the session's demo
site stays as it was for every other test.
"""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from networks.models import EventIndexPage, EventRegistration, ThemeDayPage
from networks.services import cancel_registration, register_for_event
from tests.parallel import committed, run_in_parallel

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="parallel connections and row locks are tested on PostgreSQL",
)

PEOPLE = 30
SEATS = 3


def _create_event_and_people():
    start = timezone.now() + dt.timedelta(days=20)
    event = ThemeDayPage(
        title="Temadag med få pladser",
        start=start,
        end=start + dt.timedelta(hours=5),
        location="Kolding",
        organiser="Socialdirektørforum",
        audience="Alle",
        intro="Få pladser.",
        capacity=SEATS,
    )
    EventIndexPage.objects.get().add_child(instance=event)
    event.save_revision().publish()
    users = [
        get_user_model().objects.create_user(
            f"parallel-deltager-{i}", f"d{i}@example.dk"
        )
        for i in range(PEOPLE)
    ]
    return event, users


def _delete(event, users):
    EventRegistration.objects.filter(event=event).delete()
    ThemeDayPage.objects.get(pk=event.pk).delete()
    get_user_model().objects.filter(pk__in=[u.pk for u in users]).delete()


@pytest.fixture
def committed_event(db):
    event, users = committed(_create_event_and_people)
    try:
        yield event, users
    finally:
        committed(_delete, event, users)


def waiting_list(event) -> list[EventRegistration]:
    """The waiting list in the order the site serves it."""
    return list(
        EventRegistration.objects.filter(
            event=event, status=EventRegistration.Status.WAITING
        ).order_by("created_at", "pk")
    )


def test_last_seats_are_never_overbooked_and_the_rest_wait_in_order(
    committed_event,
):
    event, users = committed_event

    def take_a_seat(user):
        return register_for_event(
            event=event,
            user=user,
            name=user.username,
            organisation="Kolding Kommune",
            email=user.email,
        )

    outcomes = run_in_parallel(
        take_a_seat, users, contended=ThemeDayPage.objects.filter(pk=event.pk)
    )

    assert [outcome for outcome, _ in outcomes] == ["ok"] * PEOPLE
    statuses = [registration.status for _, registration in outcomes]
    assert statuses.count("confirmed") == SEATS
    assert statuses.count("waiting") == PEOPLE - SEATS
    registrations = EventRegistration.objects.filter(event=event)
    assert registrations.filter(status="confirmed").count() == SEATS
    assert registrations.count() == PEOPLE

    # The order they arrived is the order they got the event's lock, which
    # is the order of their ids. Seats went to the first ones; the waiting
    # list is the rest, positions 1..k by arrival, no ties that could
    # reorder it.
    arrived = list(registrations.order_by("pk"))
    assert [r.status for r in arrived] == ["confirmed"] * SEATS + ["waiting"] * (
        PEOPLE - SEATS
    )
    waiting = waiting_list(event)
    assert waiting == arrived[SEATS:]
    times = [r.created_at for r in waiting]
    assert times == sorted(times) and len(set(times)) == len(times)

    # A freed seat goes to position 1, and everyone else moves up by one.
    committed(
        lambda: cancel_registration(registration=arrived[0], by_user=arrived[0].user)
    )
    assert EventRegistration.objects.get(pk=waiting[0].pk).status == "confirmed"
    assert waiting_list(event) == waiting[1:]
