"""Abstract page types shared by the feature apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from kb.core.cpr import validate_no_cpr


class SectionIndexPage(Page):
    """Base for the one index page of each section, directly under home."""

    intro = models.TextField(
        _("introduktion"), blank=True, validators=[validate_no_cpr]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
