"""iCalendar (RFC 5545) output for theme days and other events.

Times are written in Europe/Copenhagen with a VTIMEZONE, so calendar clients
show the right local time on both sides of a daylight-saving change.
"""

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from networks.models import ThemeDayPage

PRODID = "-//Vidensbanken//Temadage//DA"
# Meetings have a start time only; calendars show them as two hours.
MEETING_LENGTH = dt.timedelta(hours=2)


def event_uid(event: ThemeDayPage) -> str:
    return f"themeday-{event.pk}@vidensbanken"


def build_calendar(
    events: Iterable[ThemeDayPage], *, name: str, base_url: str, meetings: Iterable = ()
) -> bytes:
    """An .ics file with one VEVENT per event (and per member-only meeting,
    for members' private feeds); ``base_url`` makes links absolute."""
    local = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for event in events:
        entry = Event()
        entry.add("uid", event_uid(event))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.start.astimezone(local))
        entry.add("dtend", event.end.astimezone(local))
        entry.add("summary", event.title)
        url = base_url + (event.url or "")
        entry.add("description", f"{event.intro}\n\n{url}")
        entry.add("url", url)
        location = (
            "Online"
            if event.online and not event.location
            else ", ".join(part for part in (event.location, event.address) if part)
        )
        if location:
            entry.add("location", location)
        entry.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
        if event.last_published_at:
            entry.add("last-modified", event.last_published_at)
        categories = [t.name for t in event.target_groups.all()]
        if categories:
            entry.add("categories", categories)
        calendar.add_component(entry)
    for meeting in meetings:
        entry = Event()
        entry.add("uid", f"meeting-{meeting.pk}@vidensbanken")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", meeting.start.astimezone(local))
        entry.add("dtend", (meeting.start + MEETING_LENGTH).astimezone(local))
        entry.add("summary", meeting.title)
        if meeting.location:
            entry.add("location", meeting.location)
        entry.add("class", "PRIVATE")
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
