"""Finding everything tagged with a target group or focus area, by type.

Content models opt in by subclassing :class:`Classified`; target group and focus
area pages and framework agreement pages ask this module instead of knowing
every app. Listing filters are in :mod:`kb.taxonomy.filters`.
"""

from typing import NamedTuple

from django.apps import apps
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from kb.core.slugs import danish_slugify
from kb.taxonomy.models import FocusArea, TargetGroup


class Classified:
    """Mixin for models tagged with target groups (and usually focus areas).

    ``listing_order`` orders the types on listing pages; ``summary_field``
    names the field shown under the title in listings and search results;
    ``title_ordering`` orders items by their title (so pages of a long list
    are stable).
    """

    listing_order = 100
    summary_field = "summary"
    title_ordering: tuple[str, ...] = ("title", "pk")

    def listing_summary(self) -> str:
        return getattr(self, self.summary_field, "") or ""

    @classmethod
    def for_agreement(cls, queryset: QuerySet, agreement) -> QuerySet:
        """What of ``queryset`` belongs to a framework agreement (its region
        and period); types shown on agreement pages narrow this."""
        return queryset

    @classmethod
    def visible_objects(cls) -> QuerySet:
        """What anonymous visitors may see: live, public pages (or all rows)."""
        manager = cls._default_manager
        if hasattr(manager, "live"):
            return manager.live().public()
        return manager.all()


def classified_models() -> list[type]:
    models = [m for m in apps.get_models() if issubclass(m, Classified)]
    return sorted(models, key=lambda m: (m.listing_order, m._meta.verbose_name))


class TaggedSection(NamedTuple):
    """One content type's share of a listing; ``label`` is its plural name."""

    model: type
    label: str
    items: QuerySet

    @property
    def key(self) -> str:
        """The type in a listing page's address (``?type=metoder``)."""
        return danish_slugify(str(self.model._meta.verbose_name_plural))


def tagged_with(
    tag: TargetGroup | FocusArea, *, models=None, include_empty: bool = False
) -> list[TaggedSection]:
    """Visible content tagged with ``tag``, one :class:`TaggedSection` per type.

    Types with nothing tagged are left out, unless ``include_empty`` (for
    callers that count each section anyway and can skip the extra query).
    """
    field = "target_groups" if isinstance(tag, TargetGroup) else "focus_areas"
    result = []
    for model in models or classified_models():
        if not hasattr(model, field):
            continue
        queryset = (
            model.visible_objects()
            .filter(**{field: tag})
            .distinct()
            .order_by(*model.title_ordering)
        )
        if include_empty or queryset.exists():
            label = model._meta.verbose_name_plural
            result.append(TaggedSection(model, label[:1].upper() + label[1:], queryset))
    return result


def count_distinct(queryset: QuerySet) -> int:
    """``queryset.count()`` for a ``distinct()`` queryset, comparing primary
    keys only instead of every column."""
    return queryset.values("pk").count()


def count_by_tag(
    queryset: QuerySet, field: str, tag_ids, **subsets: QuerySet
) -> dict[int, dict[str, int]]:
    """How many distinct items of ``queryset`` carry each of ``tag_ids``
    (``field`` names the tags: "target_groups" or "focus_areas"), in one
    query however many tags: ``{tag_id: {"total": n, name: m, ...}}``, where
    ``m`` counts those items that are also in the queryset ``subsets[name]``.
    Tags nothing carries are left out."""
    key = f"{field}__pk"
    counts = {"total": Count("pk", distinct=True)}
    for name, subset in subsets.items():
        counts[name] = Count("pk", distinct=True, filter=Q(pk__in=subset.values("pk")))
    rows = (
        queryset.filter(**{f"{field}__in": tag_ids})
        .order_by()  # a default ordering would split the groups
        .values(key)
        .annotate(**counts)
    )
    return {row.pop(key): row for row in rows}


def first_by_tag(queryset: QuerySet, field: str, tag_ids, size: int) -> dict:
    """The first ``size`` items of ``queryset`` in their model's
    ``title_ordering`` for each of ``tag_ids``, in one query however many
    tags (a row number per tag): ``{tag_id: [item, ...]}``."""
    model = queryset.model
    key = f"{field}__pk"
    ranked = (
        # Distinct items first: the queryset may join rows that repeat them.
        model._default_manager.filter(pk__in=queryset.values("pk"))
        .filter(**{f"{field}__in": tag_ids})
        .annotate(
            listed_tag=F(key),
            tag_rank=Window(
                RowNumber(),
                partition_by=F(key),
                order_by=list(model.title_ordering),
            ),
        )
        .filter(tag_rank__lte=size)
        .order_by()
    )
    result: dict = {}
    for item in sorted(ranked, key=lambda item: (item.listed_tag, item.tag_rank)):
        result.setdefault(item.listed_tag, []).append(item)
    return result
