"""The one iCalendar builder: files that calendar clients (and the
icalendar parser) read back, in Copenhagen time across daylight saving; and
the one .ics response, private feeds never cached nor indexed."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kb.core import ical

CPH = ZoneInfo("Europe/Copenhagen")


def event(**fields) -> ical.CalendarEvent:
    values = {
        "uid": ical.uid("themeday", 7),
        "start": dt.datetime(2027, 10, 30, 9, 0, tzinfo=CPH),
        "end": dt.datetime(2027, 10, 30, 15, 30, tzinfo=CPH),
        "summary": "Temadag om børn på Ærø",
    }
    return ical.CalendarEvent(**{**values, **fields})


def parse(body: bytes) -> Calendar:
    return Calendar.from_ical(body)


def test_round_trip_keeps_danish_text_and_local_times():
    summer = event()
    winter = event(
        uid=ical.uid("meeting", 3),
        start=dt.datetime(2027, 11, 1, 9, 0, tzinfo=CPH),
        end=dt.datetime(2027, 11, 1, 11, 0, tzinfo=CPH),
        summary="Erfamøde i Aabenrå",
        location="Rådhuset, Søndergade 1",
        description="Dagsorden følger.\n\nhttps://vidensbanken.dk/netvaerk/",
        url="https://vidensbanken.dk/netvaerk/",
        categories=["Børn og unge", "Voksne"],
        private=True,
    )
    calendar = parse(ical.build_calendar([summer, winter], name="Vidensbanken – øst"))

    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Vidensbanken – øst"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Copenhagen"
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Copenhagen"

    entries = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(entries) == {"themeday-7@vidensbanken", "meeting-3@vidensbanken"}
    first = entries["themeday-7@vidensbanken"]
    second = entries["meeting-3@vidensbanken"]
    assert str(first["SUMMARY"]) == "Temadag om børn på Ærø"
    assert str(second["LOCATION"]) == "Rådhuset, Søndergade 1"
    assert str(second["DESCRIPTION"]).startswith("Dagsorden følger.")
    assert str(second["CLASS"]) == "PRIVATE"
    assert "CLASS" not in first
    assert [str(c) for c in second["CATEGORIES"].cats] == ["Børn og unge", "Voksne"]
    for entry, utc_hour in ((first, 7), (second, 8)):  # summer / winter time
        start = entry.decoded("DTSTART")
        assert str(entry["DTSTART"].params["TZID"]) == "Europe/Copenhagen"
        assert (start.hour, start.minute) == (9, 0)
        assert start.astimezone(dt.UTC).hour == utc_hour
        assert str(entry["STATUS"]) == "CONFIRMED"
    assert first.decoded("DTEND").astimezone(CPH).time() == dt.time(15, 30)


def test_times_given_in_utc_are_written_in_copenhagen_time():
    utc = event(
        start=dt.datetime(2027, 1, 5, 8, 0, tzinfo=dt.UTC),
        end=dt.datetime(2027, 1, 5, 9, 0, tzinfo=dt.UTC),
    )
    (entry,) = parse(ical.build_calendar([utc], name="x")).walk("VEVENT")
    assert str(entry["DTSTART"].params["TZID"]) == "Europe/Copenhagen"
    assert entry.decoded("DTSTART").hour == 9


def test_cancel_withdraws_every_event_with_its_uid_and_sequence():
    body = ical.build_calendar(
        [event(sequence=2)], name="Aflyst", method=ical.Method.CANCEL
    )
    calendar = parse(body)
    assert str(calendar["METHOD"]) == "CANCEL"
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["UID"]) == "themeday-7@vidensbanken"
    assert str(entry["STATUS"]) == "CANCELLED"
    assert entry.decoded("SEQUENCE") == 2


def test_a_cancelled_event_in_a_feed_says_so():
    calendar = parse(
        ical.build_calendar([event(status=ical.Status.CANCELLED)], name="x")
    )
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["STATUS"]) == "CANCELLED"


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        ical.build_calendar([event(start=dt.datetime(2027, 1, 1, 9))], name="x")


def test_private_feed_is_never_cached_nor_indexed():
    response = ical.ics_response(b"BEGIN:VCALENDAR", "bookinger", private=True)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Content-Disposition"] == 'inline; filename="bookinger.ics"'


def test_public_feed_may_be_cached_and_indexed():
    response = ical.ics_response(b"BEGIN:VCALENDAR", "alle.ics", private=False)
    assert "Cache-Control" not in response
    assert "X-Robots-Tag" not in response
    assert response["Content-Disposition"] == 'inline; filename="alle.ics"'


def test_danish_file_names_use_rfc_6266():
    response = ical.ics_response(b"", "netværk-øst-å", private=False)
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline; filename*=utf-8''")
    assert "netv%C3%A6rk-%C3%B8st-%C3%A5.ics" in disposition
