"""Danish text handling shared by the search backends: tokens, stems,
query parsing and highlighted snippets."""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import snowballstemmer
from django.utils.safestring import SafeString, mark_safe

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("danish")


def tokens(text: str) -> list[str]:
    """Lower-cased words; æ, ø and å are letters of their own, not folded."""
    return [t.lower() for t in _WORD.findall(text or "")]


def stems(text: str) -> list[str]:
    return _stemmer().stemWords(tokens(text))


@dataclass
class ParsedQuery:
    """A query split into loose terms and "quoted phrases"."""

    text: str
    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    def all_words(self) -> list[str]:
        words = list(self.terms)
        for phrase in self.phrases:
            words.extend(tokens(phrase))
        return words


def parse_query(text: str) -> ParsedQuery:
    text = (text or "").strip()
    phrases = [p.strip() for p in _PHRASE.findall(text) if tokens(p)]
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    return ParsedQuery(text=text, terms=tokens(rest), phrases=phrases)


def highlight(text: str, words: list[str], *, length: int = 220) -> SafeString:
    """An HTML-escaped snippet of ``text`` around the first matching word,
    with every word that shares a stem (or a prefix) marked with <mark>."""
    if not text:
        return mark_safe("")
    wanted = {s for s in _stemmer().stemWords([w.lower() for w in words]) if s}
    matches = [m for m in _WORD.finditer(text) if _matches(m.group(0).lower(), wanted)]
    if not matches:
        return mark_safe(escape(text[:length]) + ("…" if len(text) > length else ""))
    start = max(0, matches[0].start() - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < matches[0].start() else start
    end = min(len(text), start + length)
    pieces, cursor = [], start
    for m in matches:
        if m.start() < start or m.end() > end:
            continue
        pieces.append(escape(text[cursor : m.start()]))
        pieces.append(f"<mark>{escape(m.group(0))}</mark>")
        cursor = m.end()
    pieces.append(escape(text[cursor:end]))
    # Every piece of the text was escaped above; only <mark> is markup.
    return mark_safe(
        ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")
    )


def _matches(word: str, wanted: set[str]) -> bool:
    stem = _stemmer().stemWord(word)
    return stem in wanted or any(len(w) >= 3 and word.startswith(w) for w in wanted)
