"""The Elasticsearch backend: index lifecycle, searching, autocomplete and
more-like-this.

The index is versioned (``<INDEX>-<timestamp>``) behind an alias named
``<INDEX>``: a rebuild fills a new index and swaps the alias atomically, so
searches keep answering and a failed rebuild leaves the old index serving.
Incremental updates go to every versioned index, so one made during a
rebuild lands in both the old and the new index.
"""

import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from elasticsearch import (
    ApiError,
    ConnectionError,
    Elasticsearch,
    NotFoundError,
    TransportError,
)
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import Search

from search import vocabulary
from search.backends.base import (
    BaseSearchBackend,
    Progress,
    SearchHit,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
    Suggestion,
    as_datetime,
    batches,
)
from search.backends.elasticsearch.mapping import (
    MAPPING_VERSION,
    ContentDocument,
    document_source,
)
from search.backends.elasticsearch.query import ContentSearch
from search.facets import label_facets
from search.registry import registry
from search.text import snippet

logger = logging.getLogger(__name__)

UNAVAILABLE = (ConnectionError, TransportError, ApiError, BulkIndexError)
BULK_CHUNK = 500  # documents per bulk request of a rebuild
MAPPING_CHECK_SECONDS = 60
BULK_IN_FLIGHT = 2  # bulk requests sent at once (the node indexes them in parallel)


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
        self.replicas = params.get("REPLICAS", 0)
        self._forget_mapping()

    def _forget_mapping(self) -> None:
        """Ask the node again before the next search (a new index)."""
        self._mapping_checked_at = float("-inf")
        self._mapping_current = False

    def is_available(self) -> bool:
        """The cluster answers and can serve every primary shard."""
        try:
            health = self.client.options(max_retries=0).cluster.health()
        except Exception:
            return False
        return health.get("status") in ("green", "yellow")

    # --- index lifecycle ---------------------------------------------------

    def _versioned_indices(self) -> list[str]:
        """This alias's own indices: ``<alias>-<timestamp>``. The wildcard
        also matches other aliases that start with this one ("kb-test" and
        "kb-test-browser-…"); those are not ours to fill or delete."""
        try:
            names = self.client.indices.get(index=f"{self.index_alias}-*").keys()
        except NotFoundError:
            return []
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        start = len(self.index_alias) + 1
        return sorted(name for name in names if name[start:].isdigit())

    def _create_index(self) -> str:
        name = f"{self.index_alias}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S%f}"
        ContentDocument.init(index=name, using=self.client)
        if self.replicas:
            self.client.indices.put_settings(
                index=name, settings={"number_of_replicas": self.replicas}
            )
        return name

    def _ensure_index(self) -> list[str]:
        indices = self._versioned_indices()
        if not indices:
            name = self._create_index()
            self.client.indices.update_aliases(
                actions=[{"add": {"index": name, "alias": self.index_alias}}]
            )
            self._forget_mapping()
            indices = [name]
        return indices

    def index_document(self, document: dict) -> None:
        text = vocabulary.analyse(document)
        source = document_source(document, text)
        try:
            for index in self._ensure_index():
                self.client.index(
                    index=index,
                    id=document["doc_id"],
                    document=source,
                    refresh=self.refresh,
                )
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        vocabulary.add_words(text.words)

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
        words = set()

        def send(chunk: list[dict]) -> int:
            indexed, _errors = bulk(
                self.client, chunk, chunk_size=len(chunk), stats_only=True
            )
            return indexed

        def finish(sending) -> None:
            nonlocal count
            count += sending.result()
            if progress:
                progress(count, total)

        try:
            # No refreshes while filling: nobody searches the new index yet.
            self.client.indices.put_settings(
                index=new, settings={"index": {"refresh_interval": "-1"}}
            )
            # Preparing (Python) overlaps with indexing (the node), and two
            # bulk requests are in flight at once, so the node indexes on
            # two threads. Documents are prepared here, so every database
            # access stays in this thread.
            with ThreadPoolExecutor(max_workers=BULK_IN_FLIGHT) as sender:
                in_flight = deque()
                for chunk in batches(documents, BULK_CHUNK):
                    actions = []
                    for doc in chunk:
                        text = vocabulary.analyse(doc)
                        words.update(text.words)
                        actions.append(
                            {
                                "_index": new,
                                "_id": doc["doc_id"],
                                "_source": document_source(doc, text),
                            }
                        )
                    if len(in_flight) == BULK_IN_FLIGHT:
                        finish(in_flight.popleft())
                    in_flight.append(sender.submit(send, actions))
                while in_flight:
                    finish(in_flight.popleft())
            self.client.indices.put_settings(
                index=new, settings={"index": {"refresh_interval": None}}
            )
            self.client.indices.refresh(index=new)
            swap = [{"add": {"index": new, "alias": self.index_alias}}]
            swap += [
                {"remove": {"index": name, "alias": self.index_alias}} for name in old
            ]
            self.client.indices.update_aliases(actions=swap)
            vocabulary.replace_words(words)
            self._forget_mapping()
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

    def _require_current_mapping(self) -> None:
        """Refuse (as if the node were down, so the database answers) while
        the index was built with an older mapping: its searches would find
        nothing. Asked of the node at most once a minute per process."""
        now = time.monotonic()
        if now - self._mapping_checked_at > MAPPING_CHECK_SECONDS:
            try:
                mappings = self.client.indices.get_mapping(index=self.index_alias)
            except NotFoundError:
                return  # no index yet: the search itself answers with nothing
            except UNAVAILABLE as exc:
                raise SearchUnavailable(str(exc)) from exc
            versions = {
                index["mappings"].get("_meta", {}).get("kb_mapping_version")
                for index in mappings.values()
            }
            self._mapping_current = versions == {MAPPING_VERSION}
            self._mapping_checked_at = now
        if not self._mapping_current:
            raise SearchUnavailable(
                f"The index {self.index_alias} was built with an older mapping;"
                " run manage.py rebuild_search_index."
            )

    def search(self, query: SearchQuery) -> SearchResults:
        self._require_current_mapping()
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
        words = faceted.expanded.highlight_words()
        counts = faceted.facet_counts(response)
        return SearchResults(
            query=query,
            hits=[self._hit(hit, words) for hit in response],
            total=response.hits.total.value,
            facets=label_facets(counts, query),
            backend=self.name,
        )

    @staticmethod
    def _hit(hit, words: list[str] = ()) -> SearchHit:
        source = hit.to_dict()
        return SearchHit(
            doc_id=hit.meta.id,
            content_type=source["content_type"],
            content_type_label=registry.label(source["content_type"]),
            title=source["title"],
            url=source.get("url", ""),
            summary=source.get("summary", ""),
            highlight=snippet(
                source.get("summary", ""), source.get("body", ""), list(words)
            ),
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
            .filter("terms", content_type=registry.autocomplete_keys())
            .query("match_phrase_prefix", **{"title.prefix": {"query": prefix}})
            .source(["title", "url", "content_type"])[:limit]
        )
        try:
            response = search.execute()
        except NotFoundError:
            return []
        except UNAVAILABLE as exc:
            raise SearchUnavailable(str(exc)) from exc
        return [
            Suggestion(
                label=hit.title, url=hit.url, kind=hit.content_type, doc_id=hit.meta.id
            )
            for hit in response
        ]

    def related(self, doc_id: str, *, limit: int = 4) -> list[SearchHit]:
        search = Search(using=self.client, index=self.index_alias).query(
            "more_like_this",
            fields=[
                # The body is not indexed (searches match all_text, whose
                # stems are not kept in the source a "like" document is
                # read from); the summary says what a page is about.
                "title",
                "summary",
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
