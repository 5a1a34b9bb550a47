"""Finding everything tagged with a target group or focus area, by type.

Content models opt in by subclassing :class:`Classified`; target group and focus
area pages and framework agreement pages ask this module instead of knowing
every app. Listing filters are in :mod:`kb.taxonomy.filters`.
"""

from typing import NamedTuple

from django.apps import apps
from django.db.models import QuerySet

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
