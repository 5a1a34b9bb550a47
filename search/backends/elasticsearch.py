"""Search answered by Elasticsearch 8 through elasticsearch-dsl.

The index is versioned (``<INDEX>-<timestamp>``) behind an alias named
``<INDEX>``: a rebuild fills a new index and swaps the alias atomically, so
searches keep answering and a failed rebuild leaves the old index serving.
Incremental updates go to every versioned index, so one made during a
rebuild lands in both the old and the new index.
"""

import datetime as dt
import logging
from collections.abc import Iterable

from django.utils.safestring import mark_safe
from elasticsearch import (
    ApiError,
    ConnectionError,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.helpers import BulkIndexError, streaming_bulk
from elasticsearch_dsl import FacetedSearch, Q, RangeFacet, Search, TermsFacet

from search.backends.base import (
    BaseSearchBackend,
    Progress,
    SearchHit,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
    Suggestion,
)
from search.documents import TYPES_BY_KEY, ContentDocument, as_datetime
from search.facets import label_facets
from search.text import parse_query

logger = logging.getLogger(__name__)

TEXT_FIELDS = [
    "title^4",
    "summary^2",
    "body",
    "target_group_names^2",
    "focus_area_names^2",
]
HIGHLIGHT_FIELDS = ("summary", "body")
# Typo tolerance: none under 5 letters, one edit up to 7, two from 8.
FUZZINESS = "AUTO:5,8"
UNAVAILABLE = (ConnectionError, TransportError, ApiError, BulkIndexError)


class ContentSearch(FacetedSearch):
    """Faceted search over :class:`ContentDocument`; facet counts honour the
    other selected facets (FacetedSearch filters each aggregation by all
    filters but its own)."""

    fields = TEXT_FIELDS

    def __init__(self, query: SearchQuery, *, client: Elasticsearch, index: str):
        self.using = client
        self.index = index
        now = query.now
        self.facets = {
            "content_type": TermsFacet(field="content_type", size=20),
            "target_groups": TermsFacet(field="target_groups", size=100),
            "focus_areas": TermsFacet(field="focus_areas", size=100),
            "regions": TermsFacet(field="regions", size=10),
            "evidence_level": TermsFacet(field="evidence_level", size=10),
            "event_time": RangeFacet(
                field="event_end",
                ranges=[
                    ("past", (None, now.isoformat())),
                    ("upcoming", (now.isoformat(), None)),
                ],
            ),
        }
        self.kb_query = query
        filters = {k: list(v) for k, v in query.filters.items() if k in self.facets}
        if "evidence_level" in filters:
            filters["evidence_level"] = [
                int(v) for v in filters["evidence_level"] if v.isdigit()
            ]
        sort = (
            ["_score"]
            if query.sort != "date"
            else [{"date": {"order": "desc", "missing": "_last"}}, "title.raw"]
        )
        super().__init__(query.text or None, filters=filters, sort=sort)

    def query(self, search, text):
        query = text_query(text, fuzzy=True)
        return search.query(query) if query else search

    def highlight(self, search):
        # Highlight what matched without typo expansion: re-expanding fuzzy
        # terms in the highlighter costs hundreds of milliseconds.
        exact = text_query(self._query or "", fuzzy=False)
        options = {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fragment_size": 200,
            "number_of_fragments": 1,
        }
        if exact:
            options["highlight_query"] = exact.to_dict()
        return search.highlight_options(**options).highlight(*HIGHLIGHT_FIELDS)


def text_query(text: str, *, fuzzy: bool):
    """Every loose word must match in some field (one clause per word, so
    words may sit in different fields), and every quoted phrase as a phrase."""
    parsed = parse_query(text)
    if parsed.is_empty:
        return None
    must = [
        Q(
            "multi_match",
            query=term,
            fields=TEXT_FIELDS,
            zero_terms_query="all",  # a stopword alone ("om") must not veto
            **({"fuzziness": FUZZINESS, "prefix_length": 1} if fuzzy else {}),
        )
        for term in parsed.terms
    ]
    must += [
        Q("multi_match", query=phrase, fields=TEXT_FIELDS, type="phrase")
        for phrase in parsed.phrases
    ]
    return Q("bool", must=must)


class ElasticsearchBackend(BaseSearchBackend):
    name = "elasticsearch"

    def __init__(self, alias: str, params: dict):
        super().__init__(alias, params)
        self.index_alias = params["INDEX"]
        self.client = Elasticsearch(
            params["URLS"],
            request_timeout=params.get("TIMEOUT", 5),
            max_retries=params.get("MAX_RETRIES", 1),
            retry_on_timeout=False,
        )
        self.refresh = params.get("REFRESH", False)

    # --- index lifecycle ---------------------------------------------------

    def _versioned_indices(self) -> list[str]:
        try:
            return sorted(self.client.indices.get(index=f"{self.index_alias}-*").keys())
        except NotFoundError:
            return []
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc

    def _create_index(self) -> str:
        name = f"{self.index_alias}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"
        ContentDocument.init(index=name, using=self.client)
        return name

    def _ensure_index(self) -> list[str]:
        indices = self._versioned_indices()
        if not indices:
            name = self._create_index()
            self.client.indices.update_aliases(
                actions=[{"add": {"index": name, "alias": self.index_alias}}]
            )
            indices = [name]
        return indices

    def index_document(self, document: dict) -> None:
        try:
            for index in self._ensure_index():
                ContentDocument.from_document(document, index=index).save(
                    using=self.client, refresh=self.refresh, validate=False
                )
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc

    def remove_document(self, doc_id: str) -> None:
        try:
            for index in self._versioned_indices():
                self.client.options(ignore_status=404).delete(
                    index=index, id=doc_id, refresh=self.refresh
                )
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc

    def rebuild(
        self, documents: Iterable[dict], *, total: int, progress: Progress | None = None
    ) -> int:
        try:
            old = [name for name in self._versioned_indices()]
            new = self._create_index()
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        count = 0
        try:
            actions = (
                ContentDocument.from_document(doc, index=new).to_dict(include_meta=True)
                for doc in documents
            )
            for ok, _item in streaming_bulk(
                self.client, actions, chunk_size=200, raise_on_error=True
            ):
                count += ok
                if progress:
                    progress(count, total)
            self.client.indices.refresh(index=new)
            swap = [{"add": {"index": new, "alias": self.index_alias}}]
            swap += [
                {"remove": {"index": name, "alias": self.index_alias}} for name in old
            ]
            self.client.indices.update_aliases(actions=swap)
        except Exception:
            # Leave the old index serving; throw away the half-built one.
            try:
                self.client.indices.delete(index=new, ignore_unavailable=True)
            except UNAVAILABLE:
                logger.exception("Could not delete the half-built index %s", new)
            raise
        for name in old:
            try:
                self.client.indices.delete(index=name, ignore_unavailable=True)
            except UNAVAILABLE:
                logger.warning("Old search index %s could not be deleted", name)
        return count

    def document_ids(self) -> set[str]:
        try:
            search = Search(using=self.client, index=self.index_alias).source(False)
            return {hit.meta.id for hit in search.params(size=1000).scan()}
        except NotFoundError:
            return set()
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc

    def delete_all_indices(self) -> None:
        """Remove the alias and every versioned index (tests, uninstall)."""
        for name in self._versioned_indices():
            self.client.indices.delete(index=name, ignore_unavailable=True)

    # --- querying ----------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        faceted = ContentSearch(query, client=self.client, index=self.index_alias)
        faceted = faceted[query.offset : query.offset + query.per_page]
        try:
            response = faceted.execute()
        except NotFoundError:
            return SearchResults(
                query=query,
                hits=[],
                total=0,
                facets=label_facets({}, query),
                backend=self.name,
            )
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        counts = {
            name: {str(value): count for value, count, _selected in values}
            for name, values in response.facets.to_dict().items()
        }
        return SearchResults(
            query=query,
            hits=[self._hit(hit) for hit in response],
            total=response.hits.total.value,
            facets=label_facets(counts, query),
            backend=self.name,
        )

    @staticmethod
    def _hit(hit) -> SearchHit:
        source = hit.to_dict()
        highlight = ""
        if hasattr(hit.meta, "highlight"):
            for field in HIGHLIGHT_FIELDS:
                if field in hit.meta.highlight:
                    highlight = mark_safe(hit.meta.highlight[field][0])  # noqa: S308 - ES html-encodes
                    break
        return SearchHit(
            doc_id=hit.meta.id,
            content_type=source["content_type"],
            content_type_label=str(TYPES_BY_KEY[source["content_type"]].label),
            title=source["title"],
            url=source.get("url", ""),
            summary=source.get("summary", ""),
            highlight=highlight,
            target_groups=list(source.get("target_group_names", [])),
            focus_areas=list(source.get("focus_area_names", [])),
            date=as_datetime(source.get("date")),
            event_end=as_datetime(source.get("event_end")),
            evidence_level=source.get("evidence_level"),
            score=hit.meta.score or 0.0,
        )

    def autocomplete(self, prefix: str, *, limit: int = 8) -> list[Suggestion]:
        if not prefix.strip():
            return []
        search = (
            Search(using=self.client, index=self.index_alias)
            .filter("term", content_type="method")
            .query("match_phrase_prefix", **{"title.prefix": {"query": prefix}})
            .source(["title", "url"])[:limit]
        )
        try:
            response = search.execute()
        except NotFoundError:
            return []
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        return [
            Suggestion(label=hit.title, url=hit.url, kind="method") for hit in response
        ]

    def related(self, doc_id: str, *, limit: int = 4) -> list[SearchHit]:
        search = Search(using=self.client, index=self.index_alias).query(
            "more_like_this",
            fields=[
                "title",
                "summary",
                "body",
                "target_group_names",
                "focus_area_names",
            ],
            like=[{"_index": self.index_alias, "_id": doc_id}],
            min_term_freq=1,
            min_doc_freq=1,
            max_query_terms=40,
        )[:limit]
        try:
            response = search.execute()
        except NotFoundError:
            return []
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        return [self._hit(hit) for hit in response]


SearchBackend = ElasticsearchBackend
