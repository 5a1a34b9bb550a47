"""Role × action × object for the corps: what the policies in
corps.permissions allow, the same answer through the pages (status codes
and buttons), that renaming a role group keeps its rights, and that every
write is in Wagtail's audit log."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.models import COORDINATOR_GROUP, EDITOR_GROUP
from corps import services
from corps.models import BookingRequest
from corps.permissions import booking_policy, specialist_policy
from networks.models import NetworkPage
from networks.services import join_network, make_network_coordinator
from tests import factories
from tests.corps.conftest import at, move_to_past

ROLES = [
    "anonymous",
    "booker",  # booker of municipality A, requested the booking
    "colleague_without_permission",  # works in A, not a booker
    "other_booker",  # booker of municipality B
    "coordinator",  # coordinates the booked specialist
    "other_coordinator",  # coordinates another specialist
    "specialist_user",  # the booked specialist's own login
    "network_coordinator",
    "network_member",
    "non_member",
    "editor",
    "superuser",
]


@pytest.fixture
def roles(request, make_user, municipality, booker, other_booker, coordinator, editor):
    network = factories.network_page(membership=NetworkPage.Membership.OPEN)
    users = {"anonymous": AnonymousUser()}
    users["colleague_without_permission"] = make_user(
        "kollega-uden-rolle", municipality=municipality
    )
    users["network_coordinator"] = make_user("netvaerkskoordinator")
    make_network_coordinator(network=network, user=users["network_coordinator"])
    users["network_member"] = make_user("netvaerksmedlem")
    join_network(network=network, user=users["network_member"])
    users["non_member"] = make_user("udenfor")
    for name in ROLES:
        if name not in users:
            users[name] = request.getfixturevalue(name)
    return users


@pytest.fixture
def booking(make_booking):
    """A requested booking for 30 days from now, by the booker of A."""
    return make_booking()


@pytest.fixture
def completed(make_completed):
    return make_completed()


COORDINATORS = {"coordinator", "superuser"}

#: action -> (object, who may). "model" asks the model, not an instance.
TABLE = {
    ("request", "model"): {"booker", "other_booker"},
    ("view", "booking"): {"booker", "specialist_user"} | COORDINATORS,
    ("accept", "booking"): COORDINATORS,
    ("decline", "booking"): COORDINATORS,
    ("cancel", "booking"): {"booker"} | COORDINATORS,
    ("complete", "booking"): {"specialist_user"} | COORDINATORS,
    ("report", "completed"): {"specialist_user"} | COORDINATORS,
    ("rate", "completed"): {"booker"},
    ("view", "completed"): {"booker", "specialist_user"} | COORDINATORS,
    ("manage_availability", "specialist"): COORDINATORS,
    ("manage_calendar_feed", "specialist"): {"specialist_user"} | COORDINATORS,
}

ROWS = [
    pytest.param(action, target, role, role in allowed, id=f"{action}-{target}-{role}")
    for (action, target), allowed in TABLE.items()
    for role in ROLES
]


@pytest.mark.parametrize("action, target, role, expected", ROWS)
def test_policy(request, roles, action, target, role, expected):
    user = roles[role]
    if target == "model":
        assert booking_policy.user_has_permission(user, action) is expected
        return
    if target == "specialist":
        policy, instance = specialist_policy, request.getfixturevalue("specialist")
    else:
        policy, instance = booking_policy, request.getfixturevalue(target)
    assert policy.user_has_permission_for_instance(user, action, instance) is expected
    listed = policy.instances_user_has_permission_for(user, action)
    assert listed.filter(pk=instance.pk).exists() is expected


def test_the_requester_may_not_cancel_once_the_period_began(roles, booking):
    services.accept_booking(booking=booking, by=roles["coordinator"])
    move_to_past(booking)
    assert not booking_policy.user_has_permission_for_instance(
        roles["booker"], "cancel", booking
    )
    assert booking_policy.user_has_permission_for_instance(
        roles["coordinator"], "cancel", booking
    )


# --- The same answers through the pages -----------------------------------------


def _client(client, user):
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
def test_booking_page_and_its_buttons(client, roles, booking, role):
    user = roles[role]
    response = _client(client, user).get(
        reverse("corps:booking_detail", args=[booking.reference])
    )
    may_view = role in TABLE[("view", "booking")]
    if not user.is_authenticated:
        assert response.status_code == 302
        return
    assert response.status_code == (200 if may_view else 404)
    html = response.content.decode()
    assert ("Acceptér" in html) is (role in TABLE[("accept", "booking")])
    assert (">Aflys<" in html) is (role in TABLE[("cancel", "booking")])


@pytest.mark.parametrize("role", ROLES)
def test_request_button_on_the_specialist_page(client, roles, specialist, role):
    user = roles[role]
    html = _client(client, user).get(specialist.url).content.decode()
    shown = not user.is_authenticated or role in TABLE[("request", "model")]
    assert ("Anmod om booking" in html) is shown


@pytest.mark.parametrize(
    "role", ["coordinator", "specialist_user", "other_coordinator"]
)
def test_calendar_settings_page(client, roles, specialist, role):
    response = _client(client, roles[role]).get(
        reverse("corps:calendar_settings", args=[specialist.pk])
    )
    allowed = role in TABLE[("manage_calendar_feed", "specialist")]
    assert response.status_code == (200 if allowed else 404)


@pytest.mark.parametrize("role", ["coordinator", "booker", "editor"])
def test_availability_page(client, roles, role):
    response = _client(client, roles[role]).get(reverse("corps:availability"))
    allowed = role in TABLE[("manage_availability", "specialist")]
    assert response.status_code == (200 if allowed else 403)


# --- Groups are bundles of permissions ----------------------------------------------


def test_renaming_the_coordinator_group_keeps_its_rights(
    client, coordinator, booking, specialist
):
    Group.objects.filter(name=COORDINATOR_GROUP).update(name="Kalenderstyrere")
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)  # no cache
    assert specialist_policy.user_has_permission_for_instance(
        coordinator, "coordinate", specialist
    )
    client.force_login(coordinator)
    response = client.get(reverse("corps:booking_detail", args=[booking.reference]))
    assert "Acceptér" in response.content.decode()
    services.accept_booking(booking=booking, by=coordinator)
    assert booking.history.last().to_status == BookingRequest.ACCEPTED


def test_editors_hold_no_booking_permission(db):
    editors = Group.objects.get(name=EDITOR_GROUP)
    assert not editors.permissions.filter(content_type__app_label="corps").exists()


# --- Audit log ------------------------------------------------------------------------


def test_booking_actions_are_in_the_site_history(admin_client, booking, coordinator):
    services.decline_booking(
        booking=booking, by=coordinator, reason="Specialisten er på kursus."
    )
    response = admin_client.get(reverse("wagtailadmin_reports:site_history"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Booking: anmodet" in html
    assert "Booking: afvist" in html
    assert "Specialisten er på kursus." in html


def test_every_booking_write_is_logged(booking, coordinator, specialist_user):
    services.accept_booking(booking=booking, by=coordinator)
    move_to_past(booking)
    services.complete_booking(booking=booking, by=specialist_user)
    services.write_report(
        booking=booking, by=specialist_user, what_was_done="Sparring", advice="Ro"
    )
    services.rate_booking(booking=booking, by=booking.requested_by, score=5)
    period = services.mark_unavailable(
        specialist=booking.specialist, start=at(60), end=at(61), by=coordinator
    )
    services.remove_unavailable(period=period, by=coordinator)
    services.create_calendar_feed(specialist=booking.specialist, by=specialist_user)
    services.revoke_calendar_feed(specialist=booking.specialist, by=specialist_user)
    actions = list(
        # Tests that commit (concurrency, on PostgreSQL) leave older entries.
        ModelLogEntry.objects.filter(
            action__startswith="kb.", timestamp__gte=booking.created_at
        )
        .order_by("pk")
        .values_list("action", "user__username")
    )
    assert actions == [
        ("kb.booking.requested", "booker"),
        ("kb.booking.accepted", "koordinator"),
        ("kb.booking.completed", "specialisten"),
        ("kb.booking.report_written", "specialisten"),
        ("kb.booking.rated", "booker"),
        ("kb.unavailable_period.added", "koordinator"),
        ("kb.unavailable_period.removed", "koordinator"),
        ("kb.calendar_feed.issued", "specialisten"),
        ("kb.calendar_feed.revoked", "specialisten"),
    ]
