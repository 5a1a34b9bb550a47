"""Abstract page types shared by the feature apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from kb.core.cpr import RefusesCprNumbers, validate_no_cpr
from kb.core.forms import PageCopyForm


class PageRefusesCprNumbers(RefusesCprNumbers):
    """Mixin for every page type (before ``Page`` in the bases): the title and
    the SEO fields Wagtail's ``Page`` brings, the text in the page's
    StreamFields and the title of a copy refuse CPR numbers."""

    cpr_text_fields = ("title", "seo_title", "search_description")
    copy_form_class = PageCopyForm


class SectionIndexPage(PageRefusesCprNumbers, Page):
    """Base for the one index page of each section, directly under home."""

    intro = models.TextField(
        _("introduktion"), blank=True, validators=[validate_no_cpr]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
