"""Shared pages and snippets: the home page, content pages, offers and the
framework agreements that every feature app refers to."""

from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from kb.taxonomy.content import Classified, tagged_with
from kb.taxonomy.models import FocusArea, TargetGroup, TargetGroupItem


class HomePage(Page):
    """The front page: search, newest methods, upcoming theme days, the corps
    and entry points by target group and focus area."""

    intro = models.TextField(_("introduktion"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.MethodIndexPage",
        "methods.EvidenceIndexPage",
        "methods.EvidenceScalePage",
        "networks.EventIndexPage",
        "networks.NetworkIndexPage",
        "corps.CorpsIndexPage",
        "home.FrameworkAgreementIndexPage",
        "home.ContentPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("forside")

    def get_context(self, request, *args, **kwargs):
        from corps.models import SpecialistPage
        from methods.models import MethodPage
        from networks.models import ThemeDayPage

        context = super().get_context(request, *args, **kwargs)
        context["newest_methods"] = (
            MethodPage.objects.live().public().order_by("-first_published_at")[:6]
        )
        context["upcoming_events"] = ThemeDayPage.upcoming().filter(is_cancelled=False)[
            :5
        ]
        context["specialists"] = (
            SpecialistPage.objects.live().public().order_by("?")[:4]
        )
        context["target_groups"] = TargetGroup.objects.all()
        context["focus_areas"] = FocusArea.objects.all()
        return context


class SectionIndexPage(Page):
    """Base for the one index page of each section, directly under home."""

    intro = models.TextField(_("introduktion"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class ContentPage(Page):
    """A plain editorial page, e.g. 'Om Vidensbanken'."""

    intro = models.TextField(_("introduktion"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("indhold"))

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("indholdsside")


class OfferTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "home.Offer", on_delete=models.CASCADE, related_name="tagged_target_groups"
    )


class Offer(Classified, index.Indexed, ClusterableModel):
    """Tilbud: a specialised institution, e.g. Synscenter Refsnæs."""

    listing_order = 50
    summary_field = "description"

    name = models.CharField(_("navn"), max_length=255, unique=True)
    slug = models.SlugField(_("kortnavn"), max_length=255, unique=True)
    kind = models.CharField(
        _("type tilbud"),
        max_length=100,
        blank=True,
        help_text=_("Fx botilbud, specialskole."),
    )
    operator = models.CharField(
        _("driftsherre"),
        max_length=255,
        help_text=_("Kommunen eller regionen, der driver tilbuddet."),
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
    description = models.TextField(_("beskrivelse"), blank=True)
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
        return reverse("home:offer", args=[self.slug])

    @property
    def title(self):
        """Listing templates show every classified item by its title."""
        return self.name

    def get_url(self, request=None):
        """Same call as ``Page.get_url`` so listings treat both alike."""
        return self.get_absolute_url()


class FrameworkAgreementIndexPage(SectionIndexPage):
    """Lists the framework agreements (rammeaftaler), newest first."""

    subpage_types = ["home.FrameworkAgreementPage"]

    class Meta:
        verbose_name = _("oversigt over rammeaftaler")

    def get_agreements(self):
        return (
            FrameworkAgreementPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region")
            .order_by("-period_start", "title")
        )


class FrameworkAgreementPage(Page):
    """Rammeaftale / socialaftale: a region's agreement for a period, with its
    focus areas, each with a goal, themes and actions."""

    class Status(models.TextChoices):
        PROPOSED = "forslag", _("Forslag")
        CURRENT = "gældende", _("Gældende")
        ENDED = "afsluttet", _("Afsluttet")

    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        related_name="framework_agreements",
        verbose_name=_("region"),
    )
    period_start = models.PositiveSmallIntegerField(_("periode fra (år)"))
    period_end = models.PositiveSmallIntegerField(_("periode til (år)"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CURRENT
    )
    intro = models.TextField(_("introduktion"), blank=True)
    vision = models.TextField(_("vision"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("uddybning"))

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("vision"),
        index.FilterField("region"),
        index.FilterField("period_start"),
        index.RelatedFields("focus_area_entries", [index.SearchField("goal")]),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("status"),
            ],
            heading=_("Aftale"),
        ),
        FieldPanel("intro"),
        FieldPanel("vision"),
        InlinePanel("focus_area_entries", label=_("Fokusområder"), min_num=0),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.FrameworkAgreementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rammeaftale")
        verbose_name_plural = _("rammeaftaler")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if (
            self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            raise ValidationError(
                {"period_end": _("Slutåret kan ikke ligge før startåret.")}
            )

    @property
    def period_label(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    def focus_area_overview(self):
        """Each focus area with the methods, theme days and networks tagged
        with it, so a reader sees what is being done for it."""
        from methods.models import MethodPage
        from networks.models import NetworkPage, ThemeDayPage

        models_shown = [MethodPage, ThemeDayPage, NetworkPage]
        overview = []
        for entry in self.focus_area_entries.select_related("focus_area"):
            overview.append(
                {
                    "entry": entry,
                    "content": tagged_with(entry.focus_area, models=models_shown),
                }
            )
        return overview


class AgreementFocusArea(Orderable):
    """One focus area of an agreement: its goal (mål), themes and actions."""

    agreement = ParentalKey(
        FrameworkAgreementPage,
        on_delete=models.CASCADE,
        related_name="focus_area_entries",
    )
    focus_area = models.ForeignKey(
        FocusArea,
        on_delete=models.PROTECT,
        related_name="agreement_entries",
        verbose_name=_("fokusområde"),
    )
    goal = models.TextField(_("mål"))
    themes = models.TextField(
        _("tematikker"), blank=True, help_text=_("Én tematik pr. linje.")
    )
    actions = models.TextField(
        _("handlinger"), blank=True, help_text=_("Én handling pr. linje.")
    )
    success_criteria = models.TextField(
        _("hvornår er målet nået"),
        blank=True,
        help_text=_("Succeskriterier for fokusområdet."),
    )

    panels = [
        FieldPanel("focus_area"),
        FieldPanel("goal"),
        FieldPanel("themes"),
        FieldPanel("actions"),
        FieldPanel("success_criteria"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fokusområde i aftalen")
        verbose_name_plural = _("fokusområder i aftalen")

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [
            line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")
        ]

    def theme_list(self) -> list[str]:
        return self._lines(self.themes)

    def action_list(self) -> list[str]:
        return self._lines(self.actions)
