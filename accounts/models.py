"""Who a user works for, and the roles that say what they may do.

Roles are Django groups (created by a data migration in ``corps``) that
bundle permissions; the permission policies (``corps.permissions``,
``networks.permissions``) ask for the permissions, never for a group's name:

- ``Fagperson/booker``: a professional in a municipality or region who may
  request bookings on behalf of their organisation;
- ``Korpskoordinator``: runs the calendar of the specialists they are
  assigned to on the specialists' pages;
- Wagtail's ``Editors``: editors and the secretariat.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

BOOKER_GROUP = "Fagperson/booker"
COORDINATOR_GROUP = "Korpskoordinator"
EDITOR_GROUP = "Editors"


class Affiliation(models.Model):
    """A user's organisation: exactly one municipality or one region."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="affiliation",
        verbose_name=_("bruger"),
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="affiliations",
        verbose_name=_("kommune"),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="affiliations",
        verbose_name=_("region"),
        help_text=_("Kun for medarbejdere i en region, ikke i en kommune."),
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("municipality"),
        FieldPanel("region"),
    ]

    class Meta:
        # The table of the model's first home (corps.Membership).
        db_table = "corps_membership"
        verbose_name = _("tilknytning")
        verbose_name_plural = _("tilknytninger")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, region__isnull=True)
                | Q(municipality__isnull=True, region__isnull=False),
                name="membership_municipality_xor_region",
                violation_error_message=_(
                    "Vælg enten en kommune eller en region, ikke begge."
                ),
            )
        ]

    def __str__(self):
        return f"{self.user.get_username()} ({self.organisation})"

    @property
    def organisation(self):
        """The municipality or region the user works for."""
        return self.municipality or self.region


def affiliation_of(user) -> Affiliation | None:
    """The user's affiliation, or None (anonymous or not attached)."""
    if not user.is_authenticated:
        return None
    try:
        return user.affiliation
    except Affiliation.DoesNotExist:
        return None
