"""Detection of Danish CPR numbers (personal identity numbers) in free text.

A CPR number is DDMMYY followed by four digits, written ``DDMMYY-XXXX``,
``DDMMYYXXXX``, ``DDMMYY XXXX``, ``DDMMYY - XXXX``, ``DD.MM.YY-XXXX`` or with
any Unicode hyphen, dash or minus: separators (spaces, dots, hyphen-like
characters) between the groups are allowed before matching. Only strings whose first six digits are a
real date count: the century comes from the seventh digit (the CPR century
rule), so ``290200-4xxx`` (2000 was a leap year) is a CPR number and
``300290-1234`` is not. Since 2007 the check digit (modulus 11) is no longer
guaranteed, so it is not used.

Deliberately *not* matched: phone numbers (eight digits, with or without
spaces and +45), dates in prose (``12-03-2024``), amounts (``1.234.567 kr.``)
and longer runs of digits (account or case numbers).

The platform must never store CPR numbers: every free-text field a user can
store uses :func:`validate_no_cpr` (model fields and forms alike; a test walks
the models to keep it so).
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CPR_MESSAGE = _(
    "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og skriv "
    "aldrig CPR-numre eller navne på borgere."
)

# Separators a writer puts between the digit groups, normalised before
# matching: white space (also non-breaking), dots, the ASCII hyphen-minus and
# every hyphen, dash and minus a word processor or phone keyboard substitutes
# (U+2010-U+2015, U+2212, U+FE58, U+FE63, U+FF0D).
SEPARATOR_CHARACTERS = "-.\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SEP = rf"[\s{re.escape(SEPARATOR_CHARACTERS)}]"
# At most three separator characters between two groups (``010190 - 1234``).
_GAP = rf"{_SEP}{{0,3}}"

_CPR_RE = re.compile(
    rf"""
    (?<!\d)                   # not the tail of a longer number ...
    (?<!\d[.,])               # ... nor of an amount like 1.234 or 3,5
    (?<!\d[\s.])              # ... nor of a number written in groups
    (?<!\d[\s.]{{2}})          #     (a phone number +45 12 34 56 78); a
    (?<!\d[\s.]{{3}})          #     hyphen may join a case number and a CPR
    (?P<day>\d{{2}})
    (?P<date_gap>{_GAP})
    (?P<month>\d{{2}})
    (?P=date_gap)              # the date is written one way: 01.01.90, 010190
    (?P<year>\d{{2}})
    {_GAP}
    (?P<serial>\d{{4}})
    (?!\d)                    # not the head of a longer number ...
    (?![.,]\d)                # ... nor of an amount or a decimal number
    """,
    re.VERBOSE,
)


def century(year: int, seventh_digit: int) -> int | None:
    """The full year of a CPR number's two-digit ``year`` by the CPR century
    rule (from the seventh digit, the first of the serial number)."""
    if seventh_digit <= 3:
        return 1900 + year
    if seventh_digit in (4, 9):
        return (2000 if year <= 36 else 1900) + year
    # 5-8
    return (2000 if year <= 57 else 1800) + year


def _is_valid_cpr(day: str, month: str, year: str, serial: str) -> bool:
    full_year = century(int(year), int(serial[0]))
    try:
        dt.date(full_year, int(month), int(day))
    except ValueError:
        return False
    return True


def find_cpr_numbers(text: str | None) -> list[str]:
    """Every substring of ``text`` that looks like a CPR number, in order."""
    if not text:
        return []
    return [
        match.group(0)
        for match in _CPR_RE.finditer(text)
        if _is_valid_cpr(*match.group("day", "month", "year", "serial"))
    ]


def contains_cpr_number(text: str | None) -> bool:
    """Whether ``text`` contains anything that looks like a CPR number."""
    return bool(find_cpr_numbers(text))


def validate_no_cpr(value: str | None) -> None:
    """Django validator for free-text fields: refuse CPR numbers and ask the
    user, in Danish, to anonymise the case."""
    if contains_cpr_number(value):
        raise ValidationError(CPR_MESSAGE, code="cpr")
