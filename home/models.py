"""The top of the site: the home page and plain editorial pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from corps.models import SpecialistPage
from kb.core import dates
from kb.core.blocks import BodyBlock
from kb.core.cpr import validate_no_cpr
from kb.core.pages import PageRefusesCprNumbers
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from networks.models import ThemeDayPage


class HomePage(PageRefusesCprNumbers, Page):
    """The front page: search, newest methods, upcoming theme days, the corps
    and entry points by target group and focus area."""

    intro = models.TextField(
        _("introduktion"), blank=True, validators=[validate_no_cpr]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.MethodIndexPage",
        "methods.EvidenceIndexPage",
        "methods.EvidenceScalePage",
        "networks.EventIndexPage",
        "networks.NetworkIndexPage",
        "corps.CorpsIndexPage",
        "agreements.FrameworkAgreementIndexPage",
        "home.ContentPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("forside")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newest_methods"] = (
            MethodPage.objects.live().public().order_by("-first_published_at")[:6]
        )
        context["upcoming_events"] = ThemeDayPage.upcoming().filter(is_cancelled=False)[
            :5
        ]
        # What each specialist's card shows, fetched with them.
        context["specialists"] = (
            SpecialistPage.objects.live()
            .public()
            .select_related("home_offer")
            .prefetch_related("travel_regions")
            .order_by("?")[:4]
        )
        context["target_groups"] = TargetGroup.objects.all()
        context["focus_areas"] = FocusArea.objects.all()
        return context


class ContentPage(PageRefusesCprNumbers, Page):
    """A plain editorial page, e.g. 'Om Vidensbanken'."""

    intro = models.TextField(
        _("introduktion"), blank=True, validators=[validate_no_cpr]
    )
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


COMPLAINTS_URL = "https://www.was.digst.dk/"


@register_setting(icon="view")
class AccessibilityStatement(BaseSiteSetting):
    """Facts of the statement; the page's headings and fixed wording are in
    the template, as the agency's template prescribes them."""

    class Compliance(models.TextChoices):
        FULL = "fuldt", _("fuldt overholder")
        PARTIAL = "delvist", _("delvist overholder")
        NONE = "ikke", _("ikke overholder")

    organisation = models.CharField(
        _("ansvarlig myndighed"),
        max_length=200,
        default="Sekretariatet for Vidensbanken",
        validators=[validate_no_cpr],
    )
    compliance = models.CharField(
        _("overholdelsesstatus"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        help_text=_("I hvor høj grad websitet overholder WCAG 2.1 niveau AA."),
    )
    inaccessible_content = models.TextField(
        _("ikke-tilgængeligt indhold"),
        blank=True,
        default=(
            "Wagtails administrationsmodul er ikke fuldt oversat til dansk.\n"
            "Ældre dokumenter, som er lagt op som PDF, kan mangle overskrifter "
            "og alternative tekster."
        ),
        help_text=_("Ét punkt pr. linje: hvad er ikke tilgængeligt, og hvorfor."),
        validators=[validate_no_cpr],
    )
    prepared_on = models.DateField(
        _("erklæringen er udarbejdet"), null=True, blank=True, validators=[dates.validate_in_range]
    )
    reviewed_on = models.DateField(
        _("senest gennemgået"), null=True, blank=True, validators=[dates.validate_in_range]
    )
    method = models.TextField(
        _("sådan er erklæringen udarbejdet"),
        default=(
            "Erklæringen bygger på en selvevaluering: automatiske test med "
            "axe-core af alle sidetyper i Chromium på computer- og "
            "mobilskærm, samt manuel test med tastatur og skærmlæser."
        ),
        validators=[validate_no_cpr],
    )
    contact_email = models.EmailField(
        _("e-mail til feedback"), default="tilgaengelighed@vidensbanken.dk"
    )
    contact_phone = models.CharField(_("telefon"), max_length=40, blank=True)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("compliance"),
        FieldPanel("inaccessible_content"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("method"),
            ],
            heading=_("Udarbejdelse"),
        ),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
    ]

    class Meta:
        verbose_name = _("tilgængelighedserklæring")
        constraints = [
            dates.date_constraint("prepared_on"),
            dates.date_constraint("reviewed_on"),
        ]

    def inaccessible_items(self) -> list[str]:
        return [
            line.strip()
            for line in self.inaccessible_content.splitlines()
            if line.strip()
        ]
