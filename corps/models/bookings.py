"""Bookings of specialists and the periods when they cannot be booked.

All writes go through :mod:`corps.services`, which holds the workflow rules
(who may move a booking from which status to which) and the guarantee that a
specialist is never double-booked. On PostgreSQL the database enforces the
latter too, with an exclusion constraint added by migration 0004.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from kb.core import dates
from kb.core.cpr import validate_no_cpr
from kb.core.models import OrganisationMixin


class PeriodQuerySet(models.QuerySet):
    def overlapping(self, start: dt.datetime, end: dt.datetime):
        """Periods sharing time with [start, end); touching periods (one ends
        when the next starts) do not overlap."""
        return self.filter(start__lt=end, end__gt=start)


class UnavailablePeriod(models.Model):
    """A period when a specialist cannot be booked (holiday, leave, course)."""

    specialist = models.ForeignKey(
        "corps.SpecialistPage",
        on_delete=models.CASCADE,
        related_name="unavailable_periods",
        verbose_name=_("specialist"),
    )
    start = models.DateTimeField(_("fra"), validators=[dates.validate_in_range])
    end = models.DateTimeField(_("til"), validators=[dates.validate_in_range])
    reason = models.CharField(
        _("årsag"),
        max_length=255,
        blank=True,
        validators=[validate_no_cpr],
        help_text=_("Fx ferie eller kursus. Vises ikke for kommunerne."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oprettet af"),
    )

    objects = PeriodQuerySet.as_manager()

    panels = [
        FieldPanel("specialist"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("reason"),
    ]

    class Meta:
        ordering = ["start"]
        verbose_name = _("periode uden booking")
        verbose_name_plural = _("perioder uden booking")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="unavailable_period_end_after_start",
                violation_error_message=_("Slutningen skal ligge efter starten."),
            ),
            dates.moment_constraint("start"),
            dates.moment_constraint("end"),
        ]

    def __str__(self):
        return f"{self.specialist}: {self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"


class BookingRequestQuerySet(PeriodQuerySet):
    def busy(self):
        """Bookings that occupy the specialist's time."""
        return self.filter(status__in=BookingRequest.BUSY_STATUSES)

    def open(self):
        return self.filter(status__in=BookingRequest.OPEN_STATUSES)


class BookingRequest(OrganisationMixin):
    """A municipality's (or region's) request to book a specialist for a
    period, and its way through the workflow::

        requested -> accepted -> completed
                  \\-> declined  \\-> cancelled
                  \\-> cancelled
    """

    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [
        (REQUESTED, _("Anmodet")),
        (ACCEPTED, _("Accepteret")),
        (DECLINED, _("Afvist")),
        (COMPLETED, _("Gennemført")),
        (CANCELLED, _("Aflyst")),
    ]
    #: Statuses whose period the specialist cannot be booked for again.
    BUSY_STATUSES = (ACCEPTED, COMPLETED)
    #: Statuses that still await something (a decision or the visit).
    OPEN_STATUSES = (REQUESTED, ACCEPTED)
    #: The allowed status changes; who may make them is in corps.services.
    TRANSITIONS = {
        REQUESTED: (ACCEPTED, DECLINED, CANCELLED),
        ACCEPTED: (COMPLETED, CANCELLED),
        DECLINED: (),
        COMPLETED: (),
        CANCELLED: (),
    }

    reference = models.UUIDField(
        _("reference"), default=uuid.uuid4, unique=True, editable=False
    )
    specialist = models.ForeignKey(
        "corps.SpecialistPage",
        on_delete=models.PROTECT,
        related_name="bookings",
        verbose_name=_("specialist"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="booking_requests",
        verbose_name=_("anmodet af"),
    )
    start = models.DateTimeField(_("fra"), validators=[dates.validate_in_range])
    end = models.DateTimeField(_("til"), validators=[dates.validate_in_range])
    offer = models.ForeignKey(
        "offers.Offer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="booking_requests",
        verbose_name=_("sted: tilbud"),
    )
    address = models.TextField(
        _("sted: adresse"),
        blank=True,
        validators=[validate_no_cpr],
        help_text=_("Hvis besøget ikke er på et tilbud i Vidensbanken."),
    )
    target_group = models.ForeignKey(
        "taxonomy.TargetGroup",
        on_delete=models.PROTECT,
        related_name="booking_requests",
        verbose_name=_("målgruppe"),
    )
    purpose = models.TextField(_("formål"), validators=[validate_no_cpr])
    case_description = models.TextField(
        _("anonymiseret sagsbeskrivelse"),
        validators=[validate_no_cpr],
        help_text=_(
            "Beskriv sagen uden navne, CPR-numre eller andet, der kan "
            "identificere borgeren."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=REQUESTED,
        db_index=True,
    )
    status_reason = models.TextField(
        _("begrundelse"),
        blank=True,
        validators=[validate_no_cpr],
        help_text=_("Begrundelse for afvisning eller aflysning."),
    )
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    objects = BookingRequestQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookinger")
        # What the roles may do, decided in corps.permissions.
        permissions = [
            (
                "request_booking",
                _("Kan anmode om specialister for sin kommune eller region"),
            ),
            (
                "coordinate_bookings",
                _("Kan styre bookinger for de specialister, man er koordinator for"),
            ),
        ]
        indexes = [
            models.Index(
                fields=["specialist", "status", "start"],
                name="corps_booking_calendar_idx",
            )
        ]
        constraints = [
            *OrganisationMixin.Meta.constraints,
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="booking_end_after_start",
                violation_error_message=_("Slutningen skal ligge efter starten."),
            ),
            models.CheckConstraint(
                condition=Q(offer__isnull=False) | ~Q(address=""),
                name="booking_has_place",
                violation_error_message=_("Angiv et tilbud eller en adresse."),
            ),
            dates.moment_constraint("start"),
            dates.moment_constraint("end"),
        ]

    def __str__(self):
        return f"{self.specialist} {self.start:%d.%m.%Y} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("corps:booking_detail", args=[self.reference])

    @property
    def place(self) -> str:
        return self.offer.name if self.offer_id else self.address

    def can_change_to(self, status: str) -> bool:
        return status in self.TRANSITIONS[self.status]

    def has_started(self, now: dt.datetime | None = None) -> bool:
        return self.start <= (now or timezone.now())


class BookingStatusChange(models.Model):
    """One step in a booking's history: who changed the status, when and why,
    or (``kind``) who wrote the close-out report or rated the help."""

    STATUS = "status"
    REPORT = "report"
    RATING = "rating"
    KIND_CHOICES = [
        (STATUS, _("Statusændring")),
        (REPORT, _("Rapport skrevet")),
        (RATING, _("Hjælpen bedømt")),
    ]

    booking = models.ForeignKey(
        BookingRequest,
        on_delete=models.CASCADE,
        related_name="history",
        verbose_name=_("booking"),
    )
    from_status = models.CharField(
        _("fra status"),
        max_length=20,
        blank=True,
        choices=BookingRequest.STATUS_CHOICES,
    )
    to_status = models.CharField(
        _("til status"), max_length=20, choices=BookingRequest.STATUS_CHOICES
    )
    kind = models.CharField(
        _("hændelse"), max_length=20, choices=KIND_CHOICES, default=STATUS
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("af"),
    )
    at = models.DateTimeField(_("tidspunkt"), default=timezone.now)
    reason = models.TextField(
        _("begrundelse"), blank=True, validators=[validate_no_cpr]
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("statusændring")
        verbose_name_plural = _("statusændringer")

    def __str__(self):
        if self.kind != self.STATUS:
            return f"{self.booking_id}: {self.get_kind_display()}"
        return f"{self.booking_id}: {self.from_status or '–'} → {self.to_status}"

    def describe(self) -> str:
        """What happened, for the booking's history: the new status, or the
        report or rating."""
        if self.kind == self.STATUS:
            return self.get_to_status_display()
        return self.get_kind_display()
