"""The Elasticsearch mapping: Danish analyzers and the one document type
every search document is stored as (elasticsearch-dsl)."""

from django.conf import settings
from elasticsearch_dsl import (
    Date,
    Document,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from search.vocabulary import DocumentText

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
# Every searched text field is copied here (copy_to), so the queries
# (query.py) look a word up once, not once per field.
ALL_TEXT = "all_text"


class ContentDocument(Document):
    """One search document (see :data:`search.registry.DOCUMENT_FIELDS`)."""

    content_type = Keyword()
    object_id = Integer()
    title = Text(
        analyzer=DANISH,
        fields={"prefix": Text(analyzer=prefix_analyzer), "raw": Keyword()},
        copy_to=ALL_TEXT,
    )
    url = Keyword(index=False)
    summary = Text(analyzer=DANISH, copy_to=ALL_TEXT)
    # The body and the compound parts are searched in all_text only:
    # analysing them twice with hunspell made a rebuild half as fast again.
    body = Text(analyzer=DANISH, index=False, copy_to=ALL_TEXT)
    target_groups = Keyword()
    target_group_names = Text(analyzer=DANISH, copy_to=ALL_TEXT)
    focus_areas = Keyword()
    focus_area_names = Text(analyzer=DANISH, copy_to=ALL_TEXT)
    regions = Keyword()
    evidence_level = Integer()
    date = Date(default_timezone=settings.TIME_ZONE)
    event_end = Date(default_timezone=settings.TIME_ZONE)
    # Parts of the compound words (search.compounds), not part of the flat
    # document: the node has no decompounder, so Python splits.
    parts = Text(analyzer=DANISH, index=False, copy_to=ALL_TEXT)
    title_parts = Text(analyzer=DANISH)
    # Every text field above in one: a query word is looked up once here
    # instead of once per field, which halved the time of long questions.
    all_text = Text(analyzer=DANISH)

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


# Raise when a change to the mapping means an index built before it cannot
# answer today's queries (2: the all_text field). Such an index is not
# searched until ``rebuild_search_index`` has built a current one.
MAPPING_VERSION = 2
ContentDocument._doc_type.mapping.meta("_meta", {"kb_mapping_version": MAPPING_VERSION})


def document_source(document: dict, text: DocumentText) -> dict:
    """The stored form of a flat search document: a plain dict rather than
    a :class:`ContentDocument`, whose field-by-field serialisation cost a
    quarter of a rebuild's time. Empty values are left out, as
    elasticsearch-dsl does."""
    source = {
        k: v for k, v in document.items() if k != "doc_id" and v not in (None, [], "")
    }
    source["parts"] = " ".join(text.parts)
    source["title_parts"] = " ".join(text.title_parts)
    return source
