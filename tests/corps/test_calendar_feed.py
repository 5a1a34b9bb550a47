"""The specialist's private calendar feed: a secret address made, replaced
and revoked by the specialist or their coordinator; valid iCalendar in
Copenhagen time, also across daylight-saving changes; no case data."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from icalendar import Calendar

from corps import services
from corps.models import BookingRequest, CalendarFeed
from kb.core.exceptions import ActionRefused
from tests.corps.conftest import COPENHAGEN, at


def settings_url(specialist):
    return reverse("corps:calendar_settings", args=[specialist.pk])


def feed_url(token):
    return reverse("corps:calendar_feed", args=[token])


def token_from(html: str) -> str:
    match = re.search(r"/bookinger/kalender/([A-Za-z0-9_-]+)\.ics", html)
    assert match, "no feed address on the page"
    return match.group(1)


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar: Calendar):
    return [c for c in calendar.walk("VEVENT")]


@pytest.fixture
def token(specialist, specialist_user):
    return services.create_calendar_feed(specialist=specialist, by=specialist_user)


@pytest.fixture
def accepted(make_booking, coordinator):
    return services.accept_booking(booking=make_booking(), by=coordinator)


# --- Making and revoking the address -------------------------------------------


def test_the_specialist_makes_an_address_shown_once(
    client, specialist, specialist_user
):
    client.force_login(specialist_user)
    response = client.post(settings_url(specialist), {"handling": "ny"}, follow=True)
    html = response.content.decode()
    assert "Der er lavet en ny kalenderadresse." in html
    token = token_from(html)
    assert "no-store" in response["Cache-Control"]
    # Only a hash is stored, and the address is not shown again.
    feed = CalendarFeed.objects.get(specialist=specialist)
    assert feed.created_by == specialist_user
    assert token not in feed.token_hash and len(feed.token_hash) == 64
    assert len(token) >= 40
    html = client.get(settings_url(specialist)).content.decode()
    assert token not in html
    assert "Der er en aktiv kalenderadresse" in html
    assert client.get(feed_url(token)).status_code == 200


def test_a_coordinator_of_the_specialist_manages_the_address(
    client, specialist, coordinator
):
    client.force_login(coordinator)
    response = client.post(settings_url(specialist), {"handling": "ny"}, follow=True)
    token = token_from(response.content.decode())
    client.logout()
    assert client.get(feed_url(token)).status_code == 200


@pytest.mark.parametrize(
    "who", ["booker", "other_coordinator", "editor", "other_booker"]
)
def test_others_cannot_see_or_change_the_address(
    client, specialist, token, request, who
):
    client.force_login(request.getfixturevalue(who))
    assert client.get(settings_url(specialist)).status_code == 404
    assert client.post(settings_url(specialist), {"handling": "ny"}).status_code == 404
    assert (
        client.post(settings_url(specialist), {"handling": "tilbagekald"}).status_code
        == 404
    )
    # The old address still works: nothing was changed.
    client.logout()
    assert client.get(feed_url(token)).status_code == 200


def test_anonymous_users_are_sent_to_log_in(client, specialist):
    response = client.get(settings_url(specialist))
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")


def test_the_services_refuse_others(specialist, other_coordinator, token):
    with pytest.raises(ActionRefused) as error:
        services.create_calendar_feed(specialist=specialist, by=other_coordinator)
    assert str(error.value) == (
        "Kun specialisten eller korpskoordinatoren kan ændre kalenderabonnementet."
    )
    with pytest.raises(ActionRefused):
        services.revoke_calendar_feed(specialist=specialist, by=other_coordinator)
    assert CalendarFeed.objects.filter(specialist=specialist).exists()


def test_a_new_address_replaces_the_old(client, specialist, specialist_user, token):
    new = services.create_calendar_feed(specialist=specialist, by=specialist_user)
    assert new != token
    assert client.get(feed_url(token)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200
    assert CalendarFeed.objects.filter(specialist=specialist).count() == 1


def test_a_revoked_address_is_404(client, specialist, specialist_user, token):
    client.force_login(specialist_user)
    response = client.post(
        settings_url(specialist), {"handling": "tilbagekald"}, follow=True
    )
    assert "Kalenderadressen er tilbagekaldt" in response.content.decode()
    assert not CalendarFeed.objects.exists()
    assert client.get(feed_url(token)).status_code == 404


@pytest.mark.parametrize("wrong", ["forkert", "a" * 43, "-_-"])
def test_wrong_tokens_are_404(client, token, wrong):
    assert client.get(feed_url(wrong)).status_code == 404


def test_the_feed_is_only_for_reading(client, token):
    assert client.post(feed_url(token)).status_code == 405


# --- The feed ---------------------------------------------------------------------


def test_the_feed_has_accepted_and_completed_bookings_only(
    client, token, make_booking, coordinator, accepted, make_completed, other_booker
):
    completed = make_completed()
    make_booking(start=at(40, 9), end=at(40, 12))  # requested
    declined = make_booking(start=at(41, 9), end=at(41, 12))
    services.decline_booking(booking=declined, by=coordinator, reason="Travlt.")
    calendar = parse(client.get(feed_url(token)))
    uids = sorted(str(event["uid"]) for event in events(calendar))
    assert uids == sorted(
        f"booking-{booking.reference}@vidensbanken" for booking in (accepted, completed)
    )
    assert str(calendar["x-wr-calname"]) == "Bookinger: Nanna Skovgaard Juhl"


def test_an_event_names_only_organisation_place_and_link(
    client, token, accepted, make_booking, coordinator
):
    at_offer = make_booking(
        start=at(45, 9),
        end=at(45, 12),
        offer=accepted.specialist.home_offer,
        address="",
    )
    services.accept_booking(booking=at_offer, by=coordinator)
    response = client.get(feed_url(token))
    body = response.content.decode()
    by_uid = {str(e["uid"]): e for e in events(parse(response))}
    event = by_uid[f"booking-{accepted.reference}@vidensbanken"]
    assert str(event["summary"]) == "Booking: Roskilde, Skolevej 1, 4000 Roskilde"
    assert str(event["url"]).endswith(f"/bookinger/{accepted.reference}/")
    assert str(event["url"]).startswith("http")
    assert event.decoded("dtstart") == accepted.start
    assert event.decoded("dtend") == accepted.end
    offer_event = by_uid[f"booking-{at_offer.reference}@vidensbanken"]
    assert str(offer_event["summary"]) == (
        f"Booking: Roskilde, {accepted.specialist.home_offer.name}"
    )
    # No case data, purpose or requester in the feed.
    unfolded = body.replace("\r\n ", "")
    for secret in (accepted.case_description, accepted.purpose, "booker"):
        assert secret not in unfolded
    assert "Dreng" not in unfolded and "Sparring" not in unfolded


def test_the_feed_is_valid_icalendar(client, token, accepted):
    response = client.get(feed_url(token))
    calendar = parse(response)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]) == "-//Vidensbanken//Specialistkorps//DA"
    event = events(calendar)[0]
    for required in ("uid", "dtstamp", "dtstart", "dtend", "summary"):
        assert required in event
    body = response.content
    assert body.startswith(b"BEGIN:VCALENDAR\r\n")
    assert body.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    assert response["Cache-Control"] and "private" in response["Cache-Control"]


def test_an_empty_feed_is_valid(client, token):
    calendar = parse(client.get(feed_url(token)))
    assert events(calendar) == []


def test_times_are_in_copenhagen_across_daylight_saving(
    client, token, accepted, make_booking, coordinator
):
    """Summer time starts 31 March 2030 and ends 27 October 2030; a two-day
    visit over each change keeps its local times."""
    autumn = services.accept_booking(
        booking=make_booking(start=at(60, 9), end=at(60, 15)), by=coordinator
    )
    spring_start = dt.datetime(2030, 3, 30, 9, 0, tzinfo=COPENHAGEN)
    spring_end = dt.datetime(2030, 3, 31, 15, 0, tzinfo=COPENHAGEN)
    autumn_start = dt.datetime(2030, 10, 26, 9, 0, tzinfo=COPENHAGEN)
    autumn_end = dt.datetime(2030, 10, 27, 15, 0, tzinfo=COPENHAGEN)
    BookingRequest.objects.filter(pk=accepted.pk).update(
        start=spring_start, end=spring_end
    )
    BookingRequest.objects.filter(pk=autumn.pk).update(
        start=autumn_start, end=autumn_end
    )
    response = client.get(feed_url(token))
    body = response.content.decode()
    assert "DTSTART;TZID=Europe/Copenhagen:20300330T090000" in body
    assert "DTEND;TZID=Europe/Copenhagen:20300331T150000" in body
    assert "DTSTART;TZID=Europe/Copenhagen:20301026T090000" in body
    assert "DTEND;TZID=Europe/Copenhagen:20301027T150000" in body
    calendar = parse(response)
    spring, fall = events(calendar)
    start, end = spring.decoded("dtstart"), spring.decoded("dtend")
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert end.utcoffset() == dt.timedelta(hours=2)
    assert start == dt.datetime(2030, 3, 30, 8, 0, tzinfo=dt.UTC)
    assert end == dt.datetime(2030, 3, 31, 13, 0, tzinfo=dt.UTC)
    # Real elapsed time (aware datetimes in one zone subtract as wall time).
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(
        hours=29
    )  # the night lost an hour
    start, end = fall.decoded("dtstart"), fall.decoded("dtend")
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert end.utcoffset() == dt.timedelta(hours=1)
    assert start == dt.datetime(2030, 10, 26, 7, 0, tzinfo=dt.UTC)
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(
        hours=31
    )  # the night gained an hour
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Copenhagen"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
