"""Who a user works for, and the roles that say what they may do.

Roles are Django groups (created by a data migration in ``corps``) that
bundle permissions; the permission policies (``corps.permissions``,
``networks.permissions``) ask for the permissions, never for a group's name:

- ``Fagperson/booker``: a professional in a municipality or region who may
  request bookings on behalf of their organisation;
- ``Korpskoordinator``: runs the calendar of the specialists they are
  assigned to on the specialists' pages;
- ``Redaktør`` (Wagtail's "Editors", renamed): editors and the secretariat;
- ``Godkendende redaktør`` (Wagtail's "Moderators", renamed): editors who
  also publish and approve what others submit;
- ``Netværkskoordinator: <netværk>``: one group per network
  (``networks.services.make_network_coordinator``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from kb.core.models import OrganisationMixin

BOOKER_GROUP = "Fagperson/booker"
COORDINATOR_GROUP = "Korpskoordinator"
EDITOR_GROUP = "Redaktør"
MODERATOR_GROUP = "Godkendende redaktør"


class Affiliation(OrganisationMixin):
    """A user's organisation: exactly one municipality or one region."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="affiliation",
        verbose_name=_("bruger"),
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("municipality"),
        FieldPanel("region"),
    ]

    class Meta(OrganisationMixin.Meta):
        # The table of the model's first home (corps.Membership).
        db_table = "corps_membership"
        verbose_name = _("tilknytning")
        verbose_name_plural = _("tilknytninger")

    def __str__(self):
        return f"{self.user.get_username()} ({self.organisation})"


def affiliation_of(user) -> Affiliation | None:
    """The user's affiliation, or None (anonymous or not attached)."""
    if not user.is_authenticated:
        return None
    try:
        return user.affiliation
    except Affiliation.DoesNotExist:
        return None


#: Addresses anyone can get: never proof of working for an organisation.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.dk",
        "outlook.com",
        "outlook.dk",
        "live.com",
        "live.dk",
        "msn.com",
        "yahoo.com",
        "yahoo.dk",
        "icloud.com",
        "me.com",
        "mail.dk",
        "jubii.dk",
        "protonmail.com",
        "proton.me",
        "gmx.com",
        "aol.com",
    }
)


def email_domain(email: str) -> str:
    """The part after the last ``@``, lower-cased ("" without one)."""
    _local, at, domain = email.strip().rpartition("@")
    return domain.lower().rstrip(".") if at else ""


class OrganisationEmailDomain(OrganisationMixin):
    """An e-mail domain that belongs to a municipality or region: whoever
    confirms an address at exactly this domain works there (subdomains are
    separate entries, so a school's or a supplier's subdomain is not
    trusted by accident)."""

    domain = models.CharField(
        _("domæne"),
        max_length=253,
        unique=True,
        help_text=_("Fx «aarhus.dk», uden @ og uden www."),
    )

    panels = [
        FieldPanel("domain"),
        FieldPanel("municipality"),
        FieldPanel("region"),
    ]

    class Meta(OrganisationMixin.Meta):
        ordering = ["domain"]
        verbose_name = _("e-maildomæne")
        verbose_name_plural = _("e-maildomæner")

    def __str__(self):
        return f"{self.domain} ({self.organisation})"

    def clean(self):
        super().clean()
        self.domain = email_domain(f"@{self.domain.strip().lstrip('@')}")
        if not self.domain or "." not in self.domain or " " in self.domain:
            raise ValidationError({"domain": _("Skriv et domæne som «aarhus.dk».")})
        if self.domain in FREE_MAIL_DOMAINS:
            raise ValidationError(
                {
                    "domain": _(
                        "Alle kan få en adresse hos %(domain)s; det kan ikke "
                        "knytte brugere til en organisation."
                    )
                    % {"domain": self.domain}
                }
            )

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower()
        super().save(*args, **kwargs)


def organisation_domain_for(email: str) -> OrganisationEmailDomain | None:
    """The organisation domain of ``email``: an exact, case-insensitive match
    of its domain; never a free-mail domain."""
    domain = email_domain(email)
    if not domain or domain in FREE_MAIL_DOMAINS:
        return None
    return (
        OrganisationEmailDomain.objects.select_related("municipality", "region")
        .filter(domain=domain)
        .first()
    )
