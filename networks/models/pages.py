"""Networks (erfa-groups, networks, laboratories, task forces) and their
theme days, conferences and meetings."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from kb.core import dates
from kb.core.blocks import BodyBlock
from kb.core.cpr import validate_no_cpr
from kb.core.http import mark_private
from kb.core.pages import PageRefusesCprNumbers, SectionIndexPage
from kb.core.pagination import paginate
from kb.taxonomy.content import Classified
from kb.taxonomy.filters import FilteredListingPage
from kb.taxonomy.models import FocusAreaItem, TargetGroupItem
from networks.blocks import MaterialBlock, ProgrammeItemBlock
from networks.models.membership import NetworkMembership
from networks.permissions import event_policy, network_policy


class NetworkIndexPage(FilteredListingPage, SectionIndexPage):
    """Lists networks and erfa-groups, grouped by kind, filterable by kind,
    target group and focus area (:class:`networks.filters.NetworkFilterSet`)."""

    listing_name = "networks"
    listing_ordering = ("kind", "title")
    subpage_types = ["networks.NetworkPage"]

    class Meta:
        verbose_name = _("netværksoversigt")

    def listing_queryset(self):
        return super().listing_queryset().select_related("region")


class NetworkTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "networks.NetworkPage",
        on_delete=models.CASCADE,
        related_name="tagged_target_groups",
    )


class NetworkFocusArea(FocusAreaItem):
    content_object = ParentalKey(
        "networks.NetworkPage",
        on_delete=models.CASCADE,
        related_name="tagged_focus_areas",
    )


class NetworkPage(PageRefusesCprNumbers, Classified, Page):
    """A network, erfa-group, laboratory or task force. Its theme days and
    meetings are child pages, so coordinators can be given the subtree."""

    shown_on_agreements = True

    @classmethod
    def for_agreement(cls, queryset, agreement):
        """The agreement's own networks and those of its region."""
        return queryset.filter(
            Q(framework_agreement=agreement) | Q(region=agreement.region_id)
        ).distinct()

    listing_order = 40
    summary_field = "purpose"

    class Kind(models.TextChoices):
        ERFA = "erfa", _("Erfa-gruppe")
        NETWORK = "netvaerk", _("Netværk")
        LABORATORY = "laboratorium", _("Laboratorium")
        TASK_FORCE = "taskforce", _("Task force")

    class Membership(models.TextChoices):
        OPEN = "open", _("Åben – alle kan melde sig ind")
        CLOSED = "closed", _("Lukket – optagelse efter ansøgning")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    purpose = models.TextField(_("formål"), validators=[validate_no_cpr])
    description = models.TextField(
        _("beskrivelse"), blank=True, validators=[validate_no_cpr]
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("uddybning"))
    coordinator_name = models.CharField(
        _("koordinator"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    coordinator_email = models.EmailField(_("koordinatorens e-mail"), blank=True)
    region = models.ForeignKey(
        "taxonomy.Region",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="networks",
        verbose_name=_("region"),
    )
    framework_agreement = models.ForeignKey(
        "agreements.FrameworkAgreementPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="networks",
        verbose_name=_("rammeaftale"),
    )
    membership = models.CharField(
        _("medlemskab"),
        max_length=10,
        choices=Membership.choices,
        default=Membership.OPEN,
    )
    member_organisations = models.TextField(
        _("deltagende organisationer"),
        blank=True,
        help_text=_("Én pr. linje."),
        validators=[validate_no_cpr],
    )
    meeting_rhythm = models.CharField(
        _("mødefrekvens"), max_length=255, blank=True, validators=[validate_no_cpr]
    )

    target_groups = ClusterTaggableManager(
        through=NetworkTargetGroup, blank=True, verbose_name=_("målgrupper")
    )
    focus_areas = ClusterTaggableManager(
        through=NetworkFocusArea, blank=True, verbose_name=_("fokusområder")
    )

    search_fields = Page.search_fields + [
        index.SearchField("purpose", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("region"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
    ]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("membership")]),
        FieldPanel("purpose"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("target_groups"), FieldPanel("focus_areas")],
            heading=_("Målgrupper og fokusområder"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("coordinator_name"), FieldPanel("coordinator_email")]
                ),
                FieldRowPanel(
                    [FieldPanel("region"), FieldPanel("framework_agreement")]
                ),
                FieldPanel("member_organisations"),
                FieldPanel("meeting_rhythm"),
            ],
            heading=_("Organisering"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["networks.ThemeDayPage"]

    class Meta:
        verbose_name = _("netværk")
        verbose_name_plural = _("netværk og erfa-grupper")

    def serve(self, request, *args, **kwargs):
        """Logged in, the page shows the visitor's own membership (and to
        members the meetings, documents and member list): never cached."""
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            mark_private(response)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        member = network_policy.user_has_permission_for_instance(
            user, "view_member_content", self
        )
        context["is_member"] = member
        context["my_membership"] = (
            self.memberships.filter(user=user).first()
            if user.is_authenticated
            else None
        )
        if member:
            # Member-only: never rendered for anyone else.
            context["meetings"] = self.meetings.prefetch_related("documents")
            context["members"] = self.memberships.filter(
                status=NetworkMembership.Status.MEMBER
            ).select_related("user")
        if network_policy.user_has_permission_for_instance(
            user, "decide_memberships", self
        ):
            context["pending_requests"] = self.memberships.filter(
                status=NetworkMembership.Status.REQUESTED
            ).select_related("user")
        context["can_coordinate"] = network_policy.user_has_permission_for_instance(
            user, "coordinate", self
        )
        return context

    def member_organisation_list(self) -> list[str]:
        return [
            line.strip()
            for line in self.member_organisations.splitlines()
            if line.strip()
        ]

    def get_events(self):
        return (
            ThemeDayPage.objects.live().public().descendant_of(self).order_by("start")
        )

    def upcoming_events(self):
        return self.get_events().filter(end__gte=timezone.now())

    def past_events(self):
        return self.get_events().filter(end__lt=timezone.now()).order_by("-start")


class EventIndexPage(FilteredListingPage, SectionIndexPage):
    """The calendar of every event on the site (also those under networks):
    upcoming events first, past events after, filterable by target group and
    focus area (:class:`networks.filters.EventFilterSet`)."""

    listing_name = "events"
    subpage_types = ["networks.ThemeDayPage"]

    class Meta:
        verbose_name = _("kalender")

    # The page parameter of the past events, paged apart from the upcoming.
    past_page_param = "side-afholdte"

    def listing_queryset(self):
        return ThemeDayPage.objects.live().public()

    def paged_listing(self, filterset, params) -> dict:
        """Upcoming and past events, each list paged on its own."""
        upcoming = paginate(filterset.upcoming(), params)
        past = paginate(filterset.past(), params, param=self.past_page_param)
        return {"upcoming": upcoming, "past": past}


class ThemeDayTargetGroup(TargetGroupItem):
    content_object = ParentalKey(
        "networks.ThemeDayPage",
        on_delete=models.CASCADE,
        related_name="tagged_target_groups",
    )


class ThemeDayFocusArea(FocusAreaItem):
    content_object = ParentalKey(
        "networks.ThemeDayPage",
        on_delete=models.CASCADE,
        related_name="tagged_focus_areas",
    )


class ThemeDayPage(PageRefusesCprNumbers, Classified, Page):
    """A theme day, conference, symposium, workshop or network meeting."""

    shown_on_agreements = True

    @classmethod
    def for_agreement(cls, queryset, agreement):
        """Events held for the agreement, and events not tied to any agreement
        held in its period."""
        in_period = Q(
            start__year__gte=agreement.period_start,
            start__year__lte=agreement.period_end,
        )
        return queryset.filter(
            Q(framework_agreement=agreement)
            | (Q(framework_agreement__isnull=True) & in_period)
        ).distinct()

    listing_order = 30
    summary_field = "intro"

    class Kind(models.TextChoices):
        THEME_DAY = "temadag", _("Temadag")
        CONFERENCE = "konference", _("Konference")
        SYMPOSIUM = "symposium", _("Symposium")
        WORKSHOP = "workshop", _("Workshop")
        NETWORK_MEETING = "netvaerksmoede", _("Netværksmøde")

    kind = models.CharField(
        _("type"), max_length=20, choices=Kind.choices, default=Kind.THEME_DAY
    )
    start = models.DateTimeField(_("starter"), validators=[dates.validate_in_range])
    end = models.DateTimeField(_("slutter"), validators=[dates.validate_in_range])
    location = models.CharField(
        _("sted"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    address = models.CharField(
        _("adresse"), max_length=255, blank=True, validators=[validate_no_cpr]
    )
    online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("link til online deltagelse"), blank=True)
    organiser = models.CharField(
        _("afholdt af"),
        max_length=255,
        help_text=_("Den eller de organisationer, der står bag."),
        validators=[validate_no_cpr],
    )
    audience = models.TextField(
        _("hvem kan deltage"),
        help_text=_(
            "Målgruppen for arrangementet, fx ledere og medarbejdere på botilbud."
        ),
        validators=[validate_no_cpr],
    )
    framework_agreement = models.ForeignKey(
        "agreements.FrameworkAgreementPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("rammeaftale"),
    )
    capacity = models.PositiveIntegerField(
        _("antal pladser"),
        null=True,
        blank=True,
        help_text=_("Tomt betyder ingen grænse."),
    )
    participant_count = models.PositiveIntegerField(
        _("antal deltagere"),
        null=True,
        blank=True,
        help_text=_("Udfyldes efter arrangementet."),
    )
    registration_deadline = models.DateTimeField(
        _("tilmeldingsfrist"), null=True, blank=True, validators=[dates.validate_in_range]
    )
    is_cancelled = models.BooleanField(_("aflyst"), default=False)
    intro = models.TextField(_("introduktion"), validators=[validate_no_cpr])
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("uddybning"))
    programme = StreamField(
        [("item", ProgrammeItemBlock())], blank=True, verbose_name=_("program")
    )
    materials = StreamField(
        [("material", MaterialBlock())], blank=True, verbose_name=_("materialer")
    )

    target_groups = ClusterTaggableManager(
        through=ThemeDayTargetGroup, blank=True, verbose_name=_("målgrupper")
    )
    focus_areas = ClusterTaggableManager(
        through=ThemeDayFocusArea, blank=True, verbose_name=_("fokusområder")
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("audience"),
        index.SearchField("organiser"),
        index.SearchField("programme"),
        index.AutocompleteField("title"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("kind"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("focus_areas", [index.SearchField("name")]),
    ]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_cancelled")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [
                FieldPanel("location"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("online"), FieldPanel("online_url")]),
            ],
            heading=_("Sted"),
        ),
        FieldPanel("organiser"),
        FieldPanel("audience"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldPanel("focus_areas"),
                FieldPanel("framework_agreement"),
            ],
            heading=_("Målgrupper og fokusområder"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("capacity"), FieldPanel("registration_deadline")]
                ),
                FieldPanel("participant_count"),
            ],
            heading=_("Tilmelding"),
        ),
        FieldPanel("programme"),
        FieldPanel("body"),
        FieldPanel("materials"),
    ]

    parent_page_types = ["networks.EventIndexPage", "networks.NetworkPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("temadag eller arrangement")
        verbose_name_plural = _("temadage og arrangementer")
        permissions = [("view_activity_report", _("Kan se aktivitetsrapporten"))]
        constraints = [
            dates.moment_constraint("start"),
            dates.moment_constraint("end"),
            dates.moment_constraint("registration_deadline"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Arrangementet kan ikke slutte, før det starter.")
        if (
            self.registration_deadline
            and self.start
            and self.registration_deadline > self.start
        ):
            errors["registration_deadline"] = _(
                "Tilmeldingsfristen skal ligge før arrangementet starter."
            )
        if not self.online and not self.location:
            errors["location"] = _(
                "Angiv et sted, eller markér arrangementet som online."
            )
        if errors:
            raise ValidationError(errors)

    def confirmed_count(self) -> int:
        return self.registrations.filter(status="confirmed").count()

    def waiting_count(self) -> int:
        return self.registrations.filter(status="waiting").count()

    def seats_left(self) -> int | None:
        """Free seats, or None when there is no limit."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.confirmed_count())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        context["can_organise"] = event_policy.user_has_permission_for_instance(
            user, "view_participants", self
        )
        if user.is_authenticated:
            context["my_registration"] = self.registrations.filter(
                user=user, status__in=["confirmed", "waiting"]
            ).first()
        else:
            # Imported here: the forms module imports the models.
            from networks.forms import GuestRegistrationForm

            context["guest_form"] = GuestRegistrationForm()
        return context

    def registration_closed_reason(self, now: dt.datetime | None = None) -> str | None:
        """Why nobody can register for the event at ``now`` (default: now),
        or None if they can."""
        now = now or timezone.now()
        if self.is_cancelled:
            return gettext("Arrangementet er aflyst.")
        if not self.live:
            return gettext("Arrangementet er ikke offentliggjort.")
        if now >= self.start:
            return gettext("Arrangementet er begyndt eller afholdt.")
        if self.registration_deadline and now > self.registration_deadline:
            return gettext("Tilmeldingsfristen er overskredet.")
        return None

    @classmethod
    def upcoming(cls):
        """Live, public events that have not ended, soonest first."""
        return (
            cls.objects.live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start")
        )

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    def network(self):
        """The network page this event sits under, if any."""
        return NetworkPage.objects.ancestor_of(self).live().first()
