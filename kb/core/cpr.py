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
the models to keep it so). Text that no field validator sees -- the blocks of a
StreamField and the fields a model inherits from Wagtail (``Page.title``) -- is
checked by the same rules through :class:`RefusesCprNumbers`. Text with markup
(rich text) is also checked with its tags stripped, so ``010190<b>-1234</b>``
or ``010190&nbsp;1234`` do not slip through.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.rich_text import RichText, get_text_for_indexing

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
    """Whether ``text`` contains anything that looks like a CPR number, also
    once its markup is stripped (rich text keeps the digits and their
    separators in separate tags or as entities such as ``&nbsp;``)."""
    if not text:
        return False
    if find_cpr_numbers(text):
        return True
    return ("<" in text or "&" in text) and bool(
        find_cpr_numbers(get_text_for_indexing(text))
    )


def validate_no_cpr(value: str | None) -> None:
    """Django validator for free-text fields: refuse CPR numbers and ask the
    user, in Danish, to anonymise the case."""
    if contains_cpr_number(value):
        raise ValidationError(CPR_MESSAGE, code="cpr")


def cpr_error_in_block(block: blocks.Block, value) -> ValidationError | None:
    """The error for every piece of text in a StreamField ``value`` of
    ``block`` that looks like a CPR number, or None.

    The error is shaped like the block's own validation errors (stream, struct
    and list errors down to the text block), so Wagtail's editor shows the
    message at the very heading, paragraph or quote that holds the number.
    """
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        error_class = blocks.StreamBlockValidationError
        children = ((i, child.block, child.value) for i, child in enumerate(value))
    elif isinstance(block, blocks.ListBlock):
        error_class = blocks.ListBlockValidationError
        children = ((i, block.child_block, item) for i, item in enumerate(value))
    elif isinstance(block, blocks.StructBlock):
        error_class = blocks.StructBlockValidationError
        children = (
            (name, child_block, value.get(name))
            for name, child_block in block.child_blocks.items()
        )
    else:
        text = value.source if isinstance(value, RichText) else value
        if isinstance(text, str) and contains_cpr_number(text):
            return ValidationError(CPR_MESSAGE, code="cpr")
        return None
    errors = {
        key: error
        for key, child_block, child_value in children
        if (error := cpr_error_in_block(child_block, child_value))
    }
    return error_class(block_errors=errors) if errors else None


def cpr_errors(instance) -> dict[str, ValidationError]:
    """Per field of ``instance``: the CPR error in its StreamField blocks or in
    one of its ``cpr_text_fields``."""
    text_fields = getattr(instance, "cpr_text_fields", ())
    errors = {}
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(field, StreamField):
            error = cpr_error_in_block(field.stream_block, value)
        elif field.name in text_fields and contains_cpr_number(value):
            error = ValidationError(CPR_MESSAGE, code="cpr")
        else:
            continue
        if error:
            errors[field.name] = error
    return errors


class RefusesCprNumbers:
    """Model mixin: refuse CPR numbers where a field validator cannot look --
    in the text of every StreamField's blocks and in ``cpr_text_fields``, the
    plain text fields the model inherits from Wagtail.

    Checked with the other field checks (``clean_fields``), so a form only
    reports errors on fields it shows, keeps the editor's input, and Wagtail's
    page editor re-renders with the message at the offending block. Drafts
    and published pages alike, and every ``full_clean()`` outside the admin.
    """

    cpr_text_fields: tuple[str, ...] = ()

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name, error in cpr_errors(self).items():
            if exclude and name in exclude:
                continue
            errors.setdefault(name, []).append(error)
        if errors:
            raise ValidationError(errors)
