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
