"""Read-side questions about the corps: its queue, when a specialist is busy
(shown without saying who booked), who is free in a period, and how the
help was rated."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from django.db.models import Avg, Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from corps.models import (
    BookingRating,
    BookingRequest,
    BookingStatusChange,
    SpecialistPage,
    UnavailablePeriod,
)


@dataclass(frozen=True)
class Queue:
    open_requests: int
    specialist_open_requests: int
    typical_response: dt.timedelta | None


def queue_summary(specialist: SpecialistPage, *, window_days: int = 365) -> Queue:
    """Requests waiting for an answer, and the median time from request to
    answer over the last ``window_days``."""
    waiting = BookingRequest.objects.filter(status=BookingRequest.REQUESTED)
    since = timezone.now() - dt.timedelta(days=window_days)
    answers = (
        BookingStatusChange.objects.filter(
            from_status=BookingRequest.REQUESTED,
            to_status__in=(BookingRequest.ACCEPTED, BookingRequest.DECLINED),
            at__gte=since,
        )
        .select_related("booking")
        .order_by("-at")[:500]
    )
    delays = [answer.at - answer.booking.created_at for answer in answers]
    return Queue(
        open_requests=waiting.count(),
        specialist_open_requests=waiting.filter(specialist=specialist).count(),
        typical_response=statistics.median(delays) if delays else None,
    )


def describe_duration(duration: dt.timedelta | None) -> str:
    """A rough description: "ca. 3 timer", "ca. 2 dage"."""
    if duration is None:
        return ""
    hours = duration.total_seconds() / 3600
    if hours < 1:
        return gettext("under en time")
    if hours < 36:
        count = round(hours)
        return ngettext("ca. %(count)d time", "ca. %(count)d timer", count) % {
            "count": count
        }
    count = round(hours / 24)
    return ngettext("ca. %(count)d dag", "ca. %(count)d dage", count) % {
        "count": count
    }


def available_between(
    specialists: QuerySet[SpecialistPage], start: dt.datetime, end: dt.datetime
) -> QuerySet[SpecialistPage]:
    """Those of ``specialists`` who can be booked and have neither a busy
    booking nor an unavailable period overlapping ``[start, end)``."""
    busy = BookingRequest.objects.busy().overlapping(start, end).values("specialist")
    away = UnavailablePeriod.objects.overlapping(start, end).values("specialist")
    return specialists.filter(bookable=True).exclude(pk__in=busy).exclude(pk__in=away)


@dataclass(frozen=True)
class SpecialistRating:
    specialist: SpecialistPage
    average: float | None
    count: int


@dataclass(frozen=True)
class RatingSummary:
    """Average ratings per specialist and over them all."""

    specialists: list[SpecialistRating]
    average: float | None
    count: int


def rating_summary(specialists: QuerySet[SpecialistPage]) -> RatingSummary:
    """How the requesting organisations rated the help of ``specialists``
    (every specialist listed, also those not yet rated)."""
    per_specialist = {
        row["booking__specialist"]: row
        for row in BookingRating.objects.filter(booking__specialist__in=specialists)
        .values("booking__specialist")
        .annotate(average=Avg("score"), count=Count("pk"))
        .order_by()
    }
    overall = BookingRating.objects.filter(
        booking__specialist__in=specialists
    ).aggregate(average=Avg("score"), count=Count("pk"))
    rows = []
    for specialist in specialists.order_by("title"):
        row = per_specialist.get(specialist.pk, {})
        rows.append(
            SpecialistRating(specialist, row.get("average"), row.get("count", 0))
        )
    return RatingSummary(rows, overall["average"], overall["count"])
