"""Abstract model mixins shared by the apps (no tables, no migrations here).

Models are referred to by their label (``"taxonomy.Municipality"``), never
imported: kb.core is the lowest layer and must not import kb.taxonomy.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OrganisationMixin(models.Model):
    """Belongs to exactly one Danish municipality or one region: two
    nullable foreign keys and a check constraint that exactly one is set.

    The reverse accessors are ``<app_label>_<model>_set`` on Municipality and
    Region; a subclass that needs other names (to keep an existing schema)
    redeclares the field. A subclass with its own ``Meta`` inherits
    ``OrganisationMixin.Meta`` (``class Meta(OrganisationMixin.Meta)``) and
    adds to ``OrganisationMixin.Meta.constraints`` rather than replacing
    them.
    """

    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(app_label)s_%(class)s_set",
        verbose_name=_("kommune"),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(app_label)s_%(class)s_set",
        verbose_name=_("region"),
        help_text=_("Kun for en region, ikke for en kommune."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, region__isnull=True)
                | Q(municipality__isnull=True, region__isnull=False),
                name="%(app_label)s_%(class)s_municipality_xor_region",
                violation_error_message=_(
                    "Vælg enten en kommune eller en region, ikke begge."
                ),
            )
        ]

    @property
    def organisation(self):
        """The municipality or the region (whichever is set)."""
        return self.municipality or self.region
