"""Many people taking the last seats at the same moment, each on their own
database connection, on PostgreSQL: the event is never over capacity.

Like tests/corps/test_concurrency.py, the data is committed for real (other
connections must see it) and deleted again afterwards, so the session's demo
site stays as it was for every other test.
"""

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from networks.models import EventIndexPage, EventRegistration, ThemeDayPage
from networks.services import register_for_event

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="parallel connections and row locks are tested on PostgreSQL",
)

PEOPLE = 8
SEATS = 3


@pytest.fixture
def committed_event(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
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
        yield event, users
        EventRegistration.objects.filter(event=event).delete()
        ThemeDayPage.objects.get(pk=event.pk).delete()
        get_user_model().objects.filter(pk__in=[u.pk for u in users]).delete()


def test_last_seats_are_never_overbooked(committed_event):
    event, users = committed_event
    barrier = threading.Barrier(PEOPLE)

    def take_a_seat(user):
        barrier.wait()
        try:
            return register_for_event(
                event=event,
                user=user,
                name=user.username,
                organisation="Kolding Kommune",
                email=user.email,
            ).status
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(take_a_seat, users))

    assert statuses.count("confirmed") == SEATS
    assert statuses.count("waiting") == PEOPLE - SEATS
    assert (
        EventRegistration.objects.filter(event=event, status="confirmed").count()
        == SEATS
    )
    waiting = list(
        EventRegistration.objects.filter(event=event, status="waiting").order_by(
            "created_at"
        )
    )
    assert len(waiting) == PEOPLE - SEATS
