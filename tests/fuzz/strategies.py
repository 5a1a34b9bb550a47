"""What the fuzz tests type into the site, and the tally of what they sent.

Values are chosen to break parsers: Elasticsearch query syntax, 10,000
characters, control characters (NUL among them), digits that are not ASCII
("²", "٣"), numbers beyond 64 bits, dates at the ends of the calendar, and
query strings with invalid percent-encoding.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from urllib.parse import quote

from hypothesis import strategies as st

#: endpoint -> Counter of status codes; written to var/fuzz-summary.txt.
TALLY: dict[str, Counter] = defaultdict(Counter)
#: endpoint -> Counter of what accepted cases did ("saved", "e-mails sent"),
#: so the summary shows that the success path was reached, not only errors.
OUTCOMES: dict[str, Counter] = defaultdict(Counter)


def record(endpoint: str, response) -> None:
    """Count one case and fail it on a server error."""
    TALLY[endpoint][response.status_code] += 1
    assert response.status_code < 500, (endpoint, response.status_code)


def reached(endpoint: str, outcome: str, count: int = 1) -> None:
    """Count ``count`` of ``outcome`` for a case of ``endpoint`` that got
    past validation."""
    OUTCOMES[endpoint][outcome] += count


ES_SYNTAX = st.sampled_from(
    [
        '"',
        "*",
        "?",
        "~",
        "~2",
        "^",
        "^3",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\\",
        "/",
        "!",
        "+",
        "-",
        "&&",
        "||",
        "title:",
        "_exists_:title",
        "skole~",
        "aut*",
        "[a TO z]",
        "{* TO 5}",
        "/.*/",
        "<",
        ">",
        "=",
        '"skole',
        "metode)",
        "q=",
        "%",
        "%00",
    ]
)

SPECIAL = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "\x01\x1f\x7f",
        "\t\n\r",
        "²",
        "١٢",
        "٣",
        "Ⅻ",
        "0",
        "-1",
        "1.5",
        "1e309",
        "NaN",
        "inf",
        str(2**31),
        str(2**63),
        "9" * 40,
        "0001-01-01",
        "9999-12-31",
        "2100-12-31",
        "2101-01-01",
        "1999-12-31",
        "2024-02-30",
        "0001-01-01T00:00",
        "9999-12-31T23:59",
        "2100-12-31T23:59",
        "31.12.2100",
        "null",
        "None",
        "[]",
        '{"a": 1}',
        "<script>alert(1)</script>",
        "'; DROP TABLE x; --",
        "\u200b",
        "\ufeff",
        "ﬁ",
        "æøå",
        "ÆØÅ",
        "%ZZ",
        "%",
        "../../etc/passwd",
        "upcoming",
        "past",
    ]
)

LONG = st.builds(
    lambda char, n: char * n,
    st.sampled_from(["a", "æ", "\x00", "*", "skole ", "²"]),
    st.sampled_from([100, 201, 1000, 10_000]),
)

NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**40), st.integers(0, 500)
).map(str)


def _iso_date(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _iso_minute(moment: dt.datetime) -> str:
    return f"{_iso_date(moment)}T{moment.hour:02d}:{moment.minute:02d}"


DATES = st.dates().map(_iso_date)
IN_RANGE_DATES = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)).map(_iso_date)
DATETIMES = st.one_of(
    st.datetimes().map(_iso_minute),
    # Valid and stored: the edges of the range must not break a page either.
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 12, 31, 23, 59)).map(
        _iso_minute
    ),
    st.datetimes(dt.datetime(2027, 1, 1), dt.datetime(2031, 1, 1)).map(_iso_minute),
)

TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(ES_SYNTAX, st.text(max_size=8)), max_size=12).map("".join),
    SPECIAL,
    LONG,
    NUMBERS,
    DATES,
)

VALUES = st.one_of(TEXT, DATETIMES)

# A raw query string, sent as it is: invalid percent-encoding, lone "&"/"=",
# bytes that are not UTF-8.
_RAW_PIECES = st.one_of(
    st.sampled_from(
        [
            "%",
            "%Z",
            "%ZZ",
            "%00",
            "%C3",
            "%C3%28",
            "%FF%FE",
            "%E2%82",
            "&",
            "=",
            "&&",
            "==",
            "+",
            "%2",
            ";",
            "#",
            "?",
            "%25",
        ]
    ),
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=6),
)


def raw_query(params: list[str]) -> st.SearchStrategy[str]:
    pair = st.builds(
        lambda name, value: f"{name}={value}",
        st.one_of(st.sampled_from(params), _RAW_PIECES),
        st.lists(_RAW_PIECES, max_size=6).map("".join),
    )
    return st.lists(pair, max_size=5).map("&".join)


def query(params: list[str]) -> st.SearchStrategy[dict[str, list[str]]]:
    """GET parameters: the ones the view reads, sometimes repeated, and an
    unknown one now and then."""
    names = st.one_of(st.sampled_from(params), st.sampled_from(params), TEXT)
    return st.dictionaries(names, st.lists(VALUES, min_size=1, max_size=3), max_size=5)


def path_segment() -> st.SearchStrategy[str]:
    """Any text as one percent-encoded path segment."""
    return st.one_of(TEXT, NUMBERS, st.uuids().map(str)).map(
        lambda value: quote(value, safe="") or "x"
    )


def form_data(valid: dict, fuzzed: dict) -> st.SearchStrategy[dict]:
    """A form that would be accepted (``valid``) with up to three of its
    fields replaced by generated values (``fuzzed``: name -> strategy), so
    some examples are stored and the pages after them show what was."""
    names = sorted(fuzzed)

    def build(chosen_and_values):
        data = dict(valid)
        data.update(chosen_and_values)
        return {k: v for k, v in data.items() if v is not None}

    return (
        st.sets(st.sampled_from(names), max_size=3)
        .flatmap(lambda chosen: st.fixed_dictionaries({n: fuzzed[n] for n in chosen}))
        .map(build)
    )


#: E-mail addresses: valid ones of every shape, the tricky ones people type
#: (case, spaces, a trailing dot, Danish letters in the domain), and text.
EMAILS = st.one_of(
    st.emails(),
    st.sampled_from(
        [
            "ANNE@AARHUS.DK",
            " anne@aarhus.dk ",
            "anne@aarhus.dk.",
            "anne@skole.aarhus.dk",
            "anne+nyhedsbrev@aarhus.dk",
            "anne@århus.dk",
            "anne@xn--rhus-yua.dk",
            "ånne@aarhus.dk",
            "anne@aarhus",
            "@aarhus.dk",
            "anne@",
            "anne@@aarhus.dk",
            "anne@aarhus.dk\x00",
            "anne@gmail.com",
            "a" * 250 + "@aarhus.dk",
            "anne@" + "a" * 250 + ".dk",
        ]
    ),
    TEXT,
)
