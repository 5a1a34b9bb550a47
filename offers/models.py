"""Tilbud: the specialised institutions (offers) that methods, specialists
and bookings refer to."""

from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from kb.core.cpr import validate_no_cpr
from kb.taxonomy.content import Classified
from kb.taxonomy.models import TargetGroupItem


class OfferTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "offers.Offer", on_delete=models.CASCADE, related_name="tagged_target_groups"
    )

    class Meta(TargetGroupItem.Meta):
        db_table = "home_offertargetgroup"


class Offer(Classified, index.Indexed, ClusterableModel):
    """Tilbud: a specialised institution, e.g. Synscenter Refsnæs."""

    listing_order = 50
    summary_field = "description"
    title_ordering = ("name",)

    name = models.CharField(
        _("navn"), max_length=255, unique=True, validators=[validate_no_cpr]
    )
    slug = models.SlugField(_("kortnavn"), max_length=255, unique=True)
    kind = models.CharField(
        _("type tilbud"),
        max_length=100,
        blank=True,
        help_text=_("Fx botilbud, specialskole."),
        validators=[validate_no_cpr],
    )
    operator = models.CharField(
        _("driftsherre"),
        max_length=255,
        help_text=_("Kommunen eller regionen, der driver tilbuddet."),
        validators=[validate_no_cpr],
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("beliggenhedskommune"),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("region"),
    )
    description = models.TextField(
        _("beskrivelse"), blank=True, validators=[validate_no_cpr]
    )
    url = models.URLField(_("hjemmeside"), blank=True)
    target_groups = ClusterTaggableManager(
        through=OfferTargetGroup, blank=True, verbose_name=_("målgrupper")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("operator")]),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("region")]),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("target_groups"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("operator"),
        index.FilterField("region"),
    ]

    class Meta:
        db_table = "home_offer"
        ordering = ["name"]
        verbose_name = _("tilbud")
        verbose_name_plural = _("tilbud")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # One transaction for the row and its tags, so the search index
        # (updated on commit) sees the tags too.
        with transaction.atomic():
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("offers:offer", args=[self.slug])

    @property
    def title(self):
        """Listing templates show every classified item by its title."""
        return self.name

    def get_url(self, request=None):
        """Same call as ``Page.get_url`` so listings treat both alike."""
        return self.get_absolute_url()

    def listed_specialists(self):
        """The specialists the offer is home to that visitors may see, by
        name (a stable order for paging), with what their cards show (home
        offer, travel regions) fetched with the list, not once per card."""
        return (
            self.specialists.live()
            .public()
            .select_related("home_offer")
            .prefetch_related("travel_regions")
            .order_by("title", "pk")
        )

    def listed_methods(self):
        """The methods the offer uses that visitors may see, by title (a
        stable order for paging)."""
        return self.methods.live().public().order_by("title", "pk")
