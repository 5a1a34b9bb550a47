"""One small world with every role of the access matrix and every kind of
private thing they may or may not see.

Built once per test module (see ``conftest.py``) inside a transaction that
is rolled back at the end; each test runs in a savepoint within it.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, EDITOR_GROUP
from corps import services as corps_services
from corps.models import BookingRequest, UnavailablePeriod
from kb.taxonomy.models import Municipality
from networks import services as network_services
from networks.models import (
    EventRegistration,
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
    NetworkPage,
)
from tests import factories
from tests.corps.conftest import at

# The roles, in the order of the matrix's columns.
ROLES = (
    "anonymous",
    "booker_a",  # professional of municipality A who requested A's bookings
    "colleague_a",  # another professional of municipality A
    "booker_b",  # a professional of municipality B
    "corps_coordinator",  # coordinates the specialist A booked
    "other_coordinator",  # coordinates another specialist
    "network_coordinator",  # coordinates network X
    "member",  # member of network X
    "non_member",  # logged in, no relation to anything
    "pending",  # asked to join the closed network X, not decided yet
    "former_member",  # left network X
    "editor",  # the editors group (Redaktør)
    "superuser",
)

# Titles the leak checks look for. They share a word no demo page uses
# (``WORD``), so one search finds them all.
WORD = "fnuglerud"
PRIVATE_EVENT = "Lukket temadag om fnuglerud"
DRAFT_EVENT = "Kladde til temadag om fnuglerud"
DRAFT_METHOD = "Kladde til metode om fnuglerud"
MEETING = "Fortroligt erfamøde om fnuglerud"
MINUTES = "Referatet nævner en navngiven borger"
DOCUMENT = "Bilag om fortrolige sager"
PUBLIC_EVENT = "Åben temadag om fnuglerud"
PUBLIC_METHOD = "Åben metode om fnuglerud"


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None


def build_world() -> World:
    world = World()
    a = Municipality.objects.get(name="Roskilde")
    b = Municipality.objects.get(name="Aalborg")

    def person(role, **fields):
        world.users[role] = factories.user(f"matrix-{role.replace('_', '-')}", **fields)
        return world.users[role]

    person("booker_a", groups=[BOOKER_GROUP], municipality=a)
    person("colleague_a", groups=[BOOKER_GROUP], municipality=a)
    person("booker_b", groups=[BOOKER_GROUP], municipality=b)
    person("corps_coordinator", groups=[COORDINATOR_GROUP], region=a.region)
    person("other_coordinator", groups=[COORDINATOR_GROUP], region=b.region)
    for role in ("network_coordinator", "member", "non_member", "pending"):
        person(role)
    person("former_member")
    person("editor", groups=[EDITOR_GROUP])
    world.users["superuser"] = factories.user(
        "matrix-superuser", is_superuser=True, is_staff=True
    )

    # --- the corps ------------------------------------------------------------
    specialist = factories.specialist_page(
        title="Matrix Specialist", coordinators=[world.users["corps_coordinator"]]
    )
    other_specialist = factories.specialist_page(
        title="Anden Matrix Specialist",
        coordinators=[world.users["other_coordinator"]],
    )
    target_group = factories.target_group("Matrix målgruppe")
    focus_area = factories.focus_area("Matrix fokusområde")

    def booking(days):
        return corps_services.request_booking(
            requested_by=world.users["booker_a"],
            specialist=specialist,
            start=at(days, 9),
            end=at(days, 15),
            target_group=target_group,
            purpose="Sparring med personalet om struktur.",
            case_description="Fortrolig sagsbeskrivelse om en dreng på 9 år.",
            address="Skolevej 1, 4000 Roskilde",
        )

    requested = booking(40)
    accepted = booking(41)
    corps_services.accept_booking(booking=accepted, by=world.users["corps_coordinator"])
    accepted.refresh_from_db()
    unavailable = corps_services.mark_unavailable(
        specialist=specialist,
        start=at(50, 8),
        end=at(50, 16),
        by=world.users["corps_coordinator"],
        reason="Kursus",
    )
    feed_token = corps_services.create_calendar_feed(
        specialist=specialist, by=world.users["corps_coordinator"]
    )

    # --- network X ------------------------------------------------------------
    network = factories.network_page(
        title="Matrix netværk X", membership=NetworkPage.Membership.CLOSED
    )
    network_services.make_network_coordinator(
        network=network, user=world.users["network_coordinator"]
    )
    membership = NetworkMembership.objects.create(
        network=network, user=world.users["member"], status="member"
    )
    pending_membership = NetworkMembership.objects.create(
        network=network, user=world.users["pending"], status="requested"
    )
    former_membership = NetworkMembership.objects.create(
        network=network, user=world.users["former_member"], status="left"
    )
    member_token = network_services.issue_calendar_token(
        membership=membership, user=world.users["member"]
    )
    meeting = NetworkMeeting.objects.create(
        network=network,
        title=MEETING,
        start=timezone.now() + dt.timedelta(days=10),
        agenda="1. Velkomst",
        minutes=MINUTES,
    )
    document = MeetingDocument(meeting=meeting, title=DOCUMENT)
    document.file.save("fortroligt.pdf", ContentFile(b"%PDF-1.4 fortroligt"))

    start = timezone.now() + dt.timedelta(days=20)
    event = factories.theme_day(
        parent=network,
        title=PUBLIC_EVENT,
        start=start,
        capacity=1,
        target_groups=[target_group],
        focus_areas=[focus_area],
    )
    registration = network_services.register_for_event(
        event=event,
        user=world.users["member"],
        name="Matrix Medlem",
        organisation="Roskilde Kommune",
        email="matrix-member@example.dk",
    )
    waiting = network_services.register_for_event(
        event=event,
        user=world.users["non_member"],
        name="Matrix Ikke-medlem",
        organisation="Aalborg Kommune",
        email="matrix-non-member@example.dk",
    )
    assert waiting.status == EventRegistration.Status.WAITING
    guest = network_services.request_guest_registration(
        event=event,
        name="Matrix Gæst",
        organisation="Gæsternes Forening",
        email="matrix-guest@example.dk",
    )

    # --- private and draft pages ---------------------------------------------
    private_event = factories.theme_day(
        title=PRIVATE_EVENT, start=start, target_groups=[target_group]
    )
    restriction = PageViewRestriction.objects.create(
        page=private_event, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=EDITOR_GROUP))
    draft_event = factories.theme_day(
        title=DRAFT_EVENT, start=start, publish=False, target_groups=[target_group]
    )
    public_method = factories.method_page(
        title=PUBLIC_METHOD, target_groups=[target_group]
    )
    draft_method = factories.method_page(
        title=DRAFT_METHOD, publish=False, target_groups=[target_group]
    )

    # An e-mail to a member that was given up (Settings → Mislykkede opgaver).
    failed_mail = factories.failed_mail(
        "Du er tilmeldt", to=[world.users["member"].email]
    )

    world.objects.update(
        municipality_a=a,
        municipality_b=b,
        specialist=specialist,
        other_specialist=other_specialist,
        target_group=target_group,
        focus_area=focus_area,
        requested=requested,
        accepted=accepted,
        unavailable=unavailable,
        feed_token=feed_token,
        network=network,
        membership=membership,
        pending_membership=pending_membership,
        former_membership=former_membership,
        member_token=member_token,
        meeting=meeting,
        document=document,
        event=event,
        registration=registration,
        waiting=waiting,
        guest=guest,
        private_event=private_event,
        draft_event=draft_event,
        draft_method=draft_method,
        public_method=public_method,
        failed_mail=failed_mail,
    )
    return world


def booking_state(world) -> tuple:
    """What the booking actions change."""
    return tuple(
        BookingRequest.objects.filter(
            pk__in=[world.requested.pk, world.accepted.pk]
        ).values_list("pk", "status", "status_reason")
    ) + (UnavailablePeriod.objects.filter(specialist=world.specialist).count(),)
