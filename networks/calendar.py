"""Theme days and member-only meetings as calendar events, written by the
shared builder (:mod:`kb.core.ical`)."""

import dataclasses
import datetime as dt
from collections.abc import Iterable

from kb.core import ical
from networks.models import NetworkMeeting, ThemeDayPage

PRODID = "-//Vidensbanken//Temadage//DA"
# Meetings have a start time only; calendars show them as two hours.
MEETING_LENGTH = dt.timedelta(hours=2)


def event_uid(event: ThemeDayPage) -> str:
    return ical.uid("themeday", event.pk)


def theme_day_event(event: ThemeDayPage, *, base_url: str) -> ical.CalendarEvent:
    """``event`` as a VEVENT; ``base_url`` makes its link absolute."""
    url = base_url + (event.url or "")
    location = (
        "Online"
        if event.online and not event.location
        else ", ".join(part for part in (event.location, event.address) if part)
    )
    return ical.CalendarEvent(
        uid=event_uid(event),
        start=event.start,
        end=event.end,
        summary=event.title,
        description=f"{event.intro}\n\n{url}",
        url=url,
        location=location,
        status=ical.Status.CANCELLED if event.is_cancelled else ical.Status.CONFIRMED,
        last_modified=event.last_published_at,
        categories=[t.name for t in event.target_groups.all()],
    )


def meeting_event(meeting: NetworkMeeting) -> ical.CalendarEvent:
    """A member-only meeting: no link, marked private."""
    return ical.CalendarEvent(
        uid=ical.uid("meeting", meeting.pk),
        start=meeting.start,
        end=meeting.start + MEETING_LENGTH,
        summary=meeting.title,
        location=meeting.location,
        private=True,
    )


def build_calendar(
    events: Iterable[ThemeDayPage],
    *,
    name: str,
    base_url: str,
    meetings: Iterable[NetworkMeeting] = (),
    method: str = ical.Method.PUBLISH,
) -> bytes:
    """An .ics file with one VEVENT per event (and per member-only meeting,
    for members' private feeds). With ``method=CANCEL`` calendars that hold
    the events remove them (a higher SEQUENCE makes clients accept it)."""
    entries = [theme_day_event(event, base_url=base_url) for event in events]
    entries += [meeting_event(meeting) for meeting in meetings]
    if method == ical.Method.CANCEL:
        entries = [dataclasses.replace(e, sequence=e.sequence + 1) for e in entries]
    return ical.build_calendar(entries, name=name, prodid=PRODID, method=method)
