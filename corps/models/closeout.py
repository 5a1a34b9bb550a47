"""Closing a completed booking: the specialist's short report and the
requesting organisation's rating of the help.

Both are written once, through :mod:`corps.services`, and only for completed
bookings; neither may hold personal data (CPR numbers are refused).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kb.core.cpr import validate_no_cpr

#: The rating scale: how much the visit helped, 1 (not at all) to 5.
RATING_MIN = 1
RATING_MAX = 5
RATING_CHOICES = [
    (1, _("1 – hjalp slet ikke")),
    (2, _("2 – hjalp lidt")),
    (3, _("3 – hjalp noget")),
    (4, _("4 – hjalp godt")),
    (5, _("5 – hjalp rigtig godt")),
]


def is_valid_score(score) -> bool:
    """Whether ``score`` is a whole number on the rating scale."""
    return (
        isinstance(score, int)
        and not isinstance(score, bool)
        and RATING_MIN <= score <= RATING_MAX
    )


class BookingReport(models.Model):
    """The specialist's structured report after the visit: what was done and
    which advice was given. No names or other personal data."""

    booking = models.OneToOneField(
        "corps.BookingRequest",
        on_delete=models.CASCADE,
        related_name="report",
        verbose_name=_("booking"),
    )
    what_was_done = models.TextField(
        _("hvad blev gjort"),
        validators=[validate_no_cpr],
        help_text=_("Kort: hvad specialisten og personalet gjorde under besøget."),
    )
    advice = models.TextField(
        _("råd og anbefalinger"),
        validators=[validate_no_cpr],
        help_text=_("De råd, personalet fik med videre."),
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("skrevet af"),
    )
    written_at = models.DateTimeField(_("skrevet"), default=timezone.now)

    class Meta:
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporter")

    def __str__(self):
        return f"Rapport: {self.booking}"


class BookingRating(models.Model):
    """The requesting organisation's rating of the help, 1–5, with an
    optional comment."""

    booking = models.OneToOneField(
        "corps.BookingRequest",
        on_delete=models.CASCADE,
        related_name="rating",
        verbose_name=_("booking"),
    )
    score = models.PositiveSmallIntegerField(_("bedømmelse"), choices=RATING_CHOICES)
    comment = models.TextField(_("kommentar"), blank=True, validators=[validate_no_cpr])
    rated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("bedømt af"),
    )
    rated_at = models.DateTimeField(_("bedømt"), default=timezone.now)

    class Meta:
        verbose_name = _("bedømmelse")
        verbose_name_plural = _("bedømmelser")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=RATING_MIN, score__lte=RATING_MAX),
                name="booking_rating_on_scale",
                violation_error_message=_("Vælg en bedømmelse fra 1 til 5."),
            )
        ]

    def __str__(self):
        return f"{self.score}/5: {self.booking}"
