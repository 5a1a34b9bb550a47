"""The activity report: what was held in a period, per framework agreement
and focus area, like the yearly summaries of the framework agreements."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from agreements.models import FrameworkAgreementPage
from kb.taxonomy.models import FocusArea
from networks.models import ThemeDayPage


@dataclass
class ReportRow:
    event: ThemeDayPage
    focus_areas: list[str]
    participants: int | None


@dataclass
class ActivityReport:
    start: dt.date
    end: dt.date
    rows: list[ReportRow] = field(default_factory=list)

    @property
    def event_count(self) -> int:
        return len(self.rows)

    @property
    def participant_total(self) -> int:
        return sum(row.participants or 0 for row in self.rows)

    def by_focus_area(self) -> list[tuple[str, int, int]]:
        """(focus area, events, participants), most active first; an event
        counts once for every focus area it is tagged with."""
        totals: dict[str, list[int]] = {}
        for row in self.rows:
            for name in row.focus_areas or ["Uden fokusområde"]:
                entry = totals.setdefault(name, [0, 0])
                entry[0] += 1
                entry[1] += row.participants or 0
        return sorted(
            ((name, n, p) for name, (n, p) in totals.items()),
            key=lambda t: (-t[1], t[0]),
        )


def held_events(
    start: dt.date,
    end: dt.date,
    *,
    agreement: FrameworkAgreementPage | None = None,
    focus_area: FocusArea | None = None,
) -> QuerySet:
    """Live, not cancelled events that started within [start, end] (local dates)."""
    tz = timezone.get_current_timezone()
    events = ThemeDayPage.objects.live().filter(
        is_cancelled=False,
        start__gte=dt.datetime.combine(start, dt.time.min, tzinfo=tz),
        start__lt=dt.datetime.combine(
            end + dt.timedelta(days=1), dt.time.min, tzinfo=tz
        ),
    )
    if agreement is not None:
        events = events.filter(framework_agreement=agreement)
    if focus_area is not None:
        events = events.filter(focus_areas=focus_area)
    return events.distinct().order_by("start")


def activity_report(start: dt.date, end: dt.date, **filters) -> ActivityReport:
    report = ActivityReport(start=start, end=end)
    for event in held_events(start, end, **filters).prefetch_related("focus_areas"):
        report.rows.append(
            ReportRow(
                event=event,
                focus_areas=sorted(area.name for area in event.focus_areas.all()),
                participants=event.participant_count,
            )
        )
    return report
