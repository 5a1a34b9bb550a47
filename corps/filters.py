"""The specialist directory's filters: target group, focus area, the region
a specialist travels to (``region``) and the period they must be free in
(``fra``/``til``)."""

import datetime as dt

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from corps.models import CorpsIndexPage, SpecialistPage
from corps.queries import available_between
from kb.core import dates
from kb.taxonomy.filters import (
    TaxonomyFilterSet,
    listing_filter,
    slug_choice_filter,
)
from kb.taxonomy.models import Region


def period_bound(label, invalid_message) -> django_filters.DateFilter:
    """``fra`` or ``til``: a date field; both filter together, in
    :meth:`SpecialistFilterSet.filter_queryset`."""
    return django_filters.DateFilter(
        label=label,
        method="in_period",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[dates.validate_in_range],
        error_messages={"invalid": invalid_message},
    )


def whole_days(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The days ``first`` to ``last``, both included, as ``[start, end)`` in
    Danish time."""
    local = timezone.get_default_timezone()
    start = dt.datetime.combine(first, dt.time.min, tzinfo=local)
    end = dt.datetime.combine(dates.add_days(last, 1), dt.time.min, tzinfo=local)
    return start, end


class PeriodForm(forms.Form):
    """Checks ``fra``/``til`` together: when either is wrong, neither
    filters."""

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("fra"), cleaned.get("til")
        if first and last and last < first:
            self.add_error(None, _("Til-datoen må ikke ligge før fra-datoen."))
        if self.has_error("fra") or self.has_error("til") or self.non_field_errors():
            cleaned.pop("fra", None)
            cleaned.pop("til", None)
        return cleaned


@listing_filter(CorpsIndexPage)
class SpecialistFilterSet(TaxonomyFilterSet):
    """Whole days in Danish time, both included; one date alone means that
    one day. A specialist is free when bookable and neither booked nor
    unavailable at any time in the period."""

    region = slug_choice_filter(Region, "travel_regions", _("Rejser til region"))
    fra = period_bound(
        _("Ledig fra"), _("Skriv fra-datoen som en dato, fx 2025-03-14.")
    )
    til = period_bound(
        _("Ledig til og med"), _("Skriv til-datoen som en dato, fx 2025-03-14.")
    )

    class Meta:
        model = SpecialistPage
        fields = []
        form = PeriodForm

    def in_period(self, queryset, name, value):
        return queryset

    def period(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The chosen period as ``[start, end)``, or ``None`` when no valid
        dates are given."""
        if not self.is_bound:
            return None
        self.form.is_valid()
        first = self.form.cleaned_data.get("fra")
        last = self.form.cleaned_data.get("til")
        if not (first or last):
            return None
        return whole_days(first or last, last or first)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        period = self.period()
        if period is not None:
            queryset = available_between(queryset, *period)
        return queryset
