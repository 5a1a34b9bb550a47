"""The listings' filters: networks by kind (``type``) and the calendar's
events, both by target group and focus area."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kb.taxonomy.filters import TaxonomyFilterSet, listing_filter
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage


@listing_filter(NetworkIndexPage)
class NetworkFilterSet(TaxonomyFilterSet):
    type = django_filters.ChoiceFilter(
        field_name="kind",
        choices=NetworkPage.Kind.choices,
        label=_("Type"),
        empty_label=_("Alle typer"),
    )

    class Meta:
        model = NetworkPage
        fields = []


@listing_filter(EventIndexPage)
class EventFilterSet(TaxonomyFilterSet):
    """The calendar's events, split into upcoming (soonest first) and past
    (latest first)."""

    class Meta:
        model = ThemeDayPage
        fields = []

    def upcoming(self):
        return self.qs.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.qs.filter(end__lt=timezone.now()).order_by("-start")
