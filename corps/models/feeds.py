"""A specialist's private calendar feed: a secret address that calendar
clients subscribe to.

Only the hash of the token is stored (:mod:`kb.core.tokens`); the address is
shown once, when it is made. Making a new one replaces the old (the old
address stops working); revoking deletes it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kb.core.tokens import token_hash_field


class CalendarFeed(models.Model):
    """The secret feed of one specialist's accepted and completed bookings."""

    specialist = models.OneToOneField(
        "corps.SpecialistPage",
        on_delete=models.CASCADE,
        related_name="calendar_feed",
        verbose_name=_("specialist"),
    )
    token_hash = token_hash_field()
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
