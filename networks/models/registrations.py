"""Registration for theme days and other events, with a waiting list."""

import datetime as dt

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kb.core.cpr import validate_no_cpr

#: How long a guest's confirmation link works; an unconfirmed registration
#: older than this is void and blocks nothing.
GUEST_CONFIRMATION_PERIOD = dt.timedelta(hours=48)
#: Keeps the guests' links apart from every other signed value of the site.
GUEST_LINK_SALT = "networks.guest-registration"
#: Guests' requests are counted within this window, per e-mail address
#: (``KB_GUEST_RATE_PER_EMAIL``) and per client (``KB_GUEST_RATE_PER_ADDRESS``).
GUEST_RATE_WINDOW = dt.timedelta(hours=1)
#: Keeps the hashes of guests' client addresses apart from other keyed hashes.
GUEST_CLIENT_SALT = "networks.guest-registration.client"


class EventRegistration(models.Model):
    """One person's place (or place in the queue) at an event, with an
    account (``user``) or as a guest (no ``user``; the name and e-mail say
    who). Both kinds share the seats and the one waiting list.

    A guest's registration starts *unconfirmed*: it holds no seat, and the
    only e-mail sent is the one that asks the guest to confirm the address
    through a personal link (:meth:`guest_url`). Confirming takes a seat or a
    place in the queue (:func:`networks.services.confirm_guest_registration`).

    The waiting list is ordered by ``created_at`` (for a guest: when the
    address was confirmed); when a confirmed participant cancels, the first
    on the list is promoted (:func:`networks.services.cancel_registration`).
    """

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Venter på bekræftelse af e-mail")
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
    # Set when the retention period removed who registered; the row stays
    # for the activity report's counts.
    anonymised_at = models.DateTimeField(
        _("anonymiseret"), null=True, blank=True, editable=False
    )
    # Empty once anonymised (kept for the activity report's counts) or
    # when the user deleted their account.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("bruger"),
        help_text=_(
            "Tom for en gæst, der har tilmeldt sig uden konto, og når "
            "tilmeldingen er anonymiseret eller kontoen slettet."
        ),
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
    # While a guest's registration is unconfirmed: a keyed hash of the
    # client address it was requested from (kb.core.http.hashed_client), so
    # the requests per client can be limited. Cleared when the address is
    # confirmed; an unconfirmed row is deleted after GUEST_CONFIRMATION_PERIOD.
    requested_from = models.CharField(
        _("anmodet fra (hash)"), max_length=64, blank=True, editable=False
    )
    needs = models.TextField(
        _("kost- eller tilgængelighedsbehov"),
        blank=True,
        validators=[validate_no_cpr],
        help_text=_("Skriv ikke helbredsoplysninger eller CPR-numre."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
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
            ),
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=Q(
                    user__isnull=True,
                    anonymised_at__isnull=True,
                    status__in=["unconfirmed", "confirmed", "waiting"],
                ),
                name="one_guest_registration_per_email_and_event",
                violation_error_message=_(
                    "Der er allerede en tilmelding med denne e-mailadresse."
                ),
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False)
                | Q(anonymised_at__isnull=False)
                | (~Q(name="") & ~Q(email="")),
                name="registration_has_user_or_guest_name_and_email",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def is_guest(self) -> bool:
        return self.user_id is None

    def confirmation_expired(self, now: dt.datetime | None = None) -> bool:
        """Whether this is a guest's unconfirmed registration whose link no
        longer confirms it (it then holds nothing and blocks nothing)."""
        now = now or timezone.now()
        return (
            self.status == self.Status.UNCONFIRMED
            and self.created_at < now - GUEST_CONFIRMATION_PERIOD
        )

    @property
    def guest_token(self) -> str:
        """The secret part of a guest's personal link: the registration's id
        signed with the site's key, so every e-mail can carry the link and
        nothing needs storing; a changed or guessed link does not verify."""
        return signing.Signer(salt=GUEST_LINK_SALT).sign(str(self.pk))

    @classmethod
    def pk_from_guest_token(cls, token: str) -> int | None:
        """The id a guest's link was issued for, or None if it is not one."""
        try:
            value = signing.Signer(salt=GUEST_LINK_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return int(value) if value.isdigit() else None

    def guest_url(self) -> str:
        """The guest's personal page: see, confirm, change or cancel."""
        return reverse("networks:guest_registration", args=[self.guest_token])

    def manage_url(self) -> str:
        """Where the participant sees and cancels this registration: the
        personal link for a guest, «Mine arrangementer» for an account."""
        if self.is_guest:
            return self.guest_url()
        return reverse("networks:my_events")

    def cancel_url(self) -> str:
        if self.is_guest:
            return reverse(
                "networks:cancel_guest_registration", args=[self.guest_token]
            )
        return reverse("networks:cancel_registration", args=[self.pk])

    def cancellation_closed_reason(self, now: dt.datetime | None = None) -> str | None:
        """Why the participant cannot cancel this registration at ``now``
        (default: now), or None if they can: the same rules that
        :func:`networks.services.cancel_registration` enforces, asked by the
        pages and e-mails before they offer the link."""
        now = now or timezone.now()
        event = self.event
        if self.status == self.Status.UNCONFIRMED:
            return gettext("Tilmeldingen er ikke bekræftet endnu.")
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

    def change_closed_reason(self, now: dt.datetime | None = None) -> str | None:
        """Why a guest cannot change their details at ``now``, or None."""
        now = now or timezone.now()
        if self.status == self.Status.UNCONFIRMED:
            return gettext("Bekræft din tilmelding, før du ændrer den.")
        if not self.is_active:
            return gettext("Tilmeldingen er afmeldt.")
        if self.event.is_cancelled:
            return gettext("Arrangementet er aflyst.")
        if now >= self.event.start:
            return gettext("Arrangementet er begyndt eller afholdt.")
        return None
