"""Queries against the Elasticsearch mapping: text matching, phrases,
title boosting and facets. Typos are corrected before the query is built
(search.query_words.correct, shared with the database backend), so the
query itself matches words exactly, as the database backend does."""

from elasticsearch import Elasticsearch
from elasticsearch_dsl import FacetedSearch, Q, RangeFacet, TermsFacet

from search.backends.base import SearchQuery
from search.backends.elasticsearch.mapping import ALL_TEXT, TITLE_STEMS
from search.query_words import (
    PART_SCORE,
    TITLE_SCORE,
    WORD_SCORE,
    ExpandedQuery,
    expand,
)
from search.text import stems

TITLE_FIELDS = [TITLE_STEMS]
RANKED_FIELDS = [ALL_TEXT, f"{TITLE_STEMS}^2"]
# BM25 only orders documents that contain the same query words: it must not
# outweigh a word more (WORD_SCORE) or a title match (TITLE_SCORE).
BM25_WEIGHT = 0.2
FILTERED = "_filter_"  # prefix of a facet aggregated within the other filters


class ContentSearch(FacetedSearch):
    """Faceted search over :class:`ContentDocument`; facet counts honour the
    other selected facets (FacetedSearch filters each aggregation by all
    filters but its own)."""

    fields = [ALL_TEXT]

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
        # Expanded once: the query below and the backend's snippets use it.
        self.expanded = expand(query.text)
        filters = {k: list(v) for k, v in query.filters.items() if k in self.facets}
        if "evidence_level" in filters:
            # No valid level matches nothing (an empty list would not filter).
            filters["evidence_level"] = [
                int(v) for v in filters["evidence_level"] if v.isdigit()
            ] or [-1]
        sort = (
            ["_score"]
            if query.sort != "date"
            else [{"date": {"order": "desc", "missing": "_last"}}, "title.raw"]
        )
        super().__init__(query.text or None, filters=filters, sort=sort)

    def search(self):
        # Exact totals and facet counts, also above Elasticsearch's default
        # of counting only the first 10,000 hits.
        return super().search().extra(track_total_hits=True)

    def aggregate(self, search):
        """As FacetedSearch does, but a facet that no other facet's filter
        narrows is aggregated at the top, not inside a filter aggregation
        that matches everything: that wrapper cost a third of the time of
        the aggregations."""
        for name, facet in self.facets.items():
            others = [f for field, f in self._filters.items() if field != name]
            if others:
                search.aggs.bucket(
                    FILTERED + name, "filter", filter=Q("bool", filter=others)
                ).bucket(name, facet.get_aggregation())
            else:
                search.aggs.bucket(name, facet.get_aggregation())

    def facet_counts(self, response) -> dict[str, dict[str, int]]:
        """Counts per facet value, as ``{facet: {value: count}}``."""
        aggregations = response.aggregations
        counts = {}
        for name, facet in self.facets.items():
            data = (
                aggregations[name]
                if name in aggregations
                else aggregations[FILTERED + name][name]
            )
            counts[name] = {
                str(value): count
                for value, count, _selected in facet.get_values(
                    data, self.filter_values.get(name, [])
                )
            }
        return counts

    def query(self, search, text):
        query = text_query(self.expanded)
        return search.query(query) if query else search

    def highlight(self, search):
        # Snippets are cut in Python (search.text.snippet), the same way as
        # on the database backend: Elasticsearch's highlighter re-analysed
        # every hit's body and doubled the time of a search.
        return search


def text_query(query: ExpandedQuery):
    """ "Most words": a document needs one of the query's words (or a
    synonym or compound tail of it) and scores :data:`WORD_SCORE` per word
    it contains (:data:`PART_SCORE` for a tail only, :data:`TITLE_SCORE` more
    in the title), the same rule as the database backend; BM25 orders
    documents with the same words. Every quoted phrase must match."""
    if query.is_empty:
        return None

    def matches(words, phrases, fields):
        # Words and phrases by their stems, as the fields hold them.
        single, several = [], []
        for word in words:
            word_stems = stems(word)
            if len(word_stems) == 1:
                single += word_stems
            elif word_stems:
                several.append(" ".join(word_stems))
        clauses = []
        if single:
            # One clause for all of a word's alternatives: any one matches.
            clauses.append(Q("multi_match", query=" ".join(single), fields=fields))
        # An alternative of several words needs all of them.
        clauses += [
            Q("multi_match", query=w, fields=fields, operator="and") for w in several
        ]
        clauses += [
            Q("multi_match", query=" ".join(stems(p)), fields=fields, type="phrase")
            for p in phrases
        ]
        if len(clauses) == 1:
            return clauses[0]
        return Q("bool", should=clauses, minimum_should_match=1)

    def ranked(words, phrases):
        return matches(words, phrases, RANKED_FIELDS)

    should = []
    for word in query.words:
        exact = matches(word.alternatives, word.phrases, [ALL_TEXT])
        clauses = [
            Q("constant_score", filter=exact, boost=WORD_SCORE),
            Q(
                "bool",
                must=[ranked(word.alternatives, word.phrases)],
                boost=BM25_WEIGHT,
            ),
            Q(
                "constant_score",
                filter=matches(
                    word.alternatives + word.parts, word.phrases, TITLE_FIELDS
                ),
                boost=TITLE_SCORE,
            ),
        ]
        if word.parts:
            part = matches(word.parts, [], [ALL_TEXT])
            clauses += [
                Q("constant_score", filter=part, boost=PART_SCORE),
                Q("bool", must=[ranked(word.parts, [])], boost=BM25_WEIGHT),
            ]
        should.append(Q("bool", should=clauses, minimum_should_match=1))
    must = [
        Q("match_phrase", **{ALL_TEXT: " ".join(stems(phrase))})
        for phrase in query.phrases
    ]
    return Q(
        "bool",
        should=should,
        must=must,
        minimum_should_match=1 if should else 0,
    )
