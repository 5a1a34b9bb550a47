"""The travelling specialist corps (rejsende specialistkorps): specialists
from offers with rare expertise who come to the citizen's own offer."""

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from corps.permissions import booking_policy, has_bookings_page
from kb.core.cpr import validate_no_cpr
from kb.core.pages import PageRefusesCprNumbers, SectionIndexPage
from kb.taxonomy.content import Classified
from kb.taxonomy.filters import FilteredListingPage
from kb.taxonomy.models import FocusAreaItem, TargetGroupItem


class CorpsIndexPage(FilteredListingPage, SectionIndexPage):
    """The corps' directory of specialists, filterable by target group,
    focus area, region they travel to and the period they must be free in
    (:class:`corps.filters.SpecialistFilterSet`)."""

    how_it_works = models.TextField(
        _("sådan fungerer korpset"), blank=True, validators=[validate_no_cpr]
    )
    content_panels = SectionIndexPage.content_panels + [FieldPanel("how_it_works")]
    listing_name = "specialists"
    subpage_types = ["corps.SpecialistPage"]

    class Meta:
        verbose_name = _("specialistkorps")

    def listing_queryset(self):
        return (
            super()
            .listing_queryset()
            .select_related("home_offer", "region")
            .prefetch_related("travel_regions")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["has_bookings_page"] = has_bookings_page(request.user)
        return context


class SpecialistTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "corps.SpecialistPage",
        on_delete=models.CASCADE,
        related_name="tagged_target_groups",
    )


class SpecialistFocusArea(FocusAreaItem):
    content_object = ParentalKey(
        "corps.SpecialistPage",
        on_delete=models.CASCADE,
        related_name="tagged_focus_areas",
    )


def coordinator_choices() -> Q:
    """Users who may coordinate bookings (by permission, not group name)."""
    may_coordinate = Permission.objects.filter(
        content_type__app_label="corps", codename="coordinate_bookings"
    )
    return Q(
        pk__in=get_user_model()
        .objects.filter(
            Q(groups__permissions__in=may_coordinate)
            | Q(user_permissions__in=may_coordinate)
        )
        .values("pk")
    )


class SpecialistPage(PageRefusesCprNumbers, Classified, Page):
    """A specialist of the corps. The page title is the specialist's name."""

    listing_order = 60
    summary_field = "expertise"

    profession = models.CharField(
        _("faglig baggrund"), max_length=255, validators=[validate_no_cpr]
    )
    expertise = models.TextField(_("ekspertise"), validators=[validate_no_cpr])
    bio = models.TextField(
        _("om specialisten"), blank=True, validators=[validate_no_cpr]
    )
    home_offer = models.ForeignKey(
        "offers.Offer",
        on_delete=models.PROTECT,
        related_name="specialists",
        verbose_name=_("hjemtilbud"),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        related_name="specialists",
        verbose_name=_("hjemregion"),
    )
    travel_regions = ParentalManyToManyField(
        "taxonomy.Region",
        related_name="travelling_specialists",
        verbose_name=_("rejser til"),
        help_text=_("De regioner, specialisten kan bookes til."),
    )
    languages = models.CharField(
        _("sprog"),
        max_length=255,
        default="dansk",
        help_text=_("Kommasepareret."),
        validators=[validate_no_cpr],
    )
    email = models.EmailField(_("e-mail"), blank=True)
    bookable = models.BooleanField(
        _("kan bookes"), default=True, help_text=_("Fjern fluebenet ved orlov o.l.")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="specialist_page",
        verbose_name=_("brugerkonto"),
        help_text=_("Specialistens egen login; giver adgang til egne bookinger."),
    )
    coordinators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        limit_choices_to=coordinator_choices,
        related_name="coordinated_specialists",
        verbose_name=_("korpskoordinatorer"),
        help_text=_("De korpskoordinatorer, der styrer specialistens kalender."),
    )

    target_groups = ClusterTaggableManager(
        through=SpecialistTargetGroup, blank=True, verbose_name=_("målgrupper")
    )
    focus_areas = ClusterTaggableManager(
        through=SpecialistFocusArea, blank=True, verbose_name=_("fokusområder")
    )

    search_fields = Page.search_fields + [
        index.SearchField("profession", boost=2),
        index.SearchField("expertise", boost=2),
        index.SearchField("bio"),
        index.AutocompleteField("title"),
        index.FilterField("region"),
        index.FilterField("bookable"),
        index.RelatedFields("home_offer", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("profession"),
        FieldPanel("expertise"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("target_groups"), FieldPanel("focus_areas")],
            heading=_("Målgrupper og fokusområder"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("home_offer"),
                FieldPanel("region"),
                FieldPanel("travel_regions", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("languages"), FieldPanel("email")]),
                FieldPanel("bookable"),
                FieldPanel("user"),
                FieldPanel("coordinators", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Praktisk"),
        ),
    ]

    parent_page_types = ["corps.CorpsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("specialist")
        verbose_name_plural = _("specialister")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["busy_periods"] = self.busy_periods()
        # Anonymous visitors see the button too: it leads them to log in.
        context["may_request_booking"] = (
            not request.user.is_authenticated
            or booking_policy.user_has_permission(request.user, "request")
        )
        return context

    def busy_periods(self, *, days: int = 90) -> list[tuple[dt.datetime, dt.datetime]]:
        """The busy periods from now on, merged, anonymous: booked and
        unavailable look the same to the public."""
        now = timezone.now()
        until = now + dt.timedelta(days=days)
        periods = list(
            self.bookings.busy().overlapping(now, until).values_list("start", "end")
        ) + list(
            self.unavailable_periods.overlapping(now, until).values_list("start", "end")
        )
        merged: list[tuple[dt.datetime, dt.datetime]] = []
        for start, end in sorted(periods):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def language_list(self) -> list[str]:
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]
