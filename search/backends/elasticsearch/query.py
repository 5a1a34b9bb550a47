"""Queries against the Elasticsearch mapping: text matching with typo
tolerance, phrases, title boosting, facets and highlighting."""

from elasticsearch import Elasticsearch
from elasticsearch_dsl import FacetedSearch, Q, RangeFacet, TermsFacet

from search.backends.base import SearchQuery
from search.text import parse_query

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
