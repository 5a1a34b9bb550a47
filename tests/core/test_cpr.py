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
