"""Abstract model mixins shared by the apps, and the proxy that carries the
permission to see and resend failed tasks (no tables of its own).

Models are referred to by their label (``"taxonomy.Municipality"``), never
imported: kb.core is the lowest layer and must not import kb.taxonomy.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from kb.core.tasks import task_name


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


class FailedTask(DBTaskResult):
    """A row of django-tasks' task table, seen as a task that may have failed
    for good (:mod:`kb.core.failed_tasks`). A proxy: it adds no table, only
    the permission that opens Settings → Mislykkede opgaver and
    ``retry_failed_tasks`` to a role other than the superusers."""

    class Meta:
        proxy = True
        verbose_name = _("mislykket opgave")
        verbose_name_plural = _("mislykkede opgaver")
        default_permissions = ()
        permissions = [
            ("retry_failedtask", _("Kan se og sende mislykkede opgaver igen")),
        ]

    def __str__(self):
        return task_name(self.task_path)
