"""Slugs that keep Danish words readable (æ → ae, ø → oe, å → aa)."""

from django.utils.text import slugify

_DANISH = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
)


def danish_slugify(text: str) -> str:
    """Slugify Danish text; Django's slugify would drop æ and ø entirely."""
    return slugify(text.translate(_DANISH))
