"""The contract every search backend fulfils.

Views, templates and management commands only talk to this interface (through
:mod:`search.backends`), so they never know whether Elasticsearch or the
database answered. A backend raises :class:`SearchUnavailable` when its
service cannot answer; the caller decides what to fall back to.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from search.registry import registry

# Facets in the order the search page shows them.
FACETS = [
    "content_type",
    "target_groups",
    "focus_areas",
    "regions",
    "evidence_level",
    "event_time",
]
FACET_LABELS = {
    "content_type": _("Type"),
    "target_groups": _("Målgruppe"),
    "focus_areas": _("Fokusområde"),
    "regions": _("Region"),
    "evidence_level": _("Evidensniveau"),
    "event_time": _("Arrangementer"),
}
EVENT_TIMES = {"upcoming": _("Kommende"), "past": _("Afholdte")}


class SearchUnavailable(Exception):
    """The backend's service is down, timed out or refused the request."""


class SearchTimeout(Exception):
    """The search took longer than ``KB_SEARCH_TIMEOUT_MS`` and was stopped.
    Not :class:`SearchUnavailable`: the service answers, this query is too
    heavy, so falling back to another backend would not help."""


@dataclass(frozen=True)
class SearchQuery:
    """What a person asked for: text, selected facet values, sort and page."""

    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    now: dt.datetime | None = None  # "upcoming" is relative to this instant

    def selected(self, facet: str) -> tuple[str, ...]:
        return self.filters.get(facet, ())

    def without(self, facet: str) -> "SearchQuery":
        return replace(
            self, filters={k: v for k, v in self.filters.items() if k != facet}
        )

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class SearchHit:
    doc_id: str
    content_type: str
    content_type_label: str
    title: str
    url: str
    summary: str
    highlight: SafeString | str
    target_groups: list[str]
    focus_areas: list[str]
    date: dt.datetime | None
    event_end: dt.datetime | None
    evidence_level: int | None
    score: float = 0.0

    @property
    def evidence_label(self) -> str:
        """The level's name ("2 – Teoretisk begrundet"), as the types
        declare it."""
        if self.evidence_level is None:
            return ""
        labels = registry.facet_labels("evidence_level")
        return labels.get(str(self.evidence_level), str(self.evidence_level))


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list[SearchHit]
    total: int
    facets: dict[str, list[FacetValue]]
    backend: str
    notice: str = ""
    # Set when misspelt words were replaced: what the person typed.
    corrected_from: str = ""
    corrected_to: str = ""

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


@dataclass
class Suggestion:
    label: str
    url: str
    kind: str
    doc_id: str = ""


Progress = Callable[[int, int], None]


class BaseSearchBackend:
    """Index documents and answer queries.

    Subclasses implement every method below. ``documents`` are the flat dicts
    of :meth:`search.registry.SearchRegistry.build_document` (keys of
    :data:`search.registry.DOCUMENT_FIELDS`); content type labels come from
    :data:`search.registry.registry`.
    """

    name = "base"

    def __init__(self, alias: str, params: dict):
        self.alias = alias
        self.params = params

    def is_available(self) -> bool:
        """Whether the service behind the backend answers (for the health
        endpoint); quick, never raises."""
        return True

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[Suggestion]:
        raise NotImplementedError

    def related(self, doc_id: str, *, limit: int = 4) -> list[SearchHit]:
        raise NotImplementedError

    def index_document(self, document: dict) -> None:
        raise NotImplementedError

    def remove_document(self, doc_id: str) -> None:
        raise NotImplementedError

    def rebuild(
        self, documents: Iterable[dict], *, total: int, progress: Progress | None = None
    ) -> int:
        """Replace the whole index; searches keep answering meanwhile."""
        raise NotImplementedError

    def document_ids(self) -> set[str]:
        """Every id in the index (used by checks and tests)."""
        raise NotImplementedError


def as_datetime(value) -> dt.datetime | None:
    """A stored date back as a datetime (Elasticsearch returns strings)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def batches(items: Iterable, size: int):
    """``items`` in lists of ``size`` (the last may be shorter), for the
    rebuilds' bulk writes."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
