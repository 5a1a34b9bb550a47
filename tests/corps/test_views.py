"""The booking pages: the request form, my bookings, a booking with its
history and actions, and who may see what (no IDOR)."""

import uuid

import pytest
from django.urls import reverse

from corps import services
from corps.models import BookingRequest
from tests.corps.conftest import at, move_to_past
from tests.forms import form_values

CPR_MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og skriv "
    "aldrig CPR-numre eller navne på borgere."
)


def request_url(specialist):
    return reverse("corps:request_booking", args=[specialist.pk])


def detail_url(booking):
    return reverse("corps:booking_detail", args=[booking.reference])


def action_url(booking, action):
    return reverse("corps:booking_action", args=[booking.reference, action])


@pytest.fixture
def form_data(specialist):
    target_group = specialist.target_groups.first()
    return {
        "start": at(30, 9).strftime("%Y-%m-%dT%H:%M"),
        "end": at(30, 15).strftime("%Y-%m-%dT%H:%M"),
        "offer": "",
        "address": "Skolevej 1, 4000 Roskilde",
        "target_group": str(target_group.pk),
        "purpose": "Sparring med personalet.",
        "case_description": "Dreng på 9 år med autisme.",
        "manager_approved": "on",
        "consent_obtained": "on",
        "no_personal_data": "on",
    }


# --- Requesting ----------------------------------------------------------------


def test_the_specialist_page_offers_booking(client, specialist):
    response = client.get(specialist.url)
    assert response.status_code == 200
    assert request_url(specialist) in response.content.decode()


def test_anonymous_users_are_sent_to_log_in(client, specialist):
    response = client.get(request_url(specialist))
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/?next=")


def test_users_without_the_booker_role_are_refused(client, coordinator, specialist):
    client.force_login(coordinator)
    assert client.get(request_url(specialist)).status_code == 403


def test_the_form_shows_requirements_and_the_queue(
    client, booker, specialist, make_booking
):
    make_booking()
    client.force_login(booker)
    response = client.get(request_url(specialist))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Din leder skal have godkendt" in html
    assert "samtykke" in html
    assert "1 anmodning venter på svar" in html
    for name in ("manager_approved", "consent_obtained", "no_personal_data"):
        assert f'name="{name}"' in html


def test_a_valid_request_is_sent(client, booker, specialist, form_data, municipality):
    client.force_login(booker)
    response = client.post(request_url(specialist), form_data)
    booking = BookingRequest.objects.get()
    assert response.status_code == 302
    assert response.url == detail_url(booking)
    assert booking.requested_by == booker
    assert booking.municipality == municipality
    assert booking.start == at(30, 9)
    assert booking.status == BookingRequest.REQUESTED


def test_a_case_with_a_cpr_number_is_refused_and_the_input_kept(
    client, booker, specialist, form_data
):
    client.force_login(booker)
    form_data["case_description"] = "Pigen, 010190-1234, har brug for hjælp."
    response = client.post(request_url(specialist), form_data)
    assert response.status_code == 200
    html = response.content.decode()
    assert CPR_MESSAGE in html
    values = form_values(html, "form.booking-form")
    assert values["purpose"] == ["Sparring med personalet."]
    assert values["address"] == ["Skolevej 1, 4000 Roskilde"]
    assert not BookingRequest.objects.exists()


@pytest.mark.parametrize(
    "missing", ["manager_approved", "consent_obtained", "no_personal_data"]
)
def test_every_confirmation_is_required(client, booker, specialist, form_data, missing):
    client.force_login(booker)
    del form_data[missing]
    response = client.post(request_url(specialist), form_data)
    assert response.status_code == 200
    assert "field--error" in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_a_place_is_required(client, booker, specialist, form_data):
    client.force_login(booker)
    form_data["address"] = ""
    response = client.post(request_url(specialist), form_data)
    assert "Angiv et tilbud eller en adresse." in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_a_busy_period_is_refused_in_danish(
    client, booker, specialist, form_data, make_booking, coordinator
):
    services.accept_booking(booking=make_booking(), by=coordinator)
    client.force_login(booker)
    response = client.post(request_url(specialist), form_data)
    assert response.status_code == 200
    assert "Specialisten er allerede booket i perioden." in response.content.decode()
    assert BookingRequest.objects.count() == 1


def test_the_specialist_page_shows_busy_periods_without_who(
    client, specialist, make_booking, coordinator, municipality
):
    services.accept_booking(booking=make_booking(), by=coordinator)
    html = client.get(specialist.url).content.decode()
    assert "Optaget de næste 90 dage" in html
    assert municipality.name not in html
    assert "Skolevej" not in html


# --- Seeing bookings -------------------------------------------------------------


@pytest.fixture
def booking(make_booking):
    return make_booking()


@pytest.mark.parametrize(
    "who", ["booker", "colleague", "coordinator", "specialist_user", "superuser"]
)
def test_those_involved_see_the_booking_and_its_history(client, booking, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(detail_url(booking))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dreng på 9 år med autisme" in html
    assert "Historik" in html and "Anmodet" in html


@pytest.mark.parametrize("who", ["other_booker", "other_coordinator", "editor"])
def test_others_get_404_for_the_booking_and_its_actions(client, booking, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(detail_url(booking)).status_code == 404
    for action in ("accepter", "afvis", "aflys", "afslut"):
        assert client.post(action_url(booking, action)).status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingRequest.REQUESTED


def test_anonymous_users_see_no_booking(client, booking):
    response = client.get(detail_url(booking))
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")
    assert client.post(action_url(booking, "aflys")).status_code == 302


def test_guessed_references_are_404(client, booker):
    client.force_login(booker)
    url = reverse("corps:booking_detail", args=[uuid.uuid4()])
    assert client.get(url).status_code == 404


def test_my_bookings_lists_only_the_organisations_bookings(
    client, booking, other_booker, make_booking, colleague
):
    other = make_booking(requested_by=other_booker, start=at(50, 9), end=at(50, 12))
    client.force_login(colleague)
    html = client.get(reverse("corps:my_bookings")).content.decode()
    assert detail_url(booking) in html
    assert detail_url(other) not in html


def test_coordinators_see_their_queue_and_calendar(
    client, coordinator, make_booking, make_user, other_specialist, other_booker
):
    waiting = make_booking()
    accepted = services.accept_booking(
        booking=make_booking(start=at(31, 9), end=at(31, 12)), by=coordinator
    )
    not_ours = make_booking(specialist_=other_specialist, requested_by=other_booker)
    client.force_login(coordinator)
    html = client.get(reverse("corps:my_bookings")).content.decode()
    assert "Korpsets kø" in html
    assert detail_url(waiting) in html
    assert detail_url(accepted) in html
    assert detail_url(not_ours) not in html


# --- Acting ----------------------------------------------------------------------


def test_coordinator_accepts_from_the_page(client, booking, coordinator):
    client.force_login(coordinator)
    html = client.get(detail_url(booking)).content.decode()
    assert action_url(booking, "accepter") in html
    response = client.post(action_url(booking, "accepter"), follow=True)
    assert "Bookingen er accepteret." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.ACCEPTED


def test_declining_without_a_reason_shows_the_danish_refusal(
    client, booking, coordinator
):
    client.force_login(coordinator)
    response = client.post(action_url(booking, "afvis"), {"reason": ""}, follow=True)
    assert "Skriv en begrundelse for afvisningen." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.REQUESTED


def test_requester_cancels_from_the_page(client, booking, booker):
    client.force_login(booker)
    html = client.get(detail_url(booking)).content.decode()
    assert action_url(booking, "aflys") in html
    assert action_url(booking, "accepter") not in html
    client.post(action_url(booking, "aflys"), {"reason": "Ikke længere behov."})
    booking.refresh_from_db()
    assert booking.status == BookingRequest.CANCELLED
    assert booking.status_reason == "Ikke længere behov."


def test_a_colleague_sees_but_cannot_cancel(client, booking, colleague):
    client.force_login(colleague)
    html = client.get(detail_url(booking)).content.decode()
    assert action_url(booking, "aflys") not in html
    response = client.post(action_url(booking, "aflys"), follow=True)
    assert "kan aflyse den" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingRequest.REQUESTED


def test_the_specialist_completes_after_the_visit(
    client, booking, coordinator, specialist_user
):
    services.accept_booking(booking=booking, by=coordinator)
    move_to_past(booking)
    client.force_login(specialist_user)
    html = client.get(detail_url(booking)).content.decode()
    assert action_url(booking, "afslut") in html
    client.post(action_url(booking, "afslut"))
    booking.refresh_from_db()
    assert booking.status == BookingRequest.COMPLETED


def test_unknown_actions_are_404(client, booking, coordinator):
    client.force_login(coordinator)
    assert client.post(action_url(booking, "slet")).status_code == 404


def test_actions_need_post(client, booking, coordinator):
    client.force_login(coordinator)
    assert client.get(action_url(booking, "accepter")).status_code == 405


# --- Accounts ----------------------------------------------------------------------


def test_login_page_and_redirect_to_my_bookings(client, booker):
    assert client.get(reverse("account_login")).status_code == 200
    response = client.post(
        reverse("account_login"),
        {"login": booker.email, "password": "hemmelig-kode-123"},
    )
    assert response.status_code == 302
    # The role's start page sends a booker on to their bookings.
    assert client.get(response.url).url == reverse("corps:my_bookings")


def test_password_reset_sends_a_danish_email(client, booker, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": booker.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.subject == "Ny adgangskode til Vidensbanken"
    assert "/konto/password/reset/key/" in message.body


def test_booking_pages_are_never_cached(
    client, booking, booker, coordinator, specialist
):
    """A shared cache or the browser's disk never keeps a booking."""
    client.force_login(booker)
    for url in (
        reverse("corps:my_bookings"),
        detail_url(booking),
        request_url(specialist),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store", url
    client.force_login(coordinator)
    for url in (
        reverse("corps:availability"),
        reverse("corps:calendar_settings", args=[specialist.pk]),
    ):
        response = client.get(url)
        assert response["Cache-Control"] == "private, no-store", url
