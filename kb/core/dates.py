"""The one range of dates the site accepts, stores and computes with.

A date a user can store or filter by lies between 1.1.2000 and 31.12.2100
(Danish dates). Outside it nothing on the site makes sense (no booking in
year 1, no theme day in 9999), and near the limits of Python's ``date`` the
arithmetic that reads a stored value (the day after, the conversion to UTC)
overflows and the page answers HTTP 500. So the rule is checked in forms
(:func:`validate_in_range`), in the model (the same validator) and in the
database (:func:`date_constraint` / :func:`moment_constraint`), and code
that computes with a date goes through :func:`add_days` / :func:`clamp`.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2100, 12, 31)

# The dates are Danish: a moment is in range from midnight starting EARLIEST
# to midnight ending LATEST (a whole-day period may end on that midnight).
_DANISH = zoneinfo.ZoneInfo("Europe/Copenhagen")
FIRST_MOMENT = dt.datetime.combine(EARLIEST, dt.time.min, tzinfo=_DANISH)
LAST_MOMENT = dt.datetime.combine(
    LATEST + dt.timedelta(days=1), dt.time.min, tzinfo=_DANISH
)

OUT_OF_RANGE = _("Datoen skal ligge mellem 1.1.2000 og 31.12.2100.")


def is_in_range(value: dt.date | dt.datetime) -> bool:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_DANISH)
        # Compare the wall-clock dates roughly first (any time zone is less
        # than a day off): comparing an aware moment in year 1 or 9999 with
        # another converts it to UTC, which can overflow.
        day = dt.timedelta(days=1)
        if not EARLIEST - day <= value.date() <= LATEST + 2 * day:
            return False
        return FIRST_MOMENT <= value <= LAST_MOMENT
    return EARLIEST <= value <= LATEST


def validate_in_range(value: dt.date | dt.datetime) -> None:
    """Validator for every date and datetime a user can store or filter by."""
    if value is not None and not is_in_range(value):
        raise ValidationError(OUT_OF_RANGE, code="date_out_of_range")


def date_constraint(field: str) -> models.CheckConstraint:
    """The database's copy of the rule, for a ``DateField``."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": EARLIEST, f"{field}__lte": LATEST}),
        name=f"%(app_label)s_%(class)s_{field}_in_range",
        violation_error_message=OUT_OF_RANGE,
    )


def moment_constraint(field: str) -> models.CheckConstraint:
    """The database's copy of the rule, for a ``DateTimeField``."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": FIRST_MOMENT, f"{field}__lte": LAST_MOMENT}),
        name=f"%(app_label)s_%(class)s_{field}_in_range",
        violation_error_message=OUT_OF_RANGE,
    )


def year_constraint(field: str) -> models.CheckConstraint:
    """The rule for a year stored as a number (a framework agreement's period)."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": EARLIEST.year, f"{field}__lte": LATEST.year}),
        name=f"%(app_label)s_%(class)s_{field}_in_range",
        violation_error_message=_("Årstallet skal ligge mellem 2000 og 2100."),
    )


def validate_year(value: int | None) -> None:
    if value is not None and not EARLIEST.year <= value <= LATEST.year:
        raise ValidationError(
            _("Årstallet skal ligge mellem 2000 og 2100."), code="year_out_of_range"
        )


def clamp(day: dt.date) -> dt.date:
    """``day``, moved into the range if it lies outside."""
    return min(max(day, EARLIEST), LATEST)


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days``, never beyond what ``date`` can hold: whatever a
    stored or typed value is, the page computing with it does not crash."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def guard_form_fields(form, *names: str) -> None:
    """Check the range on ``form``'s fields themselves, so an out-of-range
    value is a field error before ``clean()`` computes with it (a model
    field's validators only run after ``clean()``)."""
    for name in names:
        if validate_in_range not in form.fields[name].validators:
            form.fields[name].validators.append(validate_in_range)


# -- Migrations ---------------------------------------------------------------


def clamp_stored_moments(
    model, *fields: str, period: tuple[str, str] | None = None
) -> None:
    """Move stored datetimes outside the range to its limits, before the
    constraint is added (a deploy must not fail on an old out-of-range row).

    ``period=("start", "end")`` moves a period's ends together, so its end
    stays after its start (a constraint may demand it at every update): a
    period wholly before or after the range becomes its first or last hour.
    """
    objects = model.objects
    if period:
        start, end = period
        hour = dt.timedelta(hours=1)
        objects.filter(**{f"{end}__lte": FIRST_MOMENT}).update(
            **{start: FIRST_MOMENT, end: FIRST_MOMENT + hour}
        )
        objects.filter(**{f"{start}__gte": LAST_MOMENT - hour}).update(
            **{start: LAST_MOMENT - hour, end: LAST_MOMENT}
        )
    for field in fields:
        objects.filter(**{f"{field}__lt": FIRST_MOMENT}).update(**{field: FIRST_MOMENT})
        objects.filter(**{f"{field}__gt": LAST_MOMENT}).update(**{field: LAST_MOMENT})


def clamp_stored_dates(model, *fields: str):
    for field in fields:
        model.objects.filter(**{f"{field}__lt": EARLIEST}).update(**{field: EARLIEST})
        model.objects.filter(**{f"{field}__gt": LATEST}).update(**{field: LATEST})


def clamp_stored_years(model, *fields: str):
    for field in fields:
        model.objects.filter(**{f"{field}__lt": EARLIEST.year}).update(
            **{field: EARLIEST.year}
        )
        model.objects.filter(**{f"{field}__gt": LATEST.year}).update(
            **{field: LATEST.year}
        )
