"""The search index's vocabulary: every word of the indexed documents.

Used for spelling correction (a typed word that no document contains is
replaced by the nearest word that some document does contain) and, with the
hunspell dictionary, for compound splitting. Stored in
:class:`search.models.IndexWord` so every process shares it; each process
keeps a cached copy and reloads it when the index changes (a version number
in Django's cache, and at most :data:`MAX_AGE` seconds old).
"""

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction

from search.compounds import CompoundSplitter
from search.models import IndexWord
from search.text import stem, tokens

VERSION_KEY = "kb-search-vocabulary-version"
MAX_AGE = 300  # seconds a process trusts its copy without asking the cache
MAX_WORD = 100


@dataclass
class DocumentText:
    """What both backends index of a document's text besides the text
    itself: its vocabulary words and the parts of its compound words."""

    words: set[str]
    parts: list[str]  # of the title, summary, body and tag names
    title_parts: list[str]
    # The Danish snowball stems every backend matches query words against,
    # space-separated with a space at each end (" a b "): of the title and
    # its compound parts, and of all the text and its parts. One stemmer and
    # one tokeniser for all backends, so they find the same documents.
    title_stems: str
    text_stems: str


def analyse(document: dict) -> DocumentText:
    """Tokenise a flat search document once for the vocabulary and the
    compound parts: a rebuild does this for every document, and tokenising
    the text three times made up a third of a rebuild's time."""
    title = tokens(document.get("title") or "")
    text = title + tokens(
        " ".join(
            [
                document.get("summary") or "",
                document.get("body") or "",
                " ".join(document.get("target_group_names") or []),
                " ".join(document.get("focus_area_names") or []),
            ]
        )
    )
    unique = dict.fromkeys(text)
    split = splitter().split
    parts = _parts(unique, split)
    title_parts = _parts(dict.fromkeys(title), split)
    return DocumentText(
        words={w for w in unique if 2 <= len(w) <= MAX_WORD and not w.isdigit()},
        parts=parts,
        title_parts=title_parts,
        title_stems=_stem_string(title + title_parts),
        text_stems=_stem_string(text + parts),
    )


def _stem_string(words: list[str]) -> str:
    return " " + " ".join(stem(t) for w in words for t in tokens(w)) + " "


def _parts(words: Iterable[str], split) -> list[str]:
    parts = []
    for word in words:
        parts += split(word)
    return list(dict.fromkeys(parts))


def _bump_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)
    _local.loaded_at = 0.0


def add_words(words: Iterable[str]) -> None:
    """Add words to the vocabulary (words are never removed one by one: a
    stale word only makes a correction find nothing; rebuilds clean up)."""
    new = set(words) - current().words
    if not new:
        return
    IndexWord.objects.bulk_create(
        [IndexWord(word=w, stem=stem(w)[:MAX_WORD]) for w in new],
        ignore_conflicts=True,
        batch_size=1000,
    )
    _bump_version()


def replace_words(words: Iterable[str]) -> None:
    """Replace the whole vocabulary (after a full rebuild)."""
    with transaction.atomic():
        IndexWord.objects.all().delete()
        IndexWord.objects.bulk_create(
            [IndexWord(word=w, stem=stem(w)[:MAX_WORD]) for w in set(words)],
            batch_size=1000,
        )
    _bump_version()


@dataclass
class Vocabulary:
    words: frozenset[str]
    stems: frozenset[str]
    splitter: CompoundSplitter

    def knows(self, word: str) -> bool:
        """Some document contains ``word`` or a word with its stem."""
        return word in self.words or stem(word) in self.stems


class _Local(threading.local):
    vocabulary: Vocabulary | None = None
    version = None
    loaded_at = 0.0


_local = _Local()
_empty = Vocabulary(frozenset(), frozenset(), CompoundSplitter())


def current() -> Vocabulary:
    """This process's copy of the vocabulary, reloaded when the index
    changed."""
    now = time.monotonic()
    if _local.vocabulary is not None and now - _local.loaded_at < MAX_AGE:
        return _local.vocabulary
    version = cache.get(VERSION_KEY)
    if _local.vocabulary is None or version != _local.version or version is None:
        try:
            rows = list(IndexWord.objects.values_list("word", "stem"))
        except DatabaseError:
            # Being rewritten by a rebuild (SQLite locks the table): keep
            # answering with the copy we have and try again next time.
            return _local.vocabulary or _empty
        words = frozenset(w for w, _ in rows)
        _local.vocabulary = (
            Vocabulary(words, frozenset(s for _, s in rows), CompoundSplitter(words))
            if rows
            else _empty
        )
        _local.version = version
    _local.loaded_at = now
    return _local.vocabulary


def splitter() -> CompoundSplitter:
    return current().splitter


# --- spelling correction ------------------------------------------------------


def closest_word(word: str) -> str | None:
    """The vocabulary word nearest to ``word`` in spelling (at most one
    edit for short words, two from six letters), or None."""
    limit = 1 if len(word) < 6 else 2
    if len(word) < 4:
        return None
    if connection.vendor == "postgresql":
        candidates = _trigram_candidates(word)
    else:
        candidates = [
            w
            for w in current().words
            if abs(len(w) - len(word)) <= limit and w[0] == word[0]
        ]
    best = None
    for candidate in candidates:
        distance = edit_distance(word, candidate, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


def _trigram_candidates(word: str) -> list[str]:
    """Words sharing trigrams with ``word``, best first (pg_trgm's GIN
    index on the vocabulary answers this without scanning it)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM kb_search_indexword WHERE word %% %s "
            "ORDER BY similarity(word, %s) DESC, word LIMIT 20",
            [word, word],
        )
        return [row[0] for row in cursor.fetchall()]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once: "autsime"
    is one edit from "autisme"), giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous2 is not None
                and i > 1
                and j > 1
                and ca == b[j - 2]
                and a[i - 2] == cb
            ):
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return previous[-1]
