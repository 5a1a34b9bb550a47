"""Listing filters: the target group / focus area filters every listing
shares, and how an index page finds the FilterSet of its listing.

Each app declares its listings' FilterSets in its own ``filters.py``, which
imports the app's models and registers each FilterSet for its index page with
:func:`listing_filter`; ``kb.taxonomy`` imports those modules at start-up
(``autodiscover_modules("filters")``). An index page that subclasses
:class:`FilteredListingPage` asks :func:`filterset_for` for its FilterSet, so
models never import their app's filters and there is no import cycle.
"""

import django_filters
from django.db.models import QuerySet
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES

from kb.core.pagination import paginate
from kb.taxonomy.models import FocusArea, TargetGroup


def slug_choice_filter(vocabulary, field_name: str, label=None):
    """A ``<select>`` of ``vocabulary`` (a model with a ``slug``) by slug,
    filtering ``field_name``; an unknown slug is a form error and narrows
    nothing."""
    meta = vocabulary._meta
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        queryset=vocabulary.objects.all(),
        to_field_name="slug",
        label=label or capfirst(meta.verbose_name),
        empty_label=format_lazy(_("Alle {}"), meta.verbose_name_plural),
        distinct=True,
        error_messages={"invalid_choice": _("Vælg en af mulighederne på listen.")},
    )


class TaxonomyFilterSet(django_filters.FilterSet):
    """Base of every listing's FilterSet: ``malgruppe`` and ``fokusomraade``
    (slugs). Invalid input is shown as a form error and filters nothing."""

    malgruppe = slug_choice_filter(TargetGroup, "target_groups")
    fokusomraade = slug_choice_filter(FocusArea, "focus_areas")

    @property
    def is_filtered(self) -> bool:
        """Whether valid input narrows the listing."""
        if not self.is_bound:
            return False
        self.form.is_valid()
        return any(
            value not in EMPTY_VALUES for value in self.form.cleaned_data.values()
        )


_filtersets: dict[type, type[django_filters.FilterSet]] = {}


def listing_filter(page_model: type):
    """Class decorator: the FilterSet of ``page_model``'s listing."""

    def register(filterset_class):
        _filtersets[page_model] = filterset_class
        return filterset_class

    return register


def filterset_for(page_model: type) -> type[django_filters.FilterSet]:
    for model in page_model.__mro__:
        if model in _filtersets:
            return _filtersets[model]
    raise LookupError(f"No listing FilterSet is registered for {page_model.__name__}.")


class FilteredListingPage:
    """Mixin for an index page listing pages narrowed by GET parameters.

    The listing is this page's live, public children of the FilterSet's model
    in ``listing_ordering`` (override :meth:`listing_queryset` for others,
    e.g. to fetch what each card shows in a bounded number of queries). The
    template gets one page of it (:func:`kb.core.pagination.paginate`, the
    filters kept in the page links) as ``listing_name`` and ``items``, the
    paging as ``page_obj`` and ``query_string`` (for
    ``includes/pagination.html``) and the FilterSet as ``filterset`` (for
    ``includes/filter_form.html``).
    """

    listing_name = "items"
    listing_ordering: tuple[str, ...] = ("title",)

    def listing_queryset(self) -> QuerySet:
        model = filterset_for(type(self))._meta.model
        return (
            model.objects.child_of(self)
            .live()
            .public()
            .order_by(*self.listing_ordering)
        )

    def get_filterset(self, params=None):
        """The FilterSet bound to ``params`` (a QueryDict or a dict)."""
        filterset_class = filterset_for(type(self))
        return filterset_class(params or {}, queryset=self.listing_queryset())

    def get_listing(self, params=None) -> QuerySet:
        return self.get_filterset(params).qs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request.GET)
        context["filterset"] = filterset
        context.update(self.paged_listing(filterset, request.GET))
        return context

    def paged_listing(self, filterset, params) -> dict:
        """Context for one page of the filtered listing: under the page's
        own name for its template, and as ``items`` for the shared listing
        template (templates/listing_page.html)."""
        paging = paginate(filterset.qs, params)
        return {
            self.listing_name: paging.items,
            "items": paging.items,
            "page_obj": paging.page_obj,
            "query_string": paging.query_string,
        }
