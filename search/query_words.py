"""What a query asks for, word by word, for both backends.

Search matches "most words": every meaningful word of the query is one
:class:`QueryWord`, and a document scores by how many of them it contains
(title matches count extra), so a long question still finds the best
partial matches. Each word brings its alternatives: synonyms the editors
maintain (:class:`search.models.SearchSynonym`) and, weaker, the tails of a
Danish compound ("familiebehandling" → "behandling"). Quoted phrases must
match exactly.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from search import vocabulary
from search.models import SearchSynonym
from search.text import STOPWORDS, parse_query, stem, tokens

# Scores shared by both backends, per query word found in a document.
WORD_SCORE = 10  # the word, an inflection or a synonym
PART_SCORE = 6  # only a part of the compound the word is
TITLE_SCORE = 4  # extra when it is in the title


@dataclass
class QueryWord:
    word: str
    alternatives: list[str]  # the word and one-word synonyms
    phrases: list[str] = field(default_factory=list)  # multi-word synonyms
    parts: list[str] = field(default_factory=list)  # compound tails


@dataclass
class ExpandedQuery:
    words: list[QueryWord]
    phrases: list[str]  # "quoted", required

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases

    def highlight_words(self) -> list[str]:
        out = []
        for word in self.words:
            out += word.alternatives + word.parts
            for phrase in word.phrases:
                out += tokens(phrase)
        for phrase in self.phrases:
            out += tokens(phrase)
        return [w for w in out if w not in STOPWORDS]


SYNONYMS_KEY = "kb-search-synonyms"


def synonym_groups() -> list[list[str]]:
    """The editors' synonym sets, lower-cased; cached until a synonym is
    saved or deleted (see search.signal_handlers)."""
    groups = cache.get(SYNONYMS_KEY)
    if groups is None:
        groups = [
            [t.lower() for t in SearchSynonym(terms=terms).term_list()]
            for terms in SearchSynonym.objects.values_list("terms", flat=True)
        ]
        cache.set(SYNONYMS_KEY, groups, 60)  # other processes: within a minute
    return groups


def forget_synonyms(**kwargs) -> None:
    cache.delete(SYNONYMS_KEY)


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in tokens(phrase))


def expand(text: str) -> ExpandedQuery:
    parsed = parse_query(text)
    if not settings.KB_SEARCH_RELEVANCE_FEATURES:
        words = [w for w in parsed.terms if w not in STOPWORDS] or parsed.terms
        return ExpandedQuery(
            words=[QueryWord(word=w, alternatives=[w]) for w in dict.fromkeys(words)],
            phrases=parsed.phrases,
        )
    groups = synonym_groups()
    by_stems: dict[tuple[str, ...], list[str]] = {}
    for group in groups:
        for term in group:
            by_stems.setdefault(_stems(term), []).extend(group)
    words = parsed.terms
    meaningful = [w for w in words if w not in STOPWORDS] or words
    splitter = vocabulary.splitter()
    longest = max((len(k) for k in by_stems), default=1)
    result: list[QueryWord] = []
    seen: set[str] = set()
    query_stems = [stem(w) for w in words]
    i = 0
    while i < len(words):
        # A multi-word synonym typed out ("overgang til voksenlivet").
        for size in range(min(longest, len(words) - i), 1, -1):
            key = tuple(query_stems[i : i + size])
            if key in by_stems:
                typed = " ".join(words[i : i + size])
                result.append(_word(typed, by_stems[key], splitter, phrase=True))
                i += size
                break
        else:
            word = words[i]
            i += 1
            if word not in meaningful or word in seen:
                continue
            seen.add(word)
            result.append(_word(word, by_stems.get((stem(word),), []), splitter))
    return ExpandedQuery(words=result, phrases=parsed.phrases)


def _word(typed: str, synonyms: list[str], splitter, *, phrase=False) -> QueryWord:
    alternatives = [] if phrase else [typed]
    phrases = [typed] if phrase else []
    for synonym in synonyms:
        target = phrases if " " in synonym else alternatives
        if synonym not in target and synonym != typed:
            target.append(synonym)
    parts = []
    if not phrase:
        for alternative in alternatives:
            parts += [t for t in splitter.tails(alternative) if t not in parts]
    return QueryWord(
        word=typed, alternatives=alternatives, phrases=phrases, parts=parts
    )


def correct(text: str) -> str | None:
    """``text`` with each word no document contains replaced by the nearest
    word some document does contain; None when nothing was replaced."""
    if not settings.KB_SEARCH_RELEVANCE_FEATURES:
        return None
    vocab = vocabulary.current()
    if not vocab.words:
        return None
    expanded = expand(text)
    replacements = {}
    for word in expanded.words:
        if word.phrases or len(word.alternatives) > 1:
            continue  # a synonym the editors know is not a typo
        if any(vocab.knows(w) for w in word.alternatives + word.parts):
            continue
        closest = vocabulary.closest_word(word.word)
        if closest:
            replacements[word.word] = closest
    if not replacements:
        return None
    # Only outside "quoted phrases", which stay exactly as typed.
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):
        pieces[i] = re.sub(
            r"\w+",
            lambda m: replacements.get(m.group(0).lower(), m.group(0)),
            pieces[i],
        )
    return '"'.join(pieces)
