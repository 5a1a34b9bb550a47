"""Every status change of a booking, allowed and forbidden, through the
services; each allowed change is recorded in the history."""

import pytest

from accounts.models import Affiliation
from corps import services
from corps.models import BookingRequest
from kb.core.exceptions import ActionRefused
from kb.taxonomy.models import Region
from tests import factories
from tests.corps.conftest import at, move_to_past

REQUESTED = BookingRequest.REQUESTED
ACCEPTED = BookingRequest.ACCEPTED
DECLINED = BookingRequest.DECLINED
COMPLETED = BookingRequest.COMPLETED
CANCELLED = BookingRequest.CANCELLED


def history(booking):
    return [
        (change.from_status, change.to_status, change.by.username, change.reason)
        for change in booking.history.all()
    ]


# --- Requesting --------------------------------------------------------------


def test_request_records_who_when_where_and_the_organisation(
    make_booking, booker, municipality, specialist
):
    booking = make_booking()
    assert booking.status == REQUESTED
    assert booking.specialist == specialist
    assert booking.requested_by == booker
    assert booking.municipality == municipality
    assert booking.region is None
    assert booking.organisation == municipality
    assert history(booking) == [("", REQUESTED, "booker", "")]


def test_request_at_an_offer(make_booking):
    offer = factories.offer("Bo- og udviklingscenter Midt")
    booking = make_booking(offer=offer, address="")
    assert booking.place == offer.name


def test_request_by_a_region_employee(make_user, make_booking, municipality):
    regional = make_user(
        "regionen", groups=["Fagperson/booker"], region=municipality.region
    )
    booking = make_booking(requested_by=regional)
    assert booking.region == municipality.region
    assert booking.municipality is None


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"address": ""}, "Angiv stedet: et tilbud eller en adresse."),
        ({"purpose": "  "}, "Beskriv formålet og sagen."),
        (
            {"case_description": "Pigen (010190-1234) har brug for hjælp."},
            "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og "
            "skriv aldrig CPR-numre eller navne på borgere.",
        ),
        (
            {"purpose": "Sparring om 0101901234"},
            "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og "
            "skriv aldrig CPR-numre eller navne på borgere.",
        ),
    ],
)
def test_request_refuses_incomplete_or_sensitive_input(make_booking, fields, message):
    with pytest.raises(ActionRefused) as error:
        make_booking(**fields)
    assert str(error.value) == message
    assert not BookingRequest.objects.exists()


@pytest.mark.parametrize(
    "start, end, message",
    [
        (at(-1, 9), at(-1, 15), "Perioden skal ligge i fremtiden."),
        (at(30, 15), at(30, 9), "Slutningen skal ligge efter starten."),
        (at(30, 9), at(30, 9), "Slutningen skal ligge efter starten."),
        (
            at(30, 9).replace(tzinfo=None),
            at(30, 15).replace(tzinfo=None),
            "Start og slut skal angives med tidszone.",
        ),
    ],
)
def test_request_refuses_bad_periods(make_booking, start, end, message):
    with pytest.raises(ActionRefused) as error:
        make_booking(start=start, end=end)
    assert str(error.value) == message


def test_only_professionals_with_an_organisation_may_request(
    make_user, make_booking, coordinator
):
    no_group = make_user("uden-rolle", municipality=None)
    no_membership = make_user("uden-kommune", groups=["Fagperson/booker"])
    for user in (no_group, no_membership, coordinator):
        with pytest.raises(ActionRefused) as error:
            make_booking(requested_by=user)
        assert "fagperson i en kommune eller region" in str(error.value)
    assert not Affiliation.objects.filter(user=no_group).exists()


def test_request_refuses_a_specialist_who_is_not_bookable(make_booking, specialist):
    specialist.bookable = False
    specialist.save(update_fields=["bookable"])
    with pytest.raises(ActionRefused) as error:
        make_booking()
    assert str(error.value) == "Specialisten kan ikke bookes i øjeblikket."


def test_request_refuses_a_region_the_specialist_does_not_travel_to(
    make_booking, other_booker
):
    only_sjaelland = factories.specialist_page(
        travel_regions=Region.objects.filter(name="Region Sjælland")
    )
    with pytest.raises(ActionRefused) as error:
        make_booking(requested_by=other_booker, specialist_=only_sjaelland)
    assert str(error.value) == "Specialisten rejser ikke til Region Nordjylland."


# --- requested -> accepted / declined / cancelled ----------------------------


def test_coordinator_accepts(make_booking, coordinator):
    booking = services.accept_booking(booking=make_booking(), by=coordinator)
    booking.refresh_from_db()
    assert booking.status == ACCEPTED
    assert history(booking)[-1] == (REQUESTED, ACCEPTED, "koordinator", "")


def test_coordinator_declines_with_a_reason(make_booking, coordinator):
    booking = services.decline_booking(
        booking=make_booking(), by=coordinator, reason="Specialisten er på kursus."
    )
    booking.refresh_from_db()
    assert booking.status == DECLINED
    assert booking.status_reason == "Specialisten er på kursus."
    assert history(booking)[-1] == (
        REQUESTED,
        DECLINED,
        "koordinator",
        "Specialisten er på kursus.",
    )


def test_decline_needs_a_reason(make_booking, coordinator):
    booking = make_booking()
    with pytest.raises(ActionRefused) as error:
        services.decline_booking(booking=booking, by=coordinator, reason=" ")
    assert str(error.value) == "Skriv en begrundelse for afvisningen."
    booking.refresh_from_db()
    assert booking.status == REQUESTED
    assert len(history(booking)) == 1


def test_decline_reason_must_not_hold_a_cpr_number(make_booking, coordinator):
    with pytest.raises(ActionRefused) as error:
        services.decline_booking(
            booking=make_booking(), by=coordinator, reason="Borger 010190-1234"
        )
    assert "CPR-nummer" in str(error.value)


def test_requester_cancels_a_request_without_a_reason(make_booking, booker):
    booking = services.cancel_booking(booking=make_booking(), by=booker)
    booking.refresh_from_db()
    assert booking.status == CANCELLED
    assert history(booking)[-1] == (REQUESTED, CANCELLED, "booker", "")


@pytest.mark.parametrize("who", ["other_coordinator", "booker", "other_booker"])
def test_only_the_specialists_coordinator_accepts_or_declines(
    make_booking, request, who
):
    user = request.getfixturevalue(who)
    booking = make_booking()
    with pytest.raises(ActionRefused) as error:
        services.accept_booking(booking=booking, by=user)
    assert (
        str(error.value)
        == "Kun specialistens korpskoordinator kan acceptere bookingen."
    )
    with pytest.raises(ActionRefused) as error:
        services.decline_booking(booking=booking, by=user, reason="Nej")
    assert (
        str(error.value) == "Kun specialistens korpskoordinator kan afvise bookingen."
    )
    booking.refresh_from_db()
    assert booking.status == REQUESTED
    assert len(history(booking)) == 1


def test_the_specialist_cannot_accept_their_own_bookings(make_booking, specialist_user):
    with pytest.raises(ActionRefused):
        services.accept_booking(booking=make_booking(), by=specialist_user)


def test_superuser_acts_as_coordinator(make_booking, superuser):
    booking = services.accept_booking(booking=make_booking(), by=superuser)
    assert booking.status == ACCEPTED


def test_a_request_whose_period_has_begun_cannot_be_accepted(make_booking, coordinator):
    booking = move_to_past(make_booking())
    with pytest.raises(ActionRefused) as error:
        services.accept_booking(booking=booking, by=coordinator)
    assert (
        str(error.value) == "Bookingen kan ikke accepteres, fordi perioden er begyndt."
    )


# --- accepted -> completed / cancelled ---------------------------------------


@pytest.fixture
def accepted(make_booking, coordinator):
    return services.accept_booking(booking=make_booking(), by=coordinator)


def test_requester_cancels_an_accepted_booking_before_it_starts(accepted, booker):
    booking = services.cancel_booking(
        booking=accepted, by=booker, reason="Borgeren er flyttet."
    )
    assert booking.status == CANCELLED
    assert history(booking)[-1] == (
        ACCEPTED,
        CANCELLED,
        "booker",
        "Borgeren er flyttet.",
    )


def test_requester_cannot_cancel_once_the_period_has_begun(accepted, booker):
    booking = move_to_past(accepted)
    with pytest.raises(ActionRefused) as error:
        services.cancel_booking(booking=booking, by=booker)
    assert "perioden er begyndt" in str(error.value)
    booking.refresh_from_db()
    assert booking.status == ACCEPTED


def test_coordinator_cancels_any_time_with_a_reason(accepted, coordinator):
    booking = move_to_past(accepted)
    with pytest.raises(ActionRefused) as error:
        services.cancel_booking(booking=booking, by=coordinator)
    assert str(error.value) == "Skriv en begrundelse for aflysningen."
    booking = services.cancel_booking(
        booking=booking, by=coordinator, reason="Specialisten er syg."
    )
    assert booking.status == CANCELLED
    assert booking.status_reason == "Specialisten er syg."


@pytest.mark.parametrize("who", ["colleague", "other_booker", "other_coordinator"])
def test_others_cannot_cancel(accepted, request, who):
    with pytest.raises(ActionRefused) as error:
        services.cancel_booking(
            booking=accepted, by=request.getfixturevalue(who), reason="Fordi"
        )
    assert "kan aflyse den" in str(error.value)


@pytest.mark.parametrize("who", ["coordinator", "specialist_user"])
def test_coordinator_or_specialist_completes_after_the_period_ended(
    accepted, request, who
):
    user = request.getfixturevalue(who)
    with pytest.raises(ActionRefused) as error:
        services.complete_booking(booking=accepted, by=user)
    assert "Perioden er ikke slut endnu" in str(error.value)
    with pytest.raises(ActionRefused) as error:
        services.complete_booking(booking=accepted, by=user, reason="Aflyst af os")
    assert str(error.value) == "Bookingen kan først afsluttes, når besøget er begyndt."
    booking = services.complete_booking(booking=move_to_past(accepted), by=user)
    assert booking.status == COMPLETED
    assert history(booking)[-1][:3] == (ACCEPTED, COMPLETED, user.username)


@pytest.mark.parametrize("who", ["booker", "other_coordinator"])
def test_others_cannot_complete(accepted, request, who):
    with pytest.raises(ActionRefused) as error:
        services.complete_booking(
            booking=move_to_past(accepted), by=request.getfixturevalue(who)
        )
    assert "Kun korpskoordinatoren eller specialisten" in str(error.value)


# --- Forbidden transitions ---------------------------------------------------


def _in_status(status, make_booking, coordinator, booker):
    booking = make_booking()
    if status == ACCEPTED:
        services.accept_booking(booking=booking, by=coordinator)
    elif status == DECLINED:
        services.decline_booking(booking=booking, by=coordinator, reason="Optaget")
    elif status == CANCELLED:
        services.cancel_booking(booking=booking, by=booker)
    elif status == COMPLETED:
        services.accept_booking(booking=booking, by=coordinator)
        services.complete_booking(booking=move_to_past(booking), by=coordinator)
    booking.refresh_from_db()
    assert booking.status == status
    return booking


FORBIDDEN = [
    (REQUESTED, "complete", "afsluttes", "anmodet"),
    (ACCEPTED, "accept", "accepteres", "accepteret"),
    (ACCEPTED, "decline", "afvises", "accepteret"),
    (DECLINED, "accept", "accepteres", "afvist"),
    (DECLINED, "decline", "afvises", "afvist"),
    (DECLINED, "cancel", "aflyses", "afvist"),
    (DECLINED, "complete", "afsluttes", "afvist"),
    (CANCELLED, "accept", "accepteres", "aflyst"),
    (CANCELLED, "decline", "afvises", "aflyst"),
    (CANCELLED, "cancel", "aflyses", "aflyst"),
    (CANCELLED, "complete", "afsluttes", "aflyst"),
    (COMPLETED, "accept", "accepteres", "gennemført"),
    (COMPLETED, "decline", "afvises", "gennemført"),
    (COMPLETED, "cancel", "aflyses", "gennemført"),
    (COMPLETED, "complete", "afsluttes", "gennemført"),
]


@pytest.mark.parametrize("status, action, verb, status_word", FORBIDDEN)
def test_forbidden_transitions_are_refused_and_not_recorded(
    make_booking, coordinator, booker, status, action, verb, status_word
):
    booking = _in_status(status, make_booking, coordinator, booker)
    steps = len(history(booking))
    call = {
        "accept": lambda: services.accept_booking(booking=booking, by=coordinator),
        "decline": lambda: services.decline_booking(
            booking=booking, by=coordinator, reason="Nej"
        ),
        "cancel": lambda: services.cancel_booking(
            booking=booking, by=coordinator, reason="Nej"
        ),
        "complete": lambda: services.complete_booking(booking=booking, by=coordinator),
    }[action]
    with pytest.raises(ActionRefused) as error:
        call()
    assert str(error.value) == f"Bookingen kan ikke {verb}, fordi den er {status_word}."
    booking.refresh_from_db()
    assert booking.status == status
    assert len(history(booking)) == steps


def test_transition_table_matches_the_workflow():
    assert BookingRequest.TRANSITIONS == {
        REQUESTED: (ACCEPTED, DECLINED, CANCELLED),
        ACCEPTED: (COMPLETED, CANCELLED),
        DECLINED: (),
        COMPLETED: (),
        CANCELLED: (),
    }


def test_a_stale_object_is_re_read_before_deciding(make_booking, coordinator):
    booking = make_booking()
    stale = BookingRequest.objects.get(pk=booking.pk)
    services.decline_booking(booking=booking, by=coordinator, reason="Optaget")
    with pytest.raises(ActionRefused) as error:
        services.accept_booking(booking=stale, by=coordinator)
    assert str(error.value) == "Bookingen kan ikke accepteres, fordi den er afvist."
