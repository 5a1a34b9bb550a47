"""iCalendar (RFC 5545) files and ``.ics`` responses: the one builder every
calendar of the site uses (theme days, network meetings, bookings).

Each app turns its own objects into :class:`CalendarEvent` values; this
module writes them. Times are written in the site's time zone
(``settings.TIME_ZONE``, Europe/Copenhagen) with its VTIMEZONE, so calendar
clients show the right local time on both sides of a daylight-saving
change. Every calendar says its METHOD (RFC 5546): ``PUBLISH`` for feeds and
files, ``CANCEL`` to withdraw events a client already holds (same UID,
a higher SEQUENCE).

:func:`ics_response` serves a calendar. A private feed (its address is the
key) is always sent with ``Cache-Control: private, no-store`` and
``X-Robots-Tag: noindex``, so no proxy keeps it and no search engine lists
it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

from kb.core.http import mark_private

PRODID = "-//Vidensbanken//Kalender//DA"
CONTENT_TYPE = "text/calendar; charset=utf-8"
#: Appended to every UID, so UIDs are unique beyond this site.
UID_DOMAIN = "vidensbanken"


class Method:
    """The iTIP methods a calendar may carry (RFC 5546)."""

    PUBLISH = "PUBLISH"
    CANCEL = "CANCEL"


class Status:
    """VEVENT statuses (RFC 5545, 3.8.1.11)."""

    CONFIRMED = "CONFIRMED"
    TENTATIVE = "TENTATIVE"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT. ``start`` and ``end`` are aware datetimes; ``uid`` is
    stable for the object it describes (see :func:`uid`), so clients update
    an event rather than adding a second one."""

    uid: str
    start: dt.datetime
    end: dt.datetime
    summary: str
    description: str = ""
    url: str = ""
    location: str = ""
    status: str = Status.CONFIRMED
    categories: Sequence[str] = ()
    last_modified: dt.datetime | None = None
    #: ``CLASS:PRIVATE``: for members' or specialists' own calendars.
    private: bool = False
    #: Raise it whenever the event changes in a way a client must notice
    #: (a cancellation sent with METHOD:CANCEL needs a higher one).
    sequence: int = 0


def uid(kind: str, key: object) -> str:
    """A stable UID such as ``themeday-12@vidensbanken``."""
    return f"{kind}-{key}@{UID_DOMAIN}"


def build_calendar(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    method: str = Method.PUBLISH,
    prodid: str = PRODID,
) -> bytes:
    """An .ics file named ``name`` with one VEVENT per event.

    With ``method=Method.CANCEL`` every event is written as cancelled, so a
    client that receives it removes the events it holds under those UIDs.
    """
    local = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for event in events:
        calendar.add_component(_vevent(event, local=local, stamp=stamp, method=method))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _vevent(event: CalendarEvent, *, local: ZoneInfo, stamp, method: str) -> Event:
    if timezone.is_naive(event.start) or timezone.is_naive(event.end):
        raise ValueError(f"Event {event.uid} has a naive start or end.")
    entry = Event()
    entry.add("uid", event.uid)
    entry.add("dtstamp", stamp)
    entry.add("dtstart", event.start.astimezone(local))
    entry.add("dtend", event.end.astimezone(local))
    entry.add("summary", event.summary)
    if event.description:
        entry.add("description", event.description)
    if event.url:
        entry.add("url", event.url)
    if event.location:
        entry.add("location", event.location)
    status = Status.CANCELLED if method == Method.CANCEL else event.status
    entry.add("status", status)
    if event.sequence:
        entry.add("sequence", event.sequence)
    if event.last_modified is not None:
        entry.add("last-modified", event.last_modified)
    if event.categories:
        entry.add("categories", list(event.categories))
    if event.private:
        entry.add("class", "PRIVATE")
    return entry


def ics_filename(filename: str) -> str:
    """``filename`` with the ``.ics`` extension (added if missing)."""
    return filename if filename.lower().endswith(".ics") else f"{filename}.ics"


def ics_response(body: bytes, filename: str, *, private: bool) -> HttpResponse:
    """Serve ``body`` (from :func:`build_calendar`) as an inline ``.ics``.

    ``filename`` may contain æ, ø and å (sent as RFC 6266 ``filename*``).
    ``private=True`` for any feed whose address is its key: it is then never
    cached (``Cache-Control: private, no-store``) nor indexed
    (``X-Robots-Tag: noindex``).
    """
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        False, ics_filename(filename)
    )
    if private:
        mark_private(response)
        response["X-Robots-Tag"] = "noindex"
    return response
