"""The activity report: what was held in a period, per framework agreement
and focus area, like the yearly summaries of the framework agreements."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from wagtail.models import PageViewRestriction

from agreements.models import FrameworkAgreementPage
from kb.core import dates
from kb.taxonomy.models import FocusArea
from networks.models import EventRegistration, ThemeDayPage
from networks.permissions import event_policy


@dataclass
class ReportRow:
    event: ThemeDayPage
    focus_areas: list[str]
    #: The number the editor typed in (``participant_count``), if any.
    participants: int | None
    #: Confirmed registrations on the site.
    registered: int = 0
    #: How many of them came, or None while the organiser has not recorded
    #: attendance on the participant list.
    attended: int | None = None

    @property
    def attendance_marked(self) -> bool:
        return self.attended is not None


@dataclass
class ActivityReport:
    start: dt.date
    end: dt.date
    rows: list[ReportRow] = field(default_factory=list)
    #: Private events held in the period that the viewer may not open: left
    #: out of the rows and the totals, only counted.
    hidden_count: int = 0

    @property
    def event_count(self) -> int:
        return len(self.rows)

    @property
    def participant_total(self) -> int:
        return sum(row.participants or 0 for row in self.rows)

    @property
    def registered_total(self) -> int:
        return sum(row.registered for row in self.rows)

    @property
    def attended_total(self) -> int:
        return sum(row.attended or 0 for row in self.rows)

    @property
    def attendance_marked_count(self) -> int:
        """Events whose attendance the organiser has recorded."""
        return sum(1 for row in self.rows if row.attendance_marked)

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
        start__lt=dt.datetime.combine(dates.add_days(end, 1), dt.time.min, tzinfo=tz),
    )
    if agreement is not None:
        events = events.filter(framework_agreement=agreement)
    if focus_area is not None:
        events = events.filter(focus_areas=focus_area)
    return events.distinct().order_by("start")


def attendance_by_event(event_ids) -> dict[int, dict]:
    """Per event: confirmed registrations (``registered``), how many of them
    came (``came``) and how many the organiser has marked either way
    (``marked``)."""
    return {
        row["event"]: row
        for row in EventRegistration.objects.filter(
            event__in=event_ids, status=EventRegistration.Status.CONFIRMED
        )
        .order_by()
        .values("event")
        .annotate(
            registered=Count("pk"),
            came=Count("pk", filter=Q(attended=True)),
            marked=Count("pk", filter=Q(attended__isnull=False)),
        )
    }


def may_open(request, event, restrictions) -> bool:
    """Whether the person behind ``request`` may open ``event``: it has no
    view restriction (on itself or an ancestor, e.g. a private network), the
    person passes every one as Wagtail would when serving the page, or they
    may edit the page or organise the event anyway."""
    applicable = [r for r in restrictions if event.path.startswith(r.page.path)]
    if all(restriction.accept_request(request) for restriction in applicable):
        return True
    user = request.user
    return event.permissions_for_user(
        user
    ).can_edit() or event_policy.user_has_permission_for_instance(
        user, "view_participants", event
    )


def activity_report(
    start: dt.date, end: dt.date, *, request=None, **filters
) -> ActivityReport:
    """The report for the period; given the viewer's ``request``, only the
    events they may open (a private theme day is counted in
    ``hidden_count``, never named)."""
    report = ActivityReport(start=start, end=end)
    events = list(held_events(start, end, **filters).prefetch_related("focus_areas"))
    if request is not None:
        restrictions = list(
            PageViewRestriction.objects.select_related("page").prefetch_related(
                "groups"
            )
        )
        visible = [e for e in events if may_open(request, e, restrictions)]
        report.hidden_count = len(events) - len(visible)
        events = visible
    attendance = attendance_by_event([event.pk for event in events])
    for event in events:
        counts = attendance.get(event.pk, {})
        report.rows.append(
            ReportRow(
                event=event,
                focus_areas=sorted(area.name for area in event.focus_areas.all()),
                participants=event.participant_count,
                registered=counts.get("registered", 0),
                attended=counts["came"] if counts.get("marked") else None,
            )
        )
    return report
