"""Danish text handling shared by the search backends: tokens, stems,
query parsing and highlighted snippets."""

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import snowballstemmer
from django.utils.safestring import SafeString, mark_safe

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')


_local = threading.local()


def _stemmer():
    """One stemmer per thread: snowball stemmers keep state while they
    work, so threads sharing one corrupt each other's words."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("danish")
    return stemmer


def tokens(text: str) -> list[str]:
    """Lower-cased words; æ, ø and å are letters of their own, not folded."""
    return _WORD.findall(text.lower()) if text else []


@lru_cache(maxsize=200_000)
def _stem_word(word: str) -> str:
    """Snowball in pure Python costs ~0.1 ms a word; a rebuild stems every
    word of every document, from a vocabulary of a few ten thousand."""
    return _stemmer().stemWord(word)


def stems(text: str) -> list[str]:
    return [_stem_word(t) for t in tokens(text)]


def stem(word: str) -> str:
    return _stem_word(word.lower())


# Snowball's Danish stop words: they carry no meaning of their own, so they
# neither count as query words nor are split or corrected.
STOPWORDS = frozenset(
    """og i jeg det at en den til er som på de med han af for ikke der var mig
    sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op
    man hans hvor eller hvad skal selv her alle vil blev kunne ind når være
    dog noget ville jo deres efter ned skulle denne end dette mit også under
    have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle
    hos blive mange ad bliver hendes været thi jer sådan""".split()
)


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
    with every word that shares a stem with one of ``words`` marked."""
    if not text:
        return mark_safe("")
    matches_word = _word_matcher(frozenset(s for s in (stem(w) for w in words) if s))
    matches = [m for m in _WORD.finditer(text) if matches_word(m.group(0).lower())]
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


def snippet(summary: str, body: str, words: list[str]) -> SafeString:
    """The highlighted snippet of a search hit, the same on both backends:
    from the summary, or from the body when the words are only there."""
    if not words:
        return mark_safe("")
    highlighted = highlight(summary, words)
    if "<mark>" not in highlighted and body:
        highlighted = highlight(body, words)
    return highlighted


@lru_cache(maxsize=256)
def _word_matcher(wanted: frozenset[str]):
    """Whether a lower-cased word has one of the ``wanted`` stems, as the
    backends match it. A Danish snowball stem always starts its word, so a
    regular expression of the stems finds the few words worth stemming
    instead of stemming every word of a snippet."""
    if not wanted:
        return lambda word: False
    starts = re.compile(
        "|".join(map(re.escape, sorted(wanted, key=len, reverse=True)))
    ).match

    def matches(word: str) -> bool:
        return starts(word) is not None and _stem_word(word) in wanted

    return matches
