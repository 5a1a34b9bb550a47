"""What is searchable and how each content type becomes one flat document.

Both backends index exactly these documents: the Elasticsearch backend as
:class:`ContentDocument` (elasticsearch-dsl), the database backend as
:class:`search.models.IndexEntry` rows. Only live, public pages are
indexable; drafts and private pages never are.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from elasticsearch_dsl import (
    Date,
    Document,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)
from wagtail.models import Page


@dataclass(frozen=True)
class SearchableType:
    key: str
    label: str
    model_label: str

    @property
    def model(self):
        return apps.get_model(self.model_label)


SEARCHABLE_TYPES = [
    SearchableType("method", _("Metode"), "methods.MethodPage"),
    SearchableType("evidence", _("Evidens"), "methods.EvidencePage"),
    SearchableType("event", _("Arrangement"), "networks.ThemeDayPage"),
    SearchableType("network", _("Netværk"), "networks.NetworkPage"),
    SearchableType("specialist", _("Specialist"), "corps.SpecialistPage"),
    SearchableType("offer", _("Tilbud"), "offers.Offer"),
    SearchableType("agreement", _("Rammeaftale"), "agreements.FrameworkAgreementPage"),
]
TYPES_BY_KEY = {t.key: t for t in SEARCHABLE_TYPES}


def searchable_type_for(obj) -> SearchableType | None:
    label = obj._meta.label
    return next((t for t in SEARCHABLE_TYPES if t.model_label == label), None)


def document_id(obj) -> str | None:
    kind = searchable_type_for(obj)
    return f"{kind.key}-{obj.pk}" if kind else None


def is_indexable(obj) -> bool:
    if searchable_type_for(obj) is None:
        return False
    if isinstance(obj, Page):
        return obj.live and not obj.get_view_restrictions().exists()
    return True


def indexable_queryset(kind: SearchableType):
    manager = kind.model._default_manager
    if issubclass(kind.model, Page):
        return manager.live().public().order_by("pk")
    return manager.order_by("pk")


def indexable_objects() -> Iterator:
    for kind in SEARCHABLE_TYPES:
        yield from indexable_queryset(kind).iterator(chunk_size=200)


def count_indexable() -> int:
    return sum(indexable_queryset(kind).count() for kind in SEARCHABLE_TYPES)


def _text(*parts) -> str:
    return "\n".join(strip_tags(str(p)) for p in parts if p)


def _stream_text(stream) -> str:
    """Plain text of a StreamField's blocks (struct values joined)."""
    out = []
    for block in stream or []:
        value = block.value
        if hasattr(value, "items"):
            out.extend(str(v) for v in value.values() if v and not hasattr(v, "pk"))
        else:
            out.append(
                strip_tags(str(value.source if hasattr(value, "source") else value))
            )
    return "\n".join(out)


def _tags(manager) -> tuple[list[str], list[str]]:
    tags = list(manager.all())
    return [t.slug for t in tags], [t.name for t in tags]


def build_document(obj) -> dict:
    """The flat, backend-neutral document for ``obj``."""
    kind = searchable_type_for(obj)
    doc = {
        "doc_id": f"{kind.key}-{obj.pk}",
        "content_type": kind.key,
        "object_id": obj.pk,
        "title": obj.title,
        "url": obj.get_url() or "",
        "summary": obj.listing_summary() if hasattr(obj, "listing_summary") else "",
        "body": "",
        "target_groups": [],
        "target_group_names": [],
        "focus_areas": [],
        "focus_area_names": [],
        "regions": [],
        "evidence_level": None,
        "date": getattr(obj, "last_published_at", None),
        "event_end": None,
    }
    if hasattr(obj, "target_groups"):
        doc["target_groups"], doc["target_group_names"] = _tags(obj.target_groups)
    if hasattr(obj, "focus_areas"):
        doc["focus_areas"], doc["focus_area_names"] = _tags(obj.focus_areas)
    BUILDERS[kind.key](obj, doc)
    return doc


def _method(obj, doc):
    doc["evidence_level"] = obj.evidence_level
    doc["body"] = _text(
        obj.purpose,
        obj.description,
        _stream_text(obj.core_elements),
        obj.delivered_by,
        obj.legal_basis,
        obj.measurement,
        obj.practice_use,
        obj.competences,
        obj.organisation,
        " ".join(t.name for t in obj.keywords.all()),
    )


def _evidence(obj, doc):
    doc["evidence_level"] = obj.evidence_level
    doc["body"] = _text(obj.findings, obj.publisher, obj.get_evidence_type_display())


def _event(obj, doc):
    doc["date"] = obj.start
    doc["event_end"] = obj.end
    doc["body"] = _text(
        obj.audience,
        obj.organiser,
        obj.location,
        _stream_text(obj.programme),
        _stream_text(obj.body),
    )


def _network(obj, doc):
    doc["regions"] = [obj.region.slug] if obj.region else []
    doc["body"] = _text(
        obj.description, obj.member_organisations, _stream_text(obj.body)
    )


def _specialist(obj, doc):
    doc["regions"] = [r.slug for r in obj.travel_regions.all()]
    doc["body"] = _text(obj.profession, obj.bio, obj.home_offer.name, obj.languages)


def _offer(obj, doc):
    doc["date"] = None
    doc["regions"] = [obj.region.slug]
    doc["body"] = _text(obj.kind, obj.operator, obj.municipality)


def _agreement(obj, doc):
    entries = list(obj.focus_area_entries.select_related("focus_area"))
    doc["summary"] = obj.intro
    doc["regions"] = [obj.region.slug]
    doc["focus_areas"] = [e.focus_area.slug for e in entries]
    doc["focus_area_names"] = [e.focus_area.name for e in entries]
    doc["body"] = _text(
        obj.vision,
        *(_text(e.goal, e.themes, e.actions, e.success_criteria) for e in entries),
    )


BUILDERS = {
    "method": _method,
    "evidence": _evidence,
    "event": _event,
    "network": _network,
    "specialist": _specialist,
    "offer": _offer,
    "agreement": _agreement,
}


# --- Elasticsearch -----------------------------------------------------------

danish_stop = token_filter("kb_danish_stop", "stop", stopwords="_danish_")
danish_hunspell = token_filter(
    "kb_danish_hunspell", "hunspell", locale="da_DK", dedup=True
)


def danish_text_analyzer():
    """The analyzer for Danish text fields, chosen by ELASTICSEARCH_ANALYZER.

    ``hunspell`` (default): standard tokenizer, lowercase, Danish stopwords and
    hunspell stemming with the da_DK dictionary (the node needs it in
    ``config/hunspell/da_DK``; scripts/elasticsearch installs it). ``danish``:
    Elasticsearch's built-in Danish analyzer (needs the analysis-common
    module). ``standard``: no stemming, for nodes with neither.
    """
    kind = settings.ELASTICSEARCH_ANALYZER
    if kind == "danish":
        return "danish"
    filters = ["lowercase", danish_stop]
    if kind == "hunspell":
        filters.append(danish_hunspell)
    return analyzer("kb_danish", tokenizer="standard", filter=filters)


# Prefix matching must not be stemmed: hunspell rewrites "hjeml" to "hjemle".
prefix_analyzer = analyzer("kb_prefix", tokenizer="standard", filter=["lowercase"])
DANISH = danish_text_analyzer()


class ContentDocument(Document):
    content_type = Keyword()
    object_id = Integer()
    title = Text(
        analyzer=DANISH,
        fields={"prefix": Text(analyzer=prefix_analyzer), "raw": Keyword()},
    )
    url = Keyword(index=False)
    summary = Text(analyzer=DANISH)
    body = Text(analyzer=DANISH)
    target_groups = Keyword()
    target_group_names = Text(analyzer=DANISH)
    focus_areas = Keyword()
    focus_area_names = Text(analyzer=DANISH)
    regions = Keyword()
    evidence_level = Integer()
    date = Date(default_timezone=settings.TIME_ZONE)
    event_end = Date(default_timezone=settings.TIME_ZONE)

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_document(cls, document: dict, *, index: str) -> "ContentDocument":
        fields = {k: v for k, v in document.items() if k != "doc_id"}
        return cls(meta={"id": document["doc_id"], "index": index}, **fields)


def as_datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
