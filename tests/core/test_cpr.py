import datetime as dt
import random

import pytest
from django.core.exceptions import ValidationError

from kb.core.cpr import century, contains_cpr_number, find_cpr_numbers, validate_no_cpr

MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og skriv "
    "aldrig CPR-numre eller navne på borgere."
)


@pytest.mark.parametrize(
    "text, found",
    [
        ("010190-1234", "010190-1234"),
        ("0101901234", "0101901234"),
        ("010190 1234", "010190 1234"),
        ("Borgeren (cpr 241275-3318) bor hjemme.", "241275-3318"),
        ("CPR: 010190–1234.", "010190–1234"),  # an en dash from a word processor
        ("cpr.nr. 010190\u00a01234", "010190\u00a01234"),
        ("Sag 2024-010190-1234", "010190-1234"),
        ("290200-4111", "290200-4111"),  # 29 Feb 2000 by the century rule
        ("311299-5555", "311299-5555"),  # 1899 by the century rule
    ],
)
def test_cpr_like_strings_are_found(text, found):
    assert find_cpr_numbers(text) == [found]
    assert contains_cpr_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring på 12 34 56 78",
        "Tlf. +45 12345678",
        "Tlf. 12345678",
        "Mødet er 12-03-2024 kl. 10",
        "Mødet er 12.03.2024",
        "Det koster 1.234.567 kr.",
        "Det koster 1.234.567,50 kr.",
        "Journalnummer 12345678901",
        "EAN 5790001234567",
        "320190-1234",  # no 32nd day
        "011390-1234",  # no 13th month
        "300290-1234",  # no 30 February
        "290201-4111",  # 2001 was no leap year
        "290200-1111",  # 1900 was no leap year (7th digit 0-3: 1900s)
        "",
        None,
        "Pigen på 14 år har brug for struktur.",
    ],
)
def test_ordinary_numbers_are_not_cpr_numbers(text):
    assert find_cpr_numbers(text) == []
    assert not contains_cpr_number(text)


def test_several_cpr_numbers_are_all_found():
    text = "Mor 010170-1234 og far 020270 5678, tlf. 12345678."
    assert find_cpr_numbers(text) == ["010170-1234", "020270 5678"]


@pytest.mark.parametrize(
    "year, seventh, expected",
    [
        (90, 0, 1990),
        (90, 3, 1990),
        (10, 4, 2010),
        (37, 4, 1937),
        (57, 5, 2057),
        (58, 8, 1858),
        (36, 9, 2036),
        (37, 9, 1937),
    ],
)
def test_century_rule(year, seventh, expected):
    assert century(year, seventh) == expected


def test_validator_refuses_cpr_numbers_in_danish():
    with pytest.raises(ValidationError) as error:
        validate_no_cpr("Borger med cpr 010190-1234 har brug for hjælp.")
    assert error.value.messages == [MESSAGE]
    assert error.value.code == "cpr"


def test_validator_accepts_ordinary_text():
    validate_no_cpr("Ring på 12 34 56 78 den 12-03-2024; budget 1.234.567 kr.")


# Every hyphen, dash and minus the issue names, as a word processor or a phone
# keyboard writes them.
DASHES = [
    "-",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2014",
    "\u2015",
    "\u2212",
    "\ufe58",
    "\ufe63",
    "\uff0d",
]


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(
    "template",
    [
        "010190{d}1234",
        "010190 {d} 1234",
        "01.01.90{d}1234",
        "01.01.90 {d} 1234",
        "01{d}01{d}90{d}1234",
    ],
)
def test_cpr_numbers_written_with_separators_are_refused(template, dash):
    text = "Borgeren har cpr " + template.format(d=dash) + " og bor hjemme."
    assert contains_cpr_number(text)
    with pytest.raises(ValidationError):
        validate_no_cpr(text)


@pytest.mark.parametrize(
    "text",
    [
        "010190 - 1234",
        "01.01.90-1234",
        "01.01.90 1234",
        "010190.1234",
        "0101901234",
        "010190\u00a0\u22121234",
    ],
)
def test_cpr_numbers_from_the_issue_are_found(text):
    assert find_cpr_numbers(f"CPR {text}.") != []


def _generated_ordinary_numbers(count: int) -> list[str]:
    """Phone numbers, dates, amounts and CVR numbers as Danish users write
    them, from a fixed seed so a failure can be reproduced."""
    rng = random.Random(20261201)
    texts = []

    def digits(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    def phone():
        number = rng.choice("23456789") + digits(7)
        pairs = " ".join(number[i : i + 2] for i in range(0, 8, 2))
        return rng.choice(
            [number, pairs, f"+45 {pairs}", f"+45 {number}", f"+45{number}"]
        )

    def date():
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(12_000))
        return rng.choice(
            [
                day.strftime("%d.%m.%Y"),
                day.isoformat(),
                day.strftime("%d-%m-%Y"),
                day.strftime("%d/%m/%Y"),
                f"{day.day}. {day.month}. {day.year}",
            ]
        )

    def amount():
        whole = rng.randrange(1, 10_000_000)
        grouped = f"{whole:,}".replace(",", ".")
        return rng.choice(
            [
                f"{grouped},{rng.randrange(100):02d} kr.",
                f"{grouped} kr.",
                grouped,
                f"kr. {grouped},-",
            ]
        )

    def cvr():
        number = rng.choice("123456789") + digits(7)
        return rng.choice(
            [number, f"CVR {number}", f"CVR-nr. {number}", f"CVR: {number}"]
        )

    makers = [phone, date, amount, cvr]
    for _ in range(count):
        maker = rng.choice(makers)
        texts.append(maker())
    # And sentences that put several side by side, as a message would.
    for _ in range(count):
        texts.append(
            f"Ring på {phone()} inden {date()}; prisen er {amount()} ({cvr()})."
        )
        texts.append(f"{date()} {phone()} {amount()} {cvr()} {date()}")
    return texts


def test_no_false_alarms_on_a_generated_corpus_of_ordinary_numbers():
    corpus = _generated_ordinary_numbers(1500)
    assert len(corpus) >= 4000
    false_alarms = [text for text in corpus if contains_cpr_number(text)]
    assert false_alarms == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>Cpr 010190<b>-1234</b>.</p>",
        "<p>Cpr <i>0101</i>90-1234.</p>",
        "<p>Cpr 010190&nbsp;-&nbsp;1234.</p>",
        "<p>Cpr 010190&#8722;1234.</p>",
        "<p>Cpr 01.01.90&ndash;1234.</p>",
    ],
)
def test_cpr_numbers_split_by_rich_text_markup_are_found(html):
    assert contains_cpr_number(html)
    with pytest.raises(ValidationError):
        validate_no_cpr(html)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Ring på 12 34 56 78.</p><p>Mødet er 12-03-2024.</p>",
        "<p>Det koster 1.234.567&nbsp;kr.</p>",
        "<ul><li>Tlf. 12345678</li><li>CVR 29189846</li></ul>",
        "<p>Børn &amp; unge, 14 år</p>",
    ],
)
def test_ordinary_numbers_in_rich_text_are_not_cpr_numbers(html):
    assert not contains_cpr_number(html)
