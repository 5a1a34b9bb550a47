"""Path converters that refuse what no row can match, so the resolver answers
404 before a view asks the database.

``<id:pk>``: a database id. Django's ``<int:>`` takes any number of digits,
and a number beyond 64 bits crashes the lookup (SQLite: ``OverflowError``).
``<text:slug>``: like ``<str:>`` (Wagtail keeps «æ» in slugs, which
``<slug:>`` does not match) but without control characters: PostgreSQL
refuses a NUL in any text it is given.
"""

from django.urls import register_converter

# The largest id of a 64-bit signed integer column has 19 digits; 18 digits
# are always below it, and no site will have more rows.
MAX_ID = 10**18 - 1


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


class TextConverter:
    regex = "[^/\x00-\x1f\x7f]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


def register() -> None:
    register_converter(IdConverter, "id")
    register_converter(TextConverter, "text")
