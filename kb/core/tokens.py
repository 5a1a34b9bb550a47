"""Secret tokens for private addresses (calendar feeds): shown once, stored
only as a hash.

A token is random (256 bits, 43 URL-safe characters) and goes into the
address a user subscribes to. The database keeps only its SHA-256 hex
digest, so a leaked database or backup opens no feed; a request is matched
by hashing the token it presents. Because the token itself is not stored,
an address can be shown only when it is issued; a user who lost it is
issued a new one, which replaces (and so revokes) the old.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import TypeVar

from django.db import models
from django.utils.translation import gettext_lazy as _

M = TypeVar("M", bound=models.Model)

#: Bytes of randomness in a token (43 URL-safe characters).
TOKEN_BYTES = 32
#: Length of a stored hash (SHA-256, hex).
HASH_LENGTH = 64


def new_token() -> str:
    """A fresh random token for an address."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """What is stored (and looked up) for ``token``: its SHA-256 hex digest."""
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token() -> tuple[str, str]:
    """A new token and its hash: store the hash, show the token once."""
    token = new_token()
    return token, hash_token(token)


def find_by_token(
    queryset: models.QuerySet[M], token: str, *, field: str = "token_hash"
) -> M | None:
    """The object of ``queryset`` whose ``field`` holds the hash of
    ``token``, or ``None``. An empty token never matches."""
    if not token:
        return None
    return queryset.filter(**{field: hash_token(token)}).first()


def token_hash_field(*, null: bool = False, verbose_name=None) -> models.CharField:
    """The model field that stores a token's hash: unique, never edited in
    a form. ``null=True`` for objects that may have no address yet."""
    return models.CharField(
        verbose_name or _("hash af nøglen"),
        max_length=HASH_LENGTH,
        unique=True,
        null=null,
        blank=null,
        editable=False,
    )
