"""Controlled vocabularies and reference data shared by every content type.

Target groups and focus areas are django-taggit tag models with
``free_tagging = False``: editors pick from the list in a page's tag field but
cannot grow the vocabulary by typing; the vocabulary itself is edited as a
snippet by editors with that permission.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from kb.core.cpr import validate_no_cpr


class ControlledTag(TagBase, index.Indexed):
    """A tag from a curated vocabulary, with a description for listing pages."""

    free_tagging = False

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    description = models.TextField(
        _("beskrivelse"), blank=True, validators=[validate_no_cpr]
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["name"]


class TargetGroup(ControlledTag):
    """Målgruppe: the citizens a method, offer, event or network is for."""

    class Meta(ControlledTag.Meta):
        verbose_name = _("målgruppe")
        verbose_name_plural = _("målgrupper")

    def get_absolute_url(self):
        return reverse("taxonomy:target_group", args=[self.slug])


class FocusArea(ControlledTag):
    """Fokusområde: a political focus area of the framework agreements."""

    class Meta(ControlledTag.Meta):
        verbose_name = _("fokusområde")
        verbose_name_plural = _("fokusområder")

    def get_absolute_url(self):
        return reverse("taxonomy:focus_area", args=[self.slug])


class TargetGroupItem(ItemBase):
    """Base for a content type's through model to :class:`TargetGroup`.

    Subclasses add ``content_object = ParentalKey(<model>, ...)``; a
    ParentalKey (not a generic relation) keeps tags in page revisions and
    previews.
    """

    tag = models.ForeignKey(
        TargetGroup,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s",
        verbose_name=_("målgruppe"),
    )

    class Meta:
        abstract = True
        # Inherited by the through models (the admin's usage view names them).
        verbose_name = _("målgrupper")
        verbose_name_plural = _("målgrupper")


class FocusAreaItem(ItemBase):
    """Base for a content type's through model to :class:`FocusArea`."""

    tag = models.ForeignKey(
        FocusArea,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s",
        verbose_name=_("fokusområde"),
    )

    class Meta:
        abstract = True
        verbose_name = _("fokusområder")
        verbose_name_plural = _("fokusområder")


class Region(models.Model):
    """One of the five Danish regions."""

    name = models.CharField(
        _("navn"), max_length=100, unique=True, validators=[validate_no_cpr]
    )
    code = models.CharField(_("regionskode"), max_length=4, unique=True)
    slug = models.SlugField(_("URL-navn"), unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regioner")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """One of the 98 Danish municipalities (kommuner), with its official code."""

    name = models.CharField(
        _("navn"), max_length=100, unique=True, validators=[validate_no_cpr]
    )
    code = models.CharField(_("kommunekode"), max_length=3, unique=True)
    slug = models.SlugField(_("URL-navn"), unique=True)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("region"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name
