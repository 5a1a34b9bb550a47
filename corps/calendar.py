"""A specialist's private iCalendar (RFC 5545) feed of their accepted and
completed bookings.

Times are written in Europe/Copenhagen with a VTIMEZONE, so calendar clients
show the right local time on both sides of a daylight-saving change. An
event says only who booked and where ("Booking: Roskilde, Skolevej 1") and
links to the booking; the purpose and the case stay behind the login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from corps.models import BookingRequest, CalendarFeed, SpecialistPage
from corps.models.feeds import hash_token
from corps.notifications import booking_url, site_root

PRODID = "-//Vidensbanken//Specialistkorps//DA"

#: How far back the feed reaches; older visits are left out.
HISTORY = dt.timedelta(days=365)


def specialist_for_token(token: str) -> SpecialistPage | None:
    """The specialist whose feed ``token`` opens, or ``None``."""
    feed = (
        CalendarFeed.objects.filter(token_hash=hash_token(token))
        .select_related("specialist")
        .first()
    )
    return feed.specialist if feed else None


def feed_bookings(specialist: SpecialistPage) -> QuerySet[BookingRequest]:
    """The bookings in ``specialist``'s feed: accepted and completed, from a
    year ago on."""
    return (
        specialist.bookings.busy()
        .filter(end__gte=timezone.now() - HISTORY)
        .select_related("municipality", "region", "offer")
        .order_by("start", "pk")
    )


def event_summary(booking: BookingRequest) -> str:
    return gettext("Booking: %(organisation)s, %(place)s") % {
        "organisation": booking.organisation,
        "place": booking.place,
    }


def build_feed(specialist: SpecialistPage, bookings: Iterable[BookingRequest]) -> bytes:
    """An .ics calendar with one VEVENT per booking."""
    local = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname",
        gettext("Bookinger: %(specialist)s") % {"specialist": specialist.title},
    )
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    root = site_root()
    for booking in bookings:
        url = booking_url(booking, root=root)
        event = Event()
        event.add("uid", f"booking-{booking.reference}@vidensbanken")
        event.add("dtstamp", stamp)
        event.add("dtstart", booking.start.astimezone(local))
        event.add("dtend", booking.end.astimezone(local))
        event.add("summary", event_summary(booking))
        event.add("description", url)
        event.add("url", url)
        event.add("status", "CONFIRMED")
        event.add("last-modified", booking.updated_at)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
