"""Rammeaftaler: each region's framework agreement for a period, with its
focus areas, their goals, themes and actions."""

import datetime as dt
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from agreements.blocks import AgreementActionBlock
from kb.core import dates
from kb.core.blocks import BodyBlock
from kb.core.cpr import RefusesCprNumbers, validate_no_cpr
from kb.core.pages import PageRefusesCprNumbers, SectionIndexPage
from kb.core.pagination import paginate
from kb.taxonomy.content import classified_models, count_distinct, tagged_with
from kb.taxonomy.models import FocusArea
from search.registry import registry


class FrameworkAgreementIndexPage(SectionIndexPage):
    """Lists the framework agreements (rammeaftaler), newest first."""

    subpage_types = ["agreements.FrameworkAgreementPage"]

    class Meta:
        db_table = "home_frameworkagreementindexpage"
        verbose_name = _("oversigt over rammeaftaler")

    def get_agreements(self):
        return (
            FrameworkAgreementPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region")
            .order_by("-period_start", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paging = paginate(self.get_agreements(), request.GET)
        context.update(
            agreements=paging.items,
            page_obj=paging.page_obj,
            query_string=paging.query_string,
        )
        return context


class FrameworkAgreementPage(PageRefusesCprNumbers, Page):
    """Rammeaftale / socialaftale: a region's agreement for a period, with its
    focus areas, each with a goal, themes and actions."""

    class Status(models.TextChoices):
        PROPOSED = "forslag", _("Forslag")
        COMING = "kommende", _("Kommende")
        CURRENT = "gældende", _("Gældende")
        ENDED = "afsluttet", _("Afsluttet")

    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        related_name="framework_agreements",
        verbose_name=_("region"),
    )
    period_start = models.PositiveSmallIntegerField(
        _("periode fra (år)"), validators=[dates.validate_year]
    )
    period_end = models.PositiveSmallIntegerField(
        _("periode til (år)"), validators=[dates.validate_year]
    )
    is_proposal = models.BooleanField(
        _("forslag"),
        default=False,
        help_text=_("Sæt flueben, så længe aftalen kun er et forslag."),
    )
    intro = models.TextField(
        _("introduktion"), blank=True, validators=[validate_no_cpr]
    )
    vision = models.TextField(_("vision"), blank=True, validators=[validate_no_cpr])
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
                FieldPanel("is_proposal"),
            ],
            heading=_("Aftale"),
        ),
        FieldPanel("intro"),
        FieldPanel("vision"),
        InlinePanel("focus_area_entries", label=_("Fokusområder"), min_num=0),
        FieldPanel("body"),
    ]

    parent_page_types = ["agreements.FrameworkAgreementIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "home_frameworkagreementpage"
        verbose_name = _("rammeaftale")
        verbose_name_plural = _("rammeaftaler")
        constraints = [
            dates.year_constraint("period_start"),
            dates.year_constraint("period_end"),
        ]

    def clean(self):
        super().clean()
        if (
            self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            raise ValidationError(
                {"period_end": _("Slutåret kan ikke ligge før startåret.")}
            )

    def status_on(self, day: dt.date) -> str:
        """Forslag until adopted; then coming, current or ended by the period."""
        if self.is_proposal:
            return self.Status.PROPOSED
        if day.year < self.period_start:
            return self.Status.COMING
        if day.year > self.period_end:
            return self.Status.ENDED
        return self.Status.CURRENT

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def period_label(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    def focus_area_overview(self):
        """Each focus area with the content tagged with it that belongs to
        this agreement (the types that opt in with ``shown_on_agreements``
        and scope themselves with ``for_agreement``), so a reader sees what
        the agreement did for it.

        Each type lists its first ``KB_AGREEMENT_LIST_SIZE`` items by title
        with their count, and links to the search filtered by the type and
        the focus area for the rest."""
        models_shown = [
            model
            for model in classified_models()
            if getattr(model, "shown_on_agreements", False)
        ]
        size = settings.KB_AGREEMENT_LIST_SIZE
        overview = []
        for entry in self.focus_area_entries.select_related("focus_area"):
            sections = []
            for section in tagged_with(
                entry.focus_area, models=models_shown, include_empty=True
            ):
                # Each type says what belongs to an agreement (its region and
                # period); the focus area's own page lists everything else.
                items = section.model.for_agreement(section.items, self)
                count = count_distinct(items)
                if not count:
                    continue
                sections.append(
                    {
                        "label": section.label,
                        "items": items[:size],
                        "count": count,
                        **_search_link(section, entry.focus_area),
                    }
                )
            overview.append({"entry": entry, "content": sections})
        return overview


def _search_link(section, focus_area) -> dict:
    """The search page filtered by ``section``'s type and ``focus_area``,
    and how many results it shows (every visible item of the type tagged
    with the focus area: the search has no period, and region only for
    some types)."""
    kind = registry.for_object(section.model)
    if kind is None:
        return {}
    params = urlencode({"type": kind.key, "fokusomraade": focus_area.slug})
    return {
        "search_url": f"{reverse('search:search')}?{params}",
        "search_count": count_distinct(section.items),
    }


class AgreementFocusArea(RefusesCprNumbers, Orderable):
    """One focus area of an agreement: its goal (mål), themes and actions."""

    agreement = ParentalKey(
        FrameworkAgreementPage,
        on_delete=models.CASCADE,
        related_name="focus_area_entries",
        verbose_name=_("rammeaftale"),
    )
    focus_area = models.ForeignKey(
        FocusArea,
        on_delete=models.PROTECT,
        related_name="agreement_entries",
        verbose_name=_("fokusområde"),
    )
    goal = models.TextField(_("mål"), validators=[validate_no_cpr])
    themes = models.TextField(
        _("tematikker"),
        blank=True,
        help_text=_("Én tematik pr. linje."),
        validators=[validate_no_cpr],
    )
    actions = StreamField(
        [("action", AgreementActionBlock())],
        blank=True,
        verbose_name=_("handlinger"),
        help_text=_(
            "Én række pr. handling, med de temadage og netværk, der udfører den."
        ),
    )
    success_criteria = models.TextField(
        _("hvornår er målet nået"),
        blank=True,
        help_text=_("Succeskriterier for fokusområdet."),
        validators=[validate_no_cpr],
    )

    panels = [
        FieldPanel("focus_area"),
        FieldPanel("goal"),
        FieldPanel("themes"),
        FieldPanel("actions"),
        FieldPanel("success_criteria"),
    ]

    class Meta(Orderable.Meta):
        db_table = "home_agreementfocusarea"
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
        return [block.value["text"] for block in self.actions]

    def action_rows(self) -> list[dict]:
        """Each action with the theme days (by date) and networks linked to
        it that a reader can open: live and public only, so a draft or a
        members-only page is not announced on the agreement."""
        rows = [
            {
                "text": block.value["text"],
                "theme_days": [p for p in block.value["theme_days"] if p],
                "networks": [p for p in block.value["networks"] if p],
            }
            for block in self.actions
        ]
        linked = {
            page.pk for row in rows for page in row["theme_days"] + row["networks"]
        }
        visible = set(
            Page.objects.filter(pk__in=linked)
            .live()
            .public()
            .values_list("pk", flat=True)
        )
        for row in rows:
            row["theme_days"] = sorted(
                (p for p in row["theme_days"] if p.pk in visible),
                key=lambda page: page.start,
            )
            row["networks"] = sorted(
                (p for p in row["networks"] if p.pk in visible),
                key=lambda page: page.title,
            )
        return rows
