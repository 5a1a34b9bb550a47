"""The coordinator's screen for periods when their specialists cannot be
booked: only their own specialists, Danish errors, input kept."""

import pytest
from django.urls import reverse

from corps import services
from corps.models import UnavailablePeriod
from kb.core.exceptions import ActionRefused
from tests.corps.conftest import at
from tests.forms import form_values

URL = reverse("corps:availability")


def remove_url(period):
    return reverse("corps:remove_unavailable", args=[period.pk])


def local(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def data(specialist):
    return {
        "specialist": str(specialist.pk),
        "start": local(at(60, 0)),
        "end": local(at(67, 0)),
        "reason": "Ferie",
    }


@pytest.fixture
def period(specialist, coordinator):
    return services.mark_unavailable(
        specialist=specialist,
        start=at(60, 0),
        end=at(61, 0),
        by=coordinator,
        reason="Kursus",
    )


def test_the_coordinator_sees_only_their_own_specialists(
    client, coordinator, specialist, other_specialist
):
    client.force_login(coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<option value="{specialist.pk}"' in html
    assert f'<option value="{other_specialist.pk}"' not in html


def test_the_coordinator_marks_a_period(client, coordinator, specialist, data):
    client.force_login(coordinator)
    response = client.post(URL, data, follow=True)
    html = response.content.decode()
    assert "Nanna Skovgaard Juhl kan ikke bookes i perioden." in html
    period = UnavailablePeriod.objects.get()
    assert (period.specialist, period.start, period.end) == (
        specialist,
        at(60, 0),
        at(67, 0),
    )
    assert (period.reason, period.created_by) == ("Ferie", coordinator)
    assert "Ferie" in html  # listed under upcoming periods


def test_another_corps_specialist_is_refused(
    client, coordinator, other_specialist, data
):
    client.force_login(coordinator)
    data["specialist"] = str(other_specialist.pk)
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "Vælg en af de specialister, du koordinerer." in response.content.decode()
    assert not UnavailablePeriod.objects.exists()


def test_an_id_no_row_can_have_is_refused_not_a_crash(client, coordinator, data):
    """Found by the fuzz tests: 2**63 made SQLite's lookup overflow (500)."""
    client.force_login(coordinator)
    data["specialist"] = str(2**63)
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "Vælg en af de specialister, du koordinerer." in response.content.decode()
    assert not UnavailablePeriod.objects.exists()


def test_end_before_start_is_refused_and_the_input_kept(client, coordinator, data):
    client.force_login(coordinator)
    data["end"] = local(at(59, 0))
    response = client.post(URL, data)
    html = response.content.decode()
    assert "Slutningen skal ligge efter starten." in html
    values = form_values(html, "form.availability-form")
    assert values["reason"] == ["Ferie"]
    assert values["start"] == [data["start"]]
    assert not UnavailablePeriod.objects.exists()


def test_invalid_times_give_danish_errors(client, coordinator, data):
    client.force_login(coordinator)
    data["start"] = "i morgen"
    response = client.post(URL, data)
    assert "Indtast gyldig dato/tid." in response.content.decode()
    assert not UnavailablePeriod.objects.exists()


def test_a_period_over_an_accepted_booking_is_refused(
    client, coordinator, make_booking, data
):
    services.accept_booking(
        booking=make_booking(start=at(62, 9), end=at(62, 15)), by=coordinator
    )
    client.force_login(coordinator)
    response = client.post(URL, data)
    html = response.content.decode()
    assert "Specialisten har accepterede bookinger i perioden. Aflys dem først." in html
    assert form_values(html, "form.availability-form")["reason"] == ["Ferie"]
    assert not UnavailablePeriod.objects.exists()


def test_a_reason_with_a_cpr_number_is_refused(client, coordinator, data):
    client.force_login(coordinator)
    data["reason"] = "Sag 010190-1234"
    response = client.post(URL, data)
    assert "CPR-nummer" in response.content.decode()
    assert not UnavailablePeriod.objects.exists()


@pytest.mark.parametrize("who", ["booker", "specialist_user", "editor"])
def test_others_are_refused(client, request, who, data):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code == 403
    assert client.post(URL, data).status_code == 403
    assert not UnavailablePeriod.objects.exists()


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")


def test_the_coordinator_removes_a_period(client, coordinator, period):
    client.force_login(coordinator)
    html = client.get(URL).content.decode()
    assert remove_url(period) in html
    response = client.post(remove_url(period), follow=True)
    assert "Perioden er fjernet." in response.content.decode()
    assert not UnavailablePeriod.objects.exists()


@pytest.mark.parametrize("who", ["other_coordinator", "booker"])
def test_others_cannot_remove_a_period(client, request, who, period):
    client.force_login(request.getfixturevalue(who))
    assert client.post(remove_url(period)).status_code == 404
    assert UnavailablePeriod.objects.filter(pk=period.pk).exists()


def test_removing_needs_post(client, coordinator, period):
    client.force_login(coordinator)
    assert client.get(remove_url(period)).status_code == 405


def test_the_service_refuses_other_coordinators(period, other_coordinator):
    with pytest.raises(ActionRefused) as error:
        services.remove_unavailable(period=period, by=other_coordinator)
    assert str(error.value) == (
        "Kun specialistens korpskoordinator kan ændre specialistens tilgængelighed."
    )
    assert UnavailablePeriod.objects.filter(pk=period.pk).exists()


def test_the_overview_links_to_the_screen(client, coordinator):
    client.force_login(coordinator)
    assert URL in client.get(reverse("corps:my_bookings")).content.decode()


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("0001-01-01T00:00", "0001-01-02T00:00"),
        ("2030-01-01T00:00", "9999-12-31T23:59"),
    ],
)
def test_a_period_outside_the_date_range_is_refused_in_danish(
    client, coordinator, specialist, booker, data, start, end
):
    """Issue #11: a period from 0001-01-01 was stored and broke the
    specialist's page, the booking form and this screen until deleted."""
    client.force_login(coordinator)
    client.raise_request_exception = False
    data.update(start=start, end=end)
    response = client.post(URL, data)
    assert response.status_code == 200
    assert (
        "Datoen skal ligge mellem 1.1.2000 og 31.12.2100." in response.content.decode()
    )
    assert not UnavailablePeriod.objects.exists()
    assert client.get(URL).status_code == 200
    client.force_login(booker)
    for url in (specialist.url, reverse("corps:request_booking", args=[specialist.pk])):
        assert client.get(url).status_code == 200


def test_a_period_to_the_last_day_of_the_range_breaks_no_page(
    client, coordinator, specialist, data, booker
):
    client.force_login(coordinator)
    data.update(start="2100-12-30T00:00", end="2101-01-01T00:00")
    response = client.post(URL, data, follow=True)
    assert UnavailablePeriod.objects.filter(specialist=specialist).exists()
    assert response.status_code == 200
    assert client.get(specialist.url).status_code == 200
    client.force_login(booker)
    assert (
        client.get(reverse("corps:request_booking", args=[specialist.pk])).status_code
        == 200
    )
    assert (
        client.get("/specialistkorps/?fra=2100-12-31&til=2100-12-31").status_code == 200
    )
