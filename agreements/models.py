"""Rammeaftaler: each region's framework agreement for a period, with its
focus areas, their goals, themes and actions."""

import datetime as dt
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
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
from kb.taxonomy.content import classified_models, count_by_tag, first_by_tag
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
        the agreement did for it, and its actions (:func:`actions_with_links`).

        Each type lists its first ``KB_AGREEMENT_LIST_SIZE`` items by title
        with their count, and links to the search filtered by the type and
        the focus area for the rest. The queries are per type, not per focus
        area, so an agreement with many focus areas costs no more."""
        entries = list(self.focus_area_entries.select_related("focus_area"))
        if not entries:
            return []
        area_ids = [entry.focus_area_id for entry in entries]
        size = settings.KB_AGREEMENT_LIST_SIZE
        by_type = []
        for model in classified_models():
            if not (
                getattr(model, "shown_on_agreements", False)
                and hasattr(model, "focus_areas")
            ):
                continue
            visible = model.visible_objects()
            # Each type says what belongs to an agreement (its region and
            # period); the focus area's own page lists everything else.
            own = model.for_agreement(visible, self)
            by_type.append(
                (
                    model,
                    count_by_tag(visible, "focus_areas", area_ids, own=own),
                    first_by_tag(own, "focus_areas", area_ids, size),
                )
            )
        overview = []
        for entry, actions in zip(entries, actions_with_links(entries), strict=True):
            sections = []
            for model, counts, first in by_type:
                count = counts.get(entry.focus_area_id, {}).get("own", 0)
                if not count:
                    continue
                sections.append(
                    {
                        "label": capfirst(model._meta.verbose_name_plural),
                        "items": first.get(entry.focus_area_id, []),
                        "count": count,
                        **_search_link(
                            model,
                            entry.focus_area,
                            counts[entry.focus_area_id]["total"],
                        ),
                    }
                )
            overview.append({"entry": entry, "content": sections, "actions": actions})
        return overview


def _search_link(model, focus_area, count: int) -> dict:
    """The search page filtered by ``model``'s type and ``focus_area``, and
    how many results it shows (``count``: every visible item of the type
    tagged with the focus area, as the search has no period, and region
    only for some types)."""
    kind = registry.for_object(model)
    if kind is None:
        return {}
    params = urlencode({"type": kind.key, "fokusomraade": focus_area.slug})
    return {"search_url": f"{reverse('search:search')}?{params}", "search_count": count}


def actions_with_links(entries) -> list[list[dict]]:
    """For each of ``entries`` (focus areas of agreements), its actions,
    each with the theme days (by date) and networks linked to it that a
    reader can open: live and public only, so a draft or a members-only page
    is not announced on the agreement.

    The linked pages of all the entries are fetched together, one query per
    page type, however many entries and actions."""
    action_block = AgreementFocusArea._meta.get_field("actions").stream_block
    raw = [
        [item["value"] for item in entry.actions.raw_data if item["type"] == "action"]
        for entry in entries
    ]
    values = iter(
        action_block.child_blocks["action"].bulk_to_python(
            [value for values in raw for value in values]
        )
    )
    rows = [
        [
            {
                "text": value["text"],
                "theme_days": [p for p in value["theme_days"] if p],
                "networks": [p for p in value["networks"] if p],
            }
            for value in (next(values) for _ in entry_raw)
        ]
        for entry_raw in raw
    ]
    linked = {
        page.pk
        for entry_rows in rows
        for row in entry_rows
        for page in row["theme_days"] + row["networks"]
    }
    visible = (
        set(
            Page.objects.filter(pk__in=linked)
            .live()
            .public()
            .values_list("pk", flat=True)
        )
        if linked
        else set()
    )
    for entry_rows in rows:
        for row in entry_rows:
            row["theme_days"] = sorted(
                (p for p in row["theme_days"] if p.pk in visible),
                key=lambda page: page.start,
            )
            row["networks"] = sorted(
                (p for p in row["networks"] if p.pk in visible),
                key=lambda page: page.title,
            )
    return rows


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
        """This focus area's actions with what carries them out
        (:func:`actions_with_links`)."""
        (rows,) = actions_with_links([self])
        return rows
