"""Registration for theme days and other events, with a waiting list."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kb.core.cpr import validate_no_cpr


class EventRegistration(models.Model):
    """One person's place (or place in the queue) at an event.

    The waiting list is ordered by ``created_at``; when a confirmed
    participant cancels, the first on the list is promoted
    (:func:`networks.services.cancel_registration`).
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Tilmeldt")
        WAITING = "waiting", _("På venteliste")
        CANCELLED = "cancelled", _("Afmeldt")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

    event = models.ForeignKey(
        "networks.ThemeDayPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("arrangement"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("bruger"),
    )
    name = models.CharField(_("navn"), max_length=200, validators=[validate_no_cpr])
    organisation = models.CharField(
        _("organisation"), max_length=200, validators=[validate_no_cpr]
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("kommune"),
        help_text=_("Tom, hvis du er ansat i en region eller et privat tilbud."),
    )
    email = models.EmailField(_("e-mail"))
    needs = models.TextField(
        _("kost- eller tilgængelighedsbehov"),
        blank=True,
        validators=[validate_no_cpr],
        help_text=_("Skriv ikke helbredsoplysninger eller CPR-numre."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("tilmeldt"), auto_now_add=True)
    promoted_at = models.DateTimeField(
        _("rykket op fra venteliste"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("afmeldt"), null=True, blank=True)
    event_cancelled_notified_at = models.DateTimeField(
        _("underrettet om aflysning"), null=True, blank=True
    )
    reminded_at = models.DateTimeField(
        _("påmindelse sendt"),
        null=True,
        blank=True,
        help_text=_("Hvornår deltageren fik en påmindelse før arrangementet."),
    )
    attended = models.BooleanField(
        _("mødt op"),
        null=True,
        blank=True,
        help_text=_("Tomt, indtil arrangøren har registreret fremmøde."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("tilmelding")
        verbose_name_plural = _("tilmeldinger")
        permissions = [
            (
                "manage_registrations",
                _("Kan se deltagerlister og give pladser til alle arrangementer"),
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_user_and_event",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    def cancellation_closed_reason(self, now: dt.datetime | None = None) -> str | None:
        """Why the participant cannot cancel this registration at ``now``
        (default: now), or None if they can: the same rules that
        :func:`networks.services.cancel_registration` enforces, asked by the
        pages and e-mails before they offer the link."""
        now = now or timezone.now()
        event = self.event
        if not self.is_active:
            return gettext("Tilmeldingen er allerede afmeldt.")
        if event.is_cancelled:
            return gettext(
                "Arrangementet er aflyst, så du behøver ikke at afmelde dig."
            )
        if now > (event.registration_deadline or event.start):
            return gettext("Fristen for afmelding er overskredet. Kontakt arrangøren.")
        return None

    @property
    def can_be_cancelled(self) -> bool:
        return self.cancellation_closed_reason() is None
