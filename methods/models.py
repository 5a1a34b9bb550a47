"""Methods (metoder/indsatser), the evidence behind them, and the page that
explains the rating scale."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kb.core import dates
from kb.core.blocks import BodyBlock
from kb.core.cpr import validate_no_cpr
from kb.core.pages import PageRefusesCprNumbers, SectionIndexPage
from kb.taxonomy.content import Classified
from kb.taxonomy.filters import FilteredListingPage
from kb.taxonomy.models import FocusAreaItem, TargetGroupItem
from methods.blocks import CoreElementBlock
from methods.rating import (
    CostLevel,
    DanishRelevance,
    EvidenceLevel,
    ImplementationReadiness,
    axis_scale,
    evidence_scale,
)
from search import backends as search_backends


class MethodIndexPage(FilteredListingPage, SectionIndexPage):
    """Lists methods, filterable by target group and focus area
    (:class:`methods.filters.MethodFilterSet`)."""

    listing_name = "methods"
    subpage_types = ["methods.MethodPage"]

    class Meta:
        verbose_name = _("metodeoversigt")


class MethodTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "methods.MethodPage",
        on_delete=models.CASCADE,
        related_name="tagged_target_groups",
    )


class MethodFocusArea(FocusAreaItem):
    content_object = ParentalKey(
        "methods.MethodPage",
        on_delete=models.CASCADE,
        related_name="tagged_focus_areas",
    )


class MethodKeyword(TaggedItemBase):
    """Free-form keywords beside the controlled vocabularies."""

    content_object = ParentalKey(
        "methods.MethodPage", on_delete=models.CASCADE, related_name="tagged_keywords"
    )


class MethodPage(PageRefusesCprNumbers, Classified, Page):
    """A method or intervention (metode/indsats), described so that another
    municipality can judge it and start using it."""

    shown_on_agreements = True

    @classmethod
    def for_agreement(cls, queryset, agreement):
        """Methods in use by an offer in the agreement's region."""
        return queryset.filter(offers__region=agreement.region_id).distinct()

    listing_order = 10

    class Status(models.TextChoices):
        IN_USE = "i_brug", _("I brug")
        TRIAL = "afproevning", _("Under afprøvning")
        DEVELOPMENT = "udvikling", _("Under udvikling")
        RETIRED = "udfaset", _("Udfaset")

    summary = models.TextField(
        _("kort fortalt"),
        help_text=_("To-tre sætninger i et sprog, som borgere og pårørende forstår."),
        validators=[validate_no_cpr],
    )
    purpose = models.TextField(_("formål"), validators=[validate_no_cpr])
    description = RichTextField(
        _("beskrivelse"), blank=True, validators=[validate_no_cpr]
    )
    core_elements = StreamField(
        [("core_element", CoreElementBlock())],
        blank=True,
        verbose_name=_("kerneelementer"),
    )
    dose_duration = models.CharField(
        _("omfang og varighed"),
        max_length=255,
        blank=True,
        validators=[validate_no_cpr],
    )
    delivered_by = models.CharField(
        _("udføres af"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    legal_basis = models.CharField(
        _("lovgrundlag"),
        max_length=255,
        blank=True,
        help_text=_("Fx Serviceloven § 85."),
        validators=[validate_no_cpr],
    )
    competences = models.TextField(
        _("krav til kompetencer"), blank=True, validators=[validate_no_cpr]
    )
    organisation = models.TextField(
        _("krav til organisering"), blank=True, validators=[validate_no_cpr]
    )
    cost = models.TextField(_("økonomi"), blank=True, validators=[validate_no_cpr])
    measurement = models.TextField(
        _("effektmåling"),
        blank=True,
        help_text=_("Redskaber, fx FIT (ORS/SRS)."),
        validators=[validate_no_cpr],
    )
    practice_use = models.TextField(
        _("anvendelse i dansk praksis"), blank=True, validators=[validate_no_cpr]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_USE
    )
    method_owner = models.CharField(
        _("ejer af metoden"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    contact_name = models.CharField(
        _("kontaktperson"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    contact_email = models.EmailField(_("kontaktens e-mail"), blank=True)
    last_reviewed = models.DateField(
        _("senest gennemgået"), null=True, blank=True, validators=[dates.validate_in_range]
    )
    next_review = models.DateField(
        _("næste gennemgang"), null=True, blank=True, validators=[dates.validate_in_range]
    )

    evidence_level = models.PositiveSmallIntegerField(
        _("evidensniveau"),
        choices=EvidenceLevel.choices,
        null=True,
        blank=True,
        help_text=_("Tomt betyder, at metoden endnu ikke er vurderet."),
    )
    cost_level = models.PositiveSmallIntegerField(
        _("omkostninger"), choices=CostLevel.choices, null=True, blank=True
    )
    implementation_readiness = models.PositiveSmallIntegerField(
        _("implementeringsparathed"),
        choices=ImplementationReadiness.choices,
        null=True,
        blank=True,
    )
    danish_relevance = models.PositiveSmallIntegerField(
        _("relevans for dansk praksis"),
        choices=DanishRelevance.choices,
        null=True,
        blank=True,
    )

    target_groups = ClusterTaggableManager(
        through=MethodTargetGroup, blank=True, verbose_name=_("målgrupper")
    )
    focus_areas = ClusterTaggableManager(
        through=MethodFocusArea, blank=True, verbose_name=_("fokusområder")
    )
    keywords = ClusterTaggableManager(
        through=MethodKeyword, blank=True, verbose_name=_("nøgleord")
    )
    evidence = ParentalManyToManyField(
        "methods.EvidencePage",
        blank=True,
        related_name="methods",
        verbose_name=_("evidens"),
    )
    offers = ParentalManyToManyField(
        "offers.Offer",
        blank=True,
        related_name="methods",
        verbose_name=_("tilbud, der bruger metoden"),
    )
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        blank=True,
        related_name="methods",
        verbose_name=_("kommuner, der bruger metoden"),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("purpose"),
        index.SearchField("description"),
        index.SearchField("core_elements"),
        index.SearchField("measurement"),
        index.AutocompleteField("title"),
        index.FilterField("evidence_level"),
        index.FilterField("status"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
        index.RelatedFields("keywords", [index.SearchField("name")]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldPanel("focus_areas"),
                FieldPanel("keywords"),
            ],
            heading=_("Målgrupper og fokusområder"),
        ),
        FieldPanel("description"),
        FieldPanel("core_elements"),
        MultiFieldPanel(
            [
                FieldPanel("dose_duration"),
                FieldPanel("delivered_by"),
                FieldPanel("legal_basis"),
            ],
            heading=_("Indsatsen"),
        ),
        MultiFieldPanel(
            [FieldPanel("competences"), FieldPanel("organisation"), FieldPanel("cost")],
            heading=_("Krav til implementering"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evidence_level"),
                FieldRowPanel(
                    [
                        FieldPanel("cost_level"),
                        FieldPanel("implementation_readiness"),
                        FieldPanel("danish_relevance"),
                    ]
                ),
                FieldPanel("evidence"),
                FieldPanel("measurement"),
            ],
            heading=_("Evidens og effektmåling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("practice_use"),
                FieldPanel("offers"),
                FieldPanel("municipalities"),
            ],
            heading=_("Anvendelse"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel(
                    [
                        FieldPanel("method_owner"),
                        FieldPanel("contact_name"),
                        FieldPanel("contact_email"),
                    ]
                ),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
            ],
            heading=_("Ejerskab og opdatering"),
        ),
    ]

    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("metode")
        verbose_name_plural = _("metoder")
        constraints = [
            dates.date_constraint("last_reviewed"),
            dates.date_constraint("next_review"),
        ]

    def clean(self):
        super().clean()
        if (
            self.last_reviewed
            and self.next_review
            and self.next_review <= self.last_reviewed
        ):
            raise ValidationError(
                {
                    "next_review": _(
                        "Næste gennemgang skal ligge efter seneste gennemgang."
                    )
                }
            )

    def get_evidence(self):
        return self.evidence.live().public().order_by("-evidence_level", "-year")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # More-like-this on Elasticsearch; shared tags on the database.
        context["related_content"] = search_backends.related_to(self)
        return context


class EvidenceIndexPage(FilteredListingPage, SectionIndexPage):
    """Lists evidence items, strongest first, filterable by target group and
    focus area (:class:`methods.filters.EvidenceFilterSet`)."""

    listing_name = "evidence_items"
    listing_ordering = ("-evidence_level", "-year")
    subpage_types = ["methods.EvidencePage"]

    class Meta:
        verbose_name = _("evidensoversigt")


class EvidenceTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "methods.EvidencePage",
        on_delete=models.CASCADE,
        related_name="tagged_target_groups",
    )


class EvidenceFocusArea(FocusAreaItem):
    content_object = ParentalKey(
        "methods.EvidencePage",
        on_delete=models.CASCADE,
        related_name="tagged_focus_areas",
    )


class EvidencePage(PageRefusesCprNumbers, Classified, Page):
    """Evidens: a study or evaluation, rated on the published scale."""

    listing_order = 20

    class EvidenceType(models.TextChoices):
        REVIEW = "review", _("Systematisk forskningsoversigt")
        RCT = "rct", _("Randomiseret kontrolleret forsøg")
        QUASI = "quasi", _("Kvasieksperimentel undersøgelse")
        QUALITATIVE = "qualitative", _("Kvalitativ evaluering")
        PRACTICE = "practice", _("Praksisdokumentation")
        ECONOMIC = "economic", _("Økonomisk evaluering")

    evidence_type = models.CharField(
        _("type"), max_length=20, choices=EvidenceType.choices
    )
    evidence_level = models.PositiveSmallIntegerField(
        _("evidensniveau"), choices=EvidenceLevel.choices
    )
    publisher = models.CharField(
        _("udgiver"), max_length=255, validators=[validate_no_cpr]
    )
    year = models.PositiveSmallIntegerField(_("år"))
    summary = models.TextField(_("resumé"), validators=[validate_no_cpr])
    findings = RichTextField(_("resultater"), blank=True, validators=[validate_no_cpr])
    source_url = models.URLField(_("kilde"), blank=True)

    target_groups = ClusterTaggableManager(
        through=EvidenceTargetGroup, blank=True, verbose_name=_("målgrupper")
    )
    focus_areas = ClusterTaggableManager(
        through=EvidenceFocusArea, blank=True, verbose_name=_("fokusområder")
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("findings"),
        index.SearchField("publisher"),
        index.AutocompleteField("title"),
        index.FilterField("evidence_level"),
        index.FilterField("evidence_type"),
        index.FilterField("year"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
    ]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("evidence_type"), FieldPanel("evidence_level")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("year")]),
        FieldPanel("summary"),
        FieldPanel("findings"),
        FieldPanel("source_url"),
        MultiFieldPanel(
            [FieldPanel("target_groups"), FieldPanel("focus_areas")],
            heading=_("Målgrupper og fokusområder"),
        ),
    ]

    parent_page_types = ["methods.EvidenceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("evidens")
        verbose_name_plural = _("evidens")

    def clean(self):
        super().clean()
        if self.year and not 1900 <= self.year <= 2100:
            raise ValidationError({"year": _("Angiv et årstal mellem 1900 og 2100.")})

    def get_methods(self):
        return self.methods.live().public().order_by("title")


class EvidenceScalePage(SectionIndexPage):
    """Explains the rating scale; the criteria come from :mod:`methods.rating`."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("uddybning"))

    content_panels = SectionIndexPage.content_panels + [FieldPanel("body")]
    subpage_types = []

    class Meta:
        verbose_name = _("side om evidensskalaen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["evidence_scale"] = evidence_scale()
        context["axes"] = [
            (_("Omkostninger"), axis_scale("cost", CostLevel)),
            (
                _("Implementeringsparathed"),
                axis_scale("readiness", ImplementationReadiness),
            ),
            (_("Relevans for dansk praksis"), axis_scale("relevance", DanishRelevance)),
        ]
        return context
