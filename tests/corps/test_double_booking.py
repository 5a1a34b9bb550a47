"""No double booking: busy bookings of a specialist never overlap each other
or an unavailable period; touching periods are fine."""

import pytest
from django.db import IntegrityError, connection, transaction

from corps import services
from corps.models import BookingRequest, UnavailablePeriod
from corps.services import ALREADY_BOOKED, UNAVAILABLE
from kb.core.exceptions import ActionRefused
from tests.corps.conftest import at, move_to_past

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the exclusion constraint exists only on PostgreSQL",
)


@pytest.fixture
def morning(make_booking, coordinator):
    """An accepted booking 09:00-12:00 in 30 days."""
    booking = make_booking(start=at(30, 9), end=at(30, 12))
    return services.accept_booking(booking=booking, by=coordinator)


def test_touching_periods_are_allowed(morning, make_booking, coordinator):
    before = make_booking(start=at(30, 7), end=at(30, 9))
    after = make_booking(start=at(30, 12), end=at(30, 15))
    for booking in (before, after):
        assert services.accept_booking(booking=booking, by=coordinator).status == (
            BookingRequest.ACCEPTED
        )


@pytest.mark.parametrize(
    "start, end",
    [
        (at(30, 8), at(30, 10)),  # overlaps the start
        (at(30, 11), at(30, 13)),  # overlaps the end
        (at(30, 10), at(30, 11)),  # inside
        (at(30, 8), at(30, 13)),  # around
        (at(30, 9), at(30, 12)),  # the same period
        (at(29, 12), at(31, 12)),  # over several days
    ],
)
def test_overlapping_requests_are_refused(morning, make_booking, start, end):
    with pytest.raises(ActionRefused) as error:
        make_booking(start=start, end=end)
    assert (
        str(error.value)
        == ALREADY_BOOKED
        == "Specialisten er allerede booket i perioden."
    )


def test_of_two_overlapping_requests_only_the_first_accepted_stands(
    make_booking, coordinator
):
    first = make_booking(start=at(30, 9), end=at(30, 12))
    second = make_booking(start=at(30, 11), end=at(30, 14))
    services.accept_booking(booking=first, by=coordinator)
    with pytest.raises(ActionRefused) as error:
        services.accept_booking(booking=second, by=coordinator)
    assert str(error.value) == ALREADY_BOOKED
    second.refresh_from_db()
    assert second.status == BookingRequest.REQUESTED
    # The coordinator can still decline it with a reason.
    services.decline_booking(booking=second, by=coordinator, reason=ALREADY_BOOKED)


def test_a_completed_booking_still_occupies_its_period(make_booking, coordinator):
    done = services.accept_booking(booking=make_booking(), by=coordinator)
    done = services.complete_booking(booking=move_to_past(done), by=coordinator)
    assert done.status == BookingRequest.COMPLETED
    assert not services.is_free(done.specialist, done.start, done.end)


@pytest.mark.parametrize("action", ["decline", "cancel"], ids=["declined", "cancelled"])
def test_declined_and_cancelled_bookings_free_the_period(
    make_booking, coordinator, action
):
    booking = make_booking()
    if action == "decline":
        services.decline_booking(booking=booking, by=coordinator, reason="Nej")
    else:
        services.accept_booking(booking=booking, by=coordinator)
        services.cancel_booking(booking=booking, by=coordinator, reason="Syg")
    again = make_booking()
    assert services.accept_booking(booking=again, by=coordinator).status == (
        BookingRequest.ACCEPTED
    )


def test_other_specialists_are_independent(morning, make_booking, other_specialist):
    booking = make_booking(specialist_=other_specialist)
    assert booking.status == BookingRequest.REQUESTED


# --- Unavailable periods ------------------------------------------------------


@pytest.fixture
def holiday(specialist, coordinator):
    return services.mark_unavailable(
        specialist=specialist,
        start=at(40, 0),
        end=at(47, 0),
        by=coordinator,
        reason="Ferie",
    )


def test_requests_inside_an_unavailable_period_are_refused(holiday, make_booking):
    with pytest.raises(ActionRefused) as error:
        make_booking(start=at(41, 9), end=at(41, 15))
    assert (
        str(error.value)
        == UNAVAILABLE
        == "Specialisten er ikke til rådighed i perioden."
    )


def test_requests_overlapping_an_unavailable_period_are_refused(holiday, make_booking):
    with pytest.raises(ActionRefused):
        make_booking(start=at(39, 9), end=at(40, 1))


def test_requests_touching_an_unavailable_period_are_allowed(
    holiday, make_booking, coordinator
):
    booking = make_booking(start=at(39, 20), end=at(40, 0))
    assert services.accept_booking(booking=booking, by=coordinator).status == (
        BookingRequest.ACCEPTED
    )


def test_a_request_made_before_the_period_was_marked_cannot_be_accepted(
    make_booking, coordinator, specialist
):
    booking = make_booking(start=at(41, 9), end=at(41, 15))
    services.mark_unavailable(
        specialist=specialist, start=at(40, 0), end=at(47, 0), by=coordinator
    )
    with pytest.raises(ActionRefused) as error:
        services.accept_booking(booking=booking, by=coordinator)
    assert str(error.value) == UNAVAILABLE


def test_an_unavailable_period_over_an_accepted_booking_is_refused(
    morning, coordinator, specialist
):
    with pytest.raises(ActionRefused) as error:
        services.mark_unavailable(
            specialist=specialist, start=at(30, 0), end=at(31, 0), by=coordinator
        )
    assert "accepterede bookinger i perioden" in str(error.value)
    assert not UnavailablePeriod.objects.filter(specialist=specialist).exists()


@pytest.mark.parametrize("who", ["other_coordinator", "booker"])
def test_only_the_coordinator_marks_unavailable(specialist, request, who):
    with pytest.raises(ActionRefused):
        services.mark_unavailable(
            specialist=specialist,
            start=at(40, 0),
            end=at(41, 0),
            by=request.getfixturevalue(who),
        )


# --- The database's own guarantee (PostgreSQL) ----------------------------------


def _copy(booking, **changes):
    values = {
        field.name: getattr(booking, field.name)
        for field in BookingRequest._meta.concrete_fields
        if field.name not in ("id", "reference", "created_at", "updated_at")
    }
    values.update(changes)
    return BookingRequest(**values)


@on_postgresql
def test_database_refuses_overlapping_busy_bookings(morning):
    overlapping = _copy(morning, start=at(30, 11), end=at(30, 13))
    with pytest.raises(IntegrityError, match="corps_booking_no_overlap"):
        with transaction.atomic():
            overlapping.save()


@on_postgresql
def test_database_allows_touching_and_non_busy_overlaps(morning):
    with transaction.atomic():
        _copy(morning, start=at(30, 12), end=at(30, 14)).save()
        _copy(morning, status=BookingRequest.REQUESTED).save()
        _copy(morning, status=BookingRequest.CANCELLED).save()


@on_postgresql
def test_constraint_violation_is_reported_in_danish(morning, coordinator):
    """Were the service's own check ever bypassed, the constraint's refusal
    still reaches the user as a Danish message."""
    sneaky = _copy(morning, status=BookingRequest.REQUESTED)
    sneaky.save()
    with pytest.raises(ActionRefused) as error:
        with transaction.atomic():
            services._change_status(sneaky, BookingRequest.ACCEPTED, by=coordinator)
    assert str(error.value) == ALREADY_BOOKED
    assert BookingRequest.objects.get(pk=sneaky.pk).status == BookingRequest.REQUESTED


def test_database_checks_periods_run_forwards(morning):
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            _copy(morning, status=BookingRequest.REQUESTED, end=morning.start).save()
