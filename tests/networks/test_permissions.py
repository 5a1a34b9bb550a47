"""Role × action × object for networks: what the policies in
networks.permissions allow for registrations, memberships, meetings,
documents and the activity report; the same answer through the pages; and
the audit trail in Wagtail's site history."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from accounts.models import BOOKER_GROUP
from kb.taxonomy.models import Municipality
from networks import services
from networks.models import (
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
    NetworkPage,
)
from networks.permissions import (
    document_policy,
    event_policy,
    meeting_policy,
    membership_policy,
    network_policy,
    registration_policy,
)
from tests import factories
from tests.networks.conftest import make_user

ROLES = [
    "anonymous",
    "booker",  # a corps booker: nothing special here
    "registrant",  # registered for the event
    "network_coordinator",  # coordinator of network X
    "other_network_coordinator",  # coordinator of network Y
    "network_member",  # member of X
    "applicant",  # asked to join X (closed)
    "non_member",
    "editor",
    "superuser",
]


@pytest.fixture
def network(db):
    """Network X, closed, with a theme day in its subtree."""
    return factories.network_page(membership=NetworkPage.Membership.CLOSED)


@pytest.fixture
def other_network(network):
    return factories.network_page()


@pytest.fixture
def event(network):
    start = timezone.now() + dt.timedelta(days=30)
    return factories.theme_day(
        parent=network,
        title="Erfadag om efterværn",
        start=start,
        end=start + dt.timedelta(hours=5),
        capacity=1,
    )


@pytest.fixture
def roles(network, other_network, event, editor, superuser, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    users = {"anonymous": AnonymousUser(), "editor": editor, "superuser": superuser}
    users["booker"] = make_user("booker-a")
    users["booker"].groups.add(Group.objects.get(name=BOOKER_GROUP))
    for name in ROLES:
        if name not in users:
            users[name] = make_user(name.replace("_", "-"))
    services.make_network_coordinator(
        network=network, user=users["network_coordinator"]
    )
    services.make_network_coordinator(
        network=other_network, user=users["other_network_coordinator"]
    )
    NetworkMembership.objects.create(
        network=network, user=users["network_member"], status="member"
    )
    services.join_network(network=network, user=users["applicant"])
    services.register_for_event(
        event=event,
        user=users["registrant"],
        name="Rikke Registrant",
        organisation="Vejle Kommune",
        email="rikke@example.dk",
        municipality=Municipality.objects.get(name="Vejle"),
    )
    return users


@pytest.fixture
def objects(network, event, roles):
    meeting = NetworkMeeting.objects.create(
        network=network, title="Erfamøde", start=timezone.now(), minutes="Referat"
    )
    document = MeetingDocument(meeting=meeting, title="Oplæg")
    document.file.save("oplaeg.pdf", ContentFile(b"%PDF-1.4 oplaeg"))
    return {
        "event": event,
        "network": network,
        "registration": event.registrations.get(),
        "request": NetworkMembership.objects.get(
            network=network, user=roles["applicant"]
        ),
        "meeting": meeting,
        "document": document,
    }


ORGANISERS = {"network_coordinator", "editor", "superuser"}
INSIDERS = {"network_member"} | ORGANISERS
LOGGED_IN = set(ROLES) - {"anonymous"}

#: (policy, action, object or "model") -> who may.
TABLE = {
    (registration_policy, "register", "model"): LOGGED_IN,
    (registration_policy, "cancel", "registration"): {"registrant"},
    (registration_policy, "give_seat", "registration"): ORGANISERS,
    (registration_policy, "view", "registration"): {"registrant"} | ORGANISERS,
    (event_policy, "view_participants", "event"): ORGANISERS,
    (event_policy, "export_participants", "event"): ORGANISERS,
    (event_policy, "email_participants", "event"): ORGANISERS,
    (event_policy, "record_attendance", "event"): ORGANISERS,
    (event_policy, "view_activity_report", "model"): ORGANISERS
    | {"other_network_coordinator"},
    (membership_policy, "join", "model"): LOGGED_IN,
    (membership_policy, "decide", "request"): ORGANISERS,
    (network_policy, "view_member_content", "network"): INSIDERS,
    (network_policy, "decide_memberships", "network"): ORGANISERS,
    (meeting_policy, "view", "meeting"): INSIDERS,
    (document_policy, "view", "document"): INSIDERS,
}

ROWS = [
    pytest.param(
        policy,
        action,
        target,
        role,
        role in allowed,
        id=f"{type(policy).__name__}-{action}-{role}",
    )
    for (policy, action, target), allowed in TABLE.items()
    for role in ROLES
]


@pytest.mark.parametrize("policy, action, target, role, expected", ROWS)
def test_policy(roles, objects, policy, action, target, role, expected):
    user = roles[role]
    if target == "model":
        assert policy.user_has_permission(user, action) is expected
        return
    instance = objects[target]
    assert policy.user_has_permission_for_instance(user, action, instance) is expected
    listed = policy.instances_user_has_permission_for(user, action)
    assert listed.filter(pk=instance.pk).exists() is expected


def test_a_coordinator_who_leaves_the_network_stops_deciding(roles, objects, network):
    coordinator = roles["network_coordinator"]
    services.leave_network(network=network, user=coordinator)
    assert not membership_policy.user_has_permission_for_instance(
        coordinator, "decide", objects["request"]
    )
    # Editing the network's pages is Wagtail's page permission, kept.
    assert network.permissions_for_user(coordinator).can_edit()


# --- The same answers through the pages -----------------------------------------


def _client(user):
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
def test_pages(roles, objects, role):
    user = roles[role]
    client = _client(user)
    event, network = objects["event"], objects["network"]

    event_page = client.get(event.url).content.decode()
    organiser = role in ORGANISERS
    assert ("Deltagerliste (for arrangører)" in event_page) is organiser

    participants = client.get(reverse("networks:participants", args=[event.pk]))
    if user.is_authenticated:
        assert participants.status_code == (200 if organiser else 404)

    network_page = client.get(network.url).content.decode()
    assert ("Møder (kun for medlemmer)" in network_page) is (role in INSIDERS)
    assert ("Anmodninger om medlemskab" in network_page) is organiser

    if role not in INSIDERS:
        # (Members downloading it: test_membership; a streamed file left open
        # would need response.close(), which closes the test's connection.)
        document = client.get(objects["document"].get_absolute_url())
        assert document.status_code == 404

    decide = client.post(
        reverse("networks:decide_membership", args=[objects["request"].pk]),
        {"decision": "approve"},
    )
    if user.is_authenticated:
        assert decide.status_code == (302 if organiser else 404)
    objects["request"].refresh_from_db()
    assert (objects["request"].status == "member") is organiser

    report = client.get(reverse("networks:activity_report"))
    if user.is_authenticated:
        allowed = role in TABLE[(event_policy, "view_activity_report", "model")]
        assert report.status_code == (200 if allowed else 403)


@pytest.mark.parametrize("role", ["registrant", "non_member", "editor"])
def test_cancel_button_and_view(roles, objects, role):
    client = _client(roles[role])
    html = client.get(reverse("networks:my_events")).content.decode()
    registration = objects["registration"]
    own = role == "registrant"
    assert ("Afmeld Erfadag om efterværn" in html) is own
    response = client.post(
        reverse("networks:cancel_registration", args=[registration.pk])
    )
    assert response.status_code == (302 if own else 404)


# --- Audit log ------------------------------------------------------------------------


def test_network_actions_are_logged_on_their_pages(roles, objects, network, event):
    waiting = make_user("venter")
    services.register_for_event(
        event=event,
        user=waiting,
        name="Villy Venter",
        organisation="Kolding Kommune",
        email="villy@example.dk",
    )
    services.cancel_registration(
        registration=objects["registration"], by_user=roles["registrant"]
    )
    services.decide_membership(
        membership=objects["request"],
        by_user=roles["network_coordinator"],
        approve=False,
        reason="Kun for kommunale ledere.",
    )
    services.leave_network(network=network, user=roles["network_member"])
    on_event = list(
        PageLogEntry.objects.filter(page=event, action__startswith="kb.")
        .order_by("pk")
        .values_list("action", "data__name")
    )
    assert on_event == [
        ("kb.registration.created", "Rikke Registrant"),
        ("kb.registration.created", "Villy Venter"),
        ("kb.registration.cancelled", "Rikke Registrant"),
        ("kb.registration.promoted", "Villy Venter"),
    ]
    on_network = set(
        PageLogEntry.objects.filter(page=network, action__startswith="kb.").values_list(
            "action", flat=True
        )
    )
    assert {
        "kb.network.coordinator_appointed",
        "kb.membership.requested",
        "kb.membership.declined",
        "kb.membership.left",
    } <= on_network


def test_site_history_shows_the_danish_label_and_reason(admin_client, roles, objects):
    services.decide_membership(
        membership=objects["request"],
        by_user=roles["network_coordinator"],
        approve=False,
        reason="Kun for kommunale ledere.",
    )
    response = admin_client.get(reverse("wagtailadmin_reports:site_history"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Medlemskab: afvist" in html
    assert "Tilmelding: tilmeldt" in html
    assert "Kun for kommunale ledere." in html
