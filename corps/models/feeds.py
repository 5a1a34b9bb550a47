"""A specialist's private calendar feed: a secret address that calendar
clients subscribe to.

Only a SHA-256 hash of the token is stored; the address is shown once, when
it is made. Making a new one replaces the old (the old address stops
working); revoking deletes it.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Bytes of randomness in a token (43 URL-safe characters).
TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeed(models.Model):
    """The secret feed of one specialist's accepted and completed bookings."""

    specialist = models.OneToOneField(
        "corps.SpecialistPage",
        on_delete=models.CASCADE,
        related_name="calendar_feed",
        verbose_name=_("specialist"),
    )
    token_hash = models.CharField(
        _("hash af nøglen"), max_length=64, unique=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("oprettet af"),
    )
    created_at = models.DateTimeField(_("oprettet"), default=timezone.now)

    class Meta:
        verbose_name = _("kalenderabonnement")
        verbose_name_plural = _("kalenderabonnementer")

    def __str__(self):
        return f"Kalender: {self.specialist}"
