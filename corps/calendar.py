"""A specialist's private iCalendar feed of their accepted and completed
bookings, written by the shared builder (:mod:`kb.core.ical`).

An event says only who booked and where ("Booking: Roskilde, Skolevej 1")
and links to the booking; the purpose and the case stay behind the login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from corps.models import BookingRequest, CalendarFeed, SpecialistPage
from kb.core import ical, tokens
from kb.core.site import absolute_url

PRODID = "-//Vidensbanken//Specialistkorps//DA"

#: How far back the feed reaches; older visits are left out.
HISTORY = dt.timedelta(days=365)


def specialist_for_token(token: str) -> SpecialistPage | None:
    """The specialist whose feed ``token`` opens, or ``None``."""
    feed = tokens.find_by_token(
        CalendarFeed.objects.select_related("specialist"), token
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


def booking_event(booking: BookingRequest) -> ical.CalendarEvent:
    url = absolute_url(booking.get_absolute_url())
    return ical.CalendarEvent(
        uid=ical.uid("booking", booking.reference),
        start=booking.start,
        end=booking.end,
        summary=event_summary(booking),
        description=url,
        url=url,
        last_modified=booking.updated_at,
    )


def build_feed(specialist: SpecialistPage, bookings: Iterable[BookingRequest]) -> bytes:
    """An .ics calendar with one VEVENT per booking."""
    return ical.build_calendar(
        [booking_event(booking) for booking in bookings],
        name=gettext("Bookinger: %(specialist)s") % {"specialist": specialist.title},
        prodid=PRODID,
    )
