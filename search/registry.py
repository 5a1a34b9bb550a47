"""What is searchable, declared by the app that owns it.

Each app describes how its content types become search documents in its own
``<app>/search_documents.py``, which :class:`search.apps.SearchConfig`
imports at start-up (``autodiscover_modules("search_documents")``)::

    from search.registry import SearchDocument, register, tags, text

    @register
    class MethodDocument(SearchDocument):
        model = MethodPage
        key = "method"  # doc ids are "method-<pk>"; the type facet's value
        label = _("Metode")  # the type facet's label
        order = 10  # position among the types (rebuild order)
        autocomplete = True  # offered as search-as-you-type suggestions
        facet_labels = {"evidence_level": EvidenceLevel.choices}

        def fields(self, obj):
            return {"title": obj.title, "body": text(obj.purpose), ...}

Everything else in :mod:`search` (backends, signal handlers, the rebuild
command, facets, views) asks :data:`registry` and never names a model. Both
backends index exactly the flat documents :meth:`SearchRegistry.build_document`
returns: a dict with the keys of :data:`DOCUMENT_FIELDS`.
"""

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.html import strip_tags
from wagtail.models import Page

# Every field of a search document and its value when a type has none. The
# registry fills doc_id, content_type and object_id; a declaration's
# fields() returns the rest (at least title and url).
DOCUMENT_FIELDS: dict[str, Any] = {
    "doc_id": "",
    "content_type": "",
    "object_id": None,
    "title": "",
    "url": "",
    "summary": "",  # shown under the title in results and highlighted
    "body": "",  # searched and highlighted, never shown whole
    "target_groups": [],  # slugs (facet)
    "target_group_names": [],  # searched
    "focus_areas": [],  # slugs (facet)
    "focus_area_names": [],  # searched
    "regions": [],  # slugs (facet)
    "evidence_level": None,  # int (facet)
    "date": None,  # datetime; "newest first" sorting
    "event_end": None,  # datetime; set for events only ("upcoming"/"past" facet)
}
REGISTRY_FIELDS = ("doc_id", "content_type", "object_id")


class SearchDocument:
    """How one model becomes search documents. Subclass it in the owning
    app's ``search_documents.py`` and decorate the subclass with
    :func:`register`.

    Pages are indexable while live and without view restrictions; other
    models always. Override :meth:`get_queryset` and :meth:`is_indexable`
    together to change that.
    """

    model: ClassVar[type[models.Model]]
    key: ClassVar[str]
    label: ClassVar[str]
    order: ClassVar[int] = 100
    autocomplete: ClassVar[bool] = False
    # facet name -> (value, label) pairs for values this type contributes.
    facet_labels: ClassVar[Mapping[str, Iterable[tuple[Any, str]]]] = {}

    def fields(self, obj) -> dict[str, Any]:
        """The document's fields for ``obj`` (keys of :data:`DOCUMENT_FIELDS`
        except doc_id, content_type and object_id); missing keys get their
        defaults."""
        raise NotImplementedError

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    def get_queryset(self) -> models.QuerySet:
        """Every object that may be found, in a stable order."""
        manager = self.model._default_manager
        if self.is_page:
            return manager.live().public().order_by("pk")
        return manager.order_by("pk")

    def is_indexable(self, obj) -> bool:
        if isinstance(obj, Page):
            return obj.live and not obj.get_view_restrictions().exists()
        return True

    def document_id(self, obj) -> str:
        return f"{self.key}-{obj.pk}"

    def build(self, obj) -> dict[str, Any]:
        fields = self.fields(obj)
        unknown = {
            name
            for name in fields
            if name not in DOCUMENT_FIELDS or name in REGISTRY_FIELDS
        }
        if unknown:
            raise ImproperlyConfigured(
                f"{type(self).__name__}.fields() returned unknown or reserved "
                f"fields: {', '.join(sorted(unknown))}"
            )
        document = {
            name: list(default) if isinstance(default, list) else default
            for name, default in DOCUMENT_FIELDS.items()
        }
        document.update(fields)
        document.update(
            doc_id=self.document_id(obj), content_type=self.key, object_id=obj.pk
        )
        return document


class SearchRegistry:
    """The searchable content types, filled by the apps' declarations."""

    def __init__(self):
        self._by_key: dict[str, SearchDocument] = {}
        self._by_model: dict[str, SearchDocument] = {}

    def register(self, declaration: type[SearchDocument]) -> type[SearchDocument]:
        """Class decorator: make ``declaration``'s model searchable."""
        instance = declaration()
        label = declaration.model._meta.label
        if declaration.key in self._by_key or label in self._by_model:
            raise ImproperlyConfigured(
                f"{label} ({declaration.key!r}) is registered for search twice."
            )
        if len(declaration.key) > 20 or "-" in declaration.key:
            raise ImproperlyConfigured(
                f"Search key {declaration.key!r}: at most 20 characters, no '-'."
            )
        self._by_key[declaration.key] = instance
        self._by_model[label] = instance
        return declaration

    def unregister(self, declaration: type[SearchDocument]) -> None:
        """Remove a declaration (tests)."""
        self._by_key.pop(declaration.key, None)
        self._by_model.pop(declaration.model._meta.label, None)

    # --- the types -----------------------------------------------------------

    def types(self) -> list[SearchDocument]:
        return sorted(self._by_key.values(), key=lambda t: (t.order, t.key))

    def get(self, key: str) -> SearchDocument:
        return self._by_key[key]

    def label(self, key: str) -> str:
        return str(self._by_key[key].label)

    def for_object(self, obj) -> SearchDocument | None:
        """The declaration for ``obj``'s exact class (a generic ``Page`` that
        is not ``.specific`` has none)."""
        return self._by_model.get(obj._meta.label)

    def autocomplete_keys(self) -> list[str]:
        return [t.key for t in self.types() if t.autocomplete]

    def facet_labels(self, facet: str) -> dict[str, str]:
        """Labels of the values the types contribute to ``facet``, keyed by
        the value as a string."""
        labels = {}
        for kind in self.types():
            for value, label in kind.facet_labels.get(facet, ()):
                labels[str(value)] = str(label)
        return labels

    # --- documents -------------------------------------------------------------

    def document_id(self, obj) -> str | None:
        kind = self.for_object(obj)
        return kind.document_id(obj) if kind else None

    def object_for_document_id(self, doc_id: str):
        """The object behind ``doc_id`` (specific, for pages), or None when
        it no longer exists or its type is not registered."""
        key, _, pk = doc_id.rpartition("-")
        kind = self._by_key.get(key)
        if kind is None or not pk.isdigit():
            return None
        obj = kind.model._default_manager.filter(pk=pk).first()
        return obj.specific if obj is not None and kind.is_page else obj

    def findable_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """The ``doc_ids`` whose objects may be found now, by the database's
        account (live and public pages; existing objects): what every
        search answer is checked against before it is shown. One query per
        content type among them."""
        wanted: dict[str, dict[int, str]] = {}
        for doc_id in doc_ids:
            key, _, pk = doc_id.rpartition("-")
            if key in self._by_key and pk.isdigit():
                wanted.setdefault(key, {})[int(pk)] = doc_id
        found = set()
        for key, by_pk in wanted.items():
            pks = self._by_key[key].get_queryset().filter(pk__in=by_pk)
            found.update(by_pk[pk] for pk in pks.values_list("pk", flat=True))
        return found

    def is_indexable(self, obj) -> bool:
        kind = self.for_object(obj)
        return kind is not None and kind.is_indexable(obj)

    def build_document(self, obj) -> dict[str, Any]:
        """The flat, backend-neutral document for ``obj``."""
        kind = self.for_object(obj)
        if kind is None:
            raise LookupError(f"{obj._meta.label} is not registered for search.")
        return kind.build(obj)

    def indexable_objects(self) -> Iterator:
        for kind in self.types():
            yield from kind.get_queryset().iterator(chunk_size=200)

    def indexable_documents(self) -> Iterator[dict[str, Any]]:
        return (self.build_document(obj) for obj in self.indexable_objects())

    def count_indexable(self) -> int:
        return sum(kind.get_queryset().count() for kind in self.types())


registry = SearchRegistry()
register = registry.register


# --- helpers for declarations ---------------------------------------------------


def text(*parts) -> str:
    """The non-empty parts as plain text, one per line."""
    return "\n".join(strip_tags(str(p)) for p in parts if p)


def _plain(value) -> str:
    """A block value as a reader would write it: times as "11:00", not the
    "11:00:00" that ``str()`` gives."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def stream_text(stream) -> str:
    """Plain text of a StreamField's blocks (struct values joined)."""
    out = []
    for block in stream or []:
        value = block.value
        if hasattr(value, "items"):
            out.extend(_plain(v) for v in value.values() if v and not hasattr(v, "pk"))
        else:
            out.append(
                strip_tags(str(value.source if hasattr(value, "source") else value))
            )
    return "\n".join(out)


def tags(manager) -> tuple[list[str], list[str]]:
    """Slugs and names of a tag manager's or relation's objects."""
    items = list(manager.all())
    return [t.slug for t in items], [t.name for t in items]


def taxonomy(obj) -> dict[str, list[str]]:
    """The target group and focus area fields of a classified object."""
    fields = {}
    fields["target_groups"], fields["target_group_names"] = tags(obj.target_groups)
    fields["focus_areas"], fields["focus_area_names"] = tags(obj.focus_areas)
    return fields
