"""The top of the site: the home page and plain editorial pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from corps.models import SpecialistPage
from kb.core.blocks import BodyBlock
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from networks.models import ThemeDayPage


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
        context["specialists"] = (
            SpecialistPage.objects.live().public().order_by("?")[:4]
        )
        context["target_groups"] = TargetGroup.objects.all()
        context["focus_areas"] = FocusArea.objects.all()
        return context


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
