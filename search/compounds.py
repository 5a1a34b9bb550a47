"""Danish compound splitting, shared by both backends.

Danish writes compounds as one word ("familiebehandling", "synshandicap",
"autismeklasser"), so a search for the last part ("behandling") misses them
unless the parts are indexed, and a search for the compound misses texts
that use the part alone. Neither backend can split them by itself (the
Elasticsearch test node has no decompounder filters), so this module does it
in Python: documents are indexed with their parts, and query words are
expanded with their tails.

A word splits into head + optional linking letter (fugue "s" or "e") + tail
when the head is a known word and the tail is a known word or itself
splits. Known words come from the Danish hunspell dictionary (lemmas; the
tail may carry an inflection ending) and from the index's own vocabulary.
When the dictionary is missing, the vocabulary alone is used.
"""

import logging
from functools import lru_cache
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_DICTIONARY = "/usr/share/hunspell/da_DK.dic"
MIN_PART = 4  # shortest head without a linking letter
MIN_TAIL = 5  # shorter tails are mostly suffixes ("-ende", "-løse")
MIN_HEAD_WITH_FUGUE = 3  # "syn" + "s" + "handicap"
FUGUES = ("", "s", "e")
# Inflection endings a tail may carry on top of its dictionary lemma
# ("klasse" + "r"), longest first.
ENDINGS = tuple(
    sorted(
        {
            "",
            "s",
            "e",
            "r",
            "n",
            "t",
            "en",
            "et",
            "er",
            "es",
            "ne",
            "ns",
            "rs",
            "ts",
            "ens",
            "ets",
            "ers",
            "ene",
            "ere",
            "rne",
            "ede",
            "te",
            "erne",
            "rnes",
            "ernes",
            "enes",
        },
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lemmas of the hunspell dictionary (read once per process); empty
    when the file is missing, so the site runs without it."""
    path = Path(getattr(settings, "KB_SEARCH_DICTIONARY", DEFAULT_DICTIONARY))
    words = set()
    try:
        with path.open(encoding="utf-8") as lines:
            next(lines, None)  # the first line is the entry count
            for line in lines:
                word = line.split("/", 1)[0].strip().lower()
                if len(word) >= 3 and word.isalpha():
                    words.add(word)
    except OSError:
        logger.warning(
            "Danish dictionary %s not found; compounds are split "
            "by the index vocabulary only",
            path,
        )
    return frozenset(words)


class CompoundSplitter:
    """Splits words against a fixed lexicon (dictionary + vocabulary)."""

    def __init__(self, vocabulary: frozenset[str] = frozenset()):
        self.vocabulary = vocabulary
        self._split = lru_cache(maxsize=200_000)(self._split_uncached)
        # Indexing splits every word of every document: a plain dict lookup
        # is many times cheaper than the lru_cache call (bounded by the
        # vocabulary's size plus the words typed into searches).
        self._known: dict[str, tuple[str, ...]] = {}

    def is_word(self, word: str) -> bool:
        return word in self.vocabulary or word in dictionary_words()

    def is_tail(self, word: str) -> bool:
        """A known word, possibly inflected."""
        for ending in ENDINGS:
            if word.endswith(ending):
                lemma = word[: len(word) - len(ending)] if ending else word
                if len(lemma) >= MIN_TAIL - 1 and self.is_word(lemma):
                    return True
        return False

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of ``word`` (head first, the tail last), or ``()``
        when it is not a compound of known words."""
        parts = self._known.get(word)
        if parts is None:
            if len(word) < MIN_HEAD_WITH_FUGUE + 1 + MIN_TAIL:
                return ()
            parts = self._split(word.lower(), 0)
            if len(self._known) < 500_000:
                self._known[word] = parts
        return parts

    def _split_uncached(self, word: str, depth: int) -> tuple[str, ...]:
        if depth > 2 or len(word) < MIN_HEAD_WITH_FUGUE + 1 + MIN_TAIL:
            return ()
        # Prefer the longest head, so "børneafdeling" is børne+afdeling
        # rather than børn+e+afdeling only when both are words.
        for end in range(len(word) - MIN_TAIL, MIN_HEAD_WITH_FUGUE - 1, -1):
            head = word[:end]
            if not self.is_word(head):
                continue
            for fugue in FUGUES:
                if not word.startswith(fugue, end):
                    continue
                if not fugue and len(head) < MIN_PART:
                    continue
                tail = word[end + len(fugue) :]
                if len(tail) < MIN_TAIL:
                    continue
                if self.is_tail(tail):
                    return (head, tail, *self._split(tail, depth + 1)[1:])
                rest = self._split(tail, depth + 1)
                if rest:
                    return (head, tail, *rest)
        return ()

    def tails(self, word: str) -> list[str]:
        """The compound's right-hand parts, longest first: what the word is
        a kind of ("familiebehandling" → "behandling")."""
        parts = self.split(word)
        return list(dict.fromkeys(parts[1:]))
