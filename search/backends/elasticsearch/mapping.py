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
    """The analyzer, chosen by ELASTICSEARCH_ANALYZER, for the Danish text
    fields related content compares (searches match the stems Python
    computed, in :data:`ALL_TEXT` and :data:`TITLE_STEMS`).

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
# The Danish snowball stems of all the text and of the title (with their
# compound parts), computed in Python (search.vocabulary.analyse) as for the
# database backend and split on spaces only: one stemmer and one tokeniser
# for both backends, so they find the same documents. The queries
# (query.py) look a word up once here, not once per field.
ALL_TEXT = "all_text"
TITLE_STEMS = "title_stems"
STEMS = "whitespace"


class ContentDocument(Document):
    """One search document (see :data:`search.registry.DOCUMENT_FIELDS`)."""

    content_type = Keyword()
    object_id = Integer()
    # Title, summary and tag names in the Danish analyzer for related
    # content (more-like-this); searches match the stems below.
    title = Text(
        analyzer=DANISH,
        fields={"prefix": Text(analyzer=prefix_analyzer), "raw": Keyword()},
    )
    url = Keyword(index=False)
    summary = Text(analyzer=DANISH)
    body = Text(index=False)  # for the snippets
    target_groups = Keyword()
    target_group_names = Text(analyzer=DANISH)
    focus_areas = Keyword()
    focus_area_names = Text(analyzer=DANISH)
    regions = Keyword()
    evidence_level = Integer()
    date = Date(default_timezone=settings.TIME_ZONE)
    event_end = Date(default_timezone=settings.TIME_ZONE)
    # Stems with the compound words' parts (search.compounds: the node has
    # no decompounder, so Python splits).
    all_text = Text(analyzer=STEMS)
    title_stems = Text(analyzer=STEMS)

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


# Raise when a change to the mapping means an index built before it cannot
# answer today's queries (2: the all_text field; 3: the stems computed in
# Python). Such an index is not
# searched until ``rebuild_search_index`` has built a current one.
MAPPING_VERSION = 3
ContentDocument._doc_type.mapping.meta("_meta", {"kb_mapping_version": MAPPING_VERSION})
# The stems are indexed, not kept: hits are read from the original text.
ContentDocument._doc_type.mapping.meta("_source", {"excludes": [ALL_TEXT, TITLE_STEMS]})


def document_source(document: dict, text: DocumentText) -> dict:
    """The stored form of a flat search document: a plain dict rather than
    a :class:`ContentDocument`, whose field-by-field serialisation cost a
    quarter of a rebuild's time. Empty values are left out, as
    elasticsearch-dsl does."""
    source = {
        k: v for k, v in document.items() if k != "doc_id" and v not in (None, [], "")
    }
    source[ALL_TEXT] = text.text_stems
    source[TITLE_STEMS] = text.title_stems
    return source
