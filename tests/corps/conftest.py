"""Layered fixtures for the corps: organisations, users in their roles,
specialists built by the factories, and a factory for bookings that goes
through the service."""

import datetime as dt
import itertools
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, Affiliation
from corps import services
from corps.models import BookingRequest, SpecialistPage
from kb.taxonomy.models import Municipality, TargetGroup
from tests import factories

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def at(days: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    """A time ``days`` from today at ``hour``:``minute``, Danish time."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=COPENHAGEN)


@pytest.fixture
def municipality(db):
    return Municipality.objects.get(name="Roskilde")


@pytest.fixture
def other_municipality(db):
    return Municipality.objects.get(name="Aalborg")


@pytest.fixture
def target_group(db) -> TargetGroup:
    return factories.target_group("Børn og unge med autisme")


@pytest.fixture
def specialist(target_group) -> SpecialistPage:
    """A bookable specialist who travels to every region and works with
    ``target_group``."""
    return factories.specialist_page(
        title="Nanna Skovgaard Juhl", target_groups=[target_group]
    )


@pytest.fixture
def other_specialist(db) -> SpecialistPage:
    return factories.specialist_page(title="Thomas Egelund Winther")


@pytest.fixture
def make_user(db):
    """Create a user in ``groups``, belonging to a municipality or region and,
    for coordinators, coordinating ``specialists``."""

    def make(username, *, groups=(), municipality=None, region=None, specialists=()):
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.dk",
            password="hemmelig-kode-123",
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        if municipality or region:
            Affiliation.objects.create(
                user=user, municipality=municipality, region=region
            )
        user.coordinated_specialists.set(specialists)
        return user

    return make


@pytest.fixture
def booker(make_user, municipality):
    return make_user("booker", groups=[BOOKER_GROUP], municipality=municipality)


@pytest.fixture
def colleague(make_user, municipality):
    """Another professional in the booker's municipality."""
    return make_user("kollega", groups=[BOOKER_GROUP], municipality=municipality)


@pytest.fixture
def other_booker(make_user, other_municipality):
    return make_user(
        "anden-kommune", groups=[BOOKER_GROUP], municipality=other_municipality
    )


@pytest.fixture
def coordinator(make_user, specialist, municipality):
    return make_user(
        "koordinator",
        groups=[COORDINATOR_GROUP],
        region=municipality.region,
        specialists=[specialist],
    )


@pytest.fixture
def other_coordinator(make_user, other_specialist, other_municipality):
    """A coordinator of another corps (not of ``specialist``)."""
    return make_user(
        "anden-koordinator",
        groups=[COORDINATOR_GROUP],
        region=other_municipality.region,
        specialists=[other_specialist],
    )


@pytest.fixture
def specialist_user(make_user, specialist):
    user = make_user("specialisten")
    specialist.user = user
    specialist.save(update_fields=["user"])
    return user


@pytest.fixture
def make_booking(booker, specialist, target_group):
    """Request a booking through the service: by default tomorrow+30 days,
    09:00-15:00, at an address."""

    def make(*, start=None, end=None, requested_by=None, specialist_=None, **fields):
        start = start or at(30, 9)
        end = end or start.replace(hour=15)
        values = {
            "target_group": target_group,
            "purpose": "Sparring med personalet om struktur i hverdagen.",
            "case_description": "Dreng på 9 år med autisme, der har svært ved "
            "overgange mellem aktiviteter.",
            "address": "Skolevej 1, 4000 Roskilde",
        }
        values.update(fields)
        return services.request_booking(
            requested_by=requested_by or booker,
            specialist=specialist_ or specialist,
            start=start,
            end=end,
            **values,
        )

    return make


def move_to_past(booking: BookingRequest, *, days: int = 1) -> BookingRequest:
    """Let time pass: the booking's period started ``days`` ago."""
    length = booking.end - booking.start
    start = at(-days, 9)
    BookingRequest.objects.filter(pk=booking.pk).update(start=start, end=start + length)
    booking.refresh_from_db()
    return booking


@pytest.fixture
def make_completed(make_booking, coordinator):
    """A booking that was requested, accepted, took place ``n`` days ago and
    was marked completed; each call uses another day."""
    days = itertools.count(1)

    def make(*, by=None, **fields):
        day = next(days)
        booking = make_booking(start=at(30 + day, 9), end=at(30 + day, 15), **fields)
        services.accept_booking(booking=booking, by=by or coordinator)
        move_to_past(booking, days=day)
        return services.complete_booking(booking=booking, by=by or coordinator)

    return make
