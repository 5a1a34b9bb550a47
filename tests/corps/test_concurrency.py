"""Coordinators accepting at the same moment, each on their own database
connection, on PostgreSQL (the production database).

The test itself runs in the usual rolled-back transaction, which never
touches these rows. Everything that must be visible to other connections is
done by threads with their own connections, which commit for real: the
set-up, the parallel accepts and the clean-up, which deletes exactly what
the set-up created. So no flush is needed, and the demo site the session
loaded stays intact for every test that runs before or after.
"""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, Affiliation
from corps import services
from corps.models import BookingRequest, BookingStatusChange, SpecialistPage
from corps.services import ALREADY_BOOKED
from kb.taxonomy.models import Municipality, TargetGroup
from tests.corps.conftest import at
from tests.parallel import committed, run_in_parallel

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="parallel connections and row locks are tested on PostgreSQL",
    ),
    pytest.mark.django_db,
]

# Requests and coordinators accepting them at the same moment.
N = 30


def _create_users_and_requests():
    specialist = SpecialistPage.objects.get(slug="nanna-skovgaard-juhl")
    roskilde = Municipality.objects.get(name="Roskilde")
    users = {}
    for role, group in (("koordinator", COORDINATOR_GROUP), ("booker", BOOKER_GROUP)):
        user = get_user_model().objects.create_user(
            username=f"parallel-{role}", email=f"parallel-{role}@example.dk"
        )
        user.groups.set(Group.objects.filter(name=group))
        Affiliation.objects.create(user=user, municipality=roskilde)
        if role == "koordinator":
            user.coordinated_specialists.set([specialist])
        users[role] = user
    bookings = [
        services.request_booking(
            requested_by=users["booker"],
            specialist=specialist,
            # Each starts five minutes after the previous and lasts three
            # hours: every two of them overlap.
            start=at(60, 8) + dt.timedelta(minutes=5 * i),
            end=at(60, 11) + dt.timedelta(minutes=5 * i),
            target_group=TargetGroup.objects.get(slug="autisme"),
            purpose="Sparring med personalet.",
            case_description="Ung med autisme og angst i overgange.",
            address="Skolevej 1, 4000 Roskilde",
        )
        for i in range(N)
    ]
    return users["koordinator"], bookings


def _delete(users):
    BookingRequest.objects.filter(requested_by__in=users).delete()
    get_user_model().objects.filter(pk__in=[user.pk for user in users]).delete()


@pytest.fixture
def parallel_requests():
    """A coordinator and N requested, pairwise overlapping bookings of one
    specialist, committed; deleted again afterwards."""
    coordinator, bookings = committed(_create_users_and_requests)
    try:
        yield coordinator, bookings
    finally:
        committed(_delete, [coordinator, bookings[0].requested_by])


def accept_all(coordinator, bookings):
    """Accept each of ``bookings`` in parallel; the outcomes, in order."""
    outcomes = run_in_parallel(
        lambda booking: services.accept_booking(booking=booking, by=coordinator),
        bookings,
        contended=SpecialistPage.objects.filter(pk=bookings[0].specialist_id),
    )
    return [outcome for outcome, _ in outcomes]


def test_parallel_accepts_of_overlapping_requests_accept_exactly_one(
    parallel_requests,
):
    coordinator, bookings = parallel_requests

    outcomes = accept_all(coordinator, bookings)

    assert sorted(outcomes) == sorted(["ok"] + [ALREADY_BOOKED] * (N - 1))
    statuses = dict(
        BookingRequest.objects.filter(pk__in=[b.pk for b in bookings]).values_list(
            "pk", "status"
        )
    )
    assert sorted(statuses.values()) == sorted(["accepted"] + ["requested"] * (N - 1))
    # Nothing half-written: the winner has its two steps, the others only one.
    for pk, status in statuses.items():
        steps = list(
            BookingStatusChange.objects.filter(booking_id=pk).values_list(
                "from_status", "to_status"
            )
        )
        if status == "accepted":
            assert steps == [("", "requested"), ("requested", "accepted")]
        else:
            assert steps == [("", "requested")]


def test_parallel_accepts_of_the_same_request_accept_it_once(parallel_requests):
    coordinator, bookings = parallel_requests
    booking = bookings[0]

    outcomes = accept_all(
        coordinator, [BookingRequest.objects.get(pk=booking.pk) for _ in range(N)]
    )

    refused = "Bookingen kan ikke accepteres, fordi den er accepteret."
    assert sorted(outcomes) == sorted(["ok"] + [refused] * (N - 1))
    assert BookingStatusChange.objects.filter(booking=booking).count() == 2


def test_the_clean_up_leaves_nothing_behind():
    """Runs after the tests above (same module, same order): their committed
    users and bookings are gone again."""
    assert not get_user_model().objects.filter(username__startswith="parallel-")
    assert not BookingRequest.objects.exists()
