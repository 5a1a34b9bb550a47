"""The access matrix: every private URL of the site × every role → the
status that role gets, one explicit table from which the cases are made.

Codes in the table, one column per role (see ``ROLES`` in ``world.py``):

- ``200``, ``400``, ``403``, ``404``, ``405``: that status;
- ``L``: a redirect to the login page (a ``next`` back to the page);
- ``R``: another redirect (the action ran, or was refused with a message);
- a trailing ``*`` on a POST row: the action changed what ``state`` reads.
  Without it the state must be exactly as before: a refused role never
  changes anything, whatever it is answered.

POSTs carry a valid CSRF token (the client enforces CSRF checks), so a
refusal is the permission check's and not the CSRF middleware's.

``test_every_url_pattern_has_a_row`` walks the URL resolver: a new URL
pattern without a row here fails, so its access rules get decided and
written down when it is added.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from corps.models import BookingRating, BookingReport, CalendarFeed, UnavailablePeriod
from kb.core.failed_tasks import given_up
from networks.models import EventRegistration, NetworkMeeting, NetworkMembership
from tests.security.world import ROLES, World, booking_state

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Row:
    """One URL (``key``: its name, or its route if it has none) asked one way
    (``label`` tells several rows of one URL apart)."""

    key: str
    url: Callable[[World], str]
    expected: str
    method: str = "GET"
    data: Callable[[World], dict] | None = None
    state: Callable[[World], object] | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.key}[{self.label}]" if self.label else self.key

    def codes(self) -> dict[str, str]:
        codes = self.expected.split()
        assert len(codes) == len(ROLES), f"{self.id}: {len(codes)} codes"
        return dict(zip(ROLES, codes, strict=True))


def url(name, *attributes, query=""):
    """``reverse(name)`` with arguments read from the world."""

    def build(world):
        args = [_read(world, attribute) for attribute in attributes]
        return reverse(name, args=args) + query

    return build


def _read(world, attribute):
    if attribute.startswith("="):  # a literal
        return attribute[1:]
    value = world
    for part in attribute.split("."):
        value = getattr(value, part)
    return value


def page(attribute):
    return lambda world: _read(world, attribute).url


def booking_actions(world):
    return booking_state(world)


def feed_state(world):
    return tuple(CalendarFeed.objects.values_list("token_hash", flat=True))


def member_token_state(world):
    return NetworkMembership.objects.get(pk=world.membership.pk).calendar_token_hash


def closeout_state(world):
    return (BookingReport.objects.count(), BookingRating.objects.count())


def registrations_state(world):
    return tuple(
        EventRegistration.objects.filter(event=world.event)
        .order_by("pk")
        .values_list("pk", "status", "attended")
    )


def memberships_state(world):
    return tuple(
        NetworkMembership.objects.filter(network=world.network)
        .order_by("pk")
        .values_list("user_id", "status", "role")
    )


def meeting_state(world):
    return tuple(
        NetworkMeeting.objects.filter(network=world.network).values_list(
            "pk", "title", "minutes"
        )
    )


def failed_tasks_state(world):
    return tuple(given_up().values_list("pk", flat=True))


def unavailable_state(world):
    return UnavailablePeriod.objects.filter(specialist=world.specialist).count()


#                    anonymous
#                    |   booker_a
#                    |   |   colleague_a
#                    |   |   |   booker_b
#                    |   |   |   |   corps_coordinator
#                    |   |   |   |   |   other_coordinator
#                    |   |   |   |   |   |   network_coordinator
#                    |   |   |   |   |   |   |   member
#                    |   |   |   |   |   |   |   |   non_member
#                    |   |   |   |   |   |   |   |   |   pending
#                    |   |   |   |   |   |   |   |   |   |   former_member
#                    |   |   |   |   |   |   |   |   |   |   |   editor
#                    |   |   |   |   |   |   |   |   |   |   |   |   superuser
MATRIX = [
    # --- the corps: bookings and their actions ---------------------------------
    Row("corps:my_bookings", url("corps:my_bookings"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("corps:request_booking", url("corps:request_booking", "specialist.pk"),
        "L   200 200 200 403 403 403 403 403 403 403 403 403"),
    Row("corps:booking_detail", url("corps:booking_detail", "requested.reference"),
        "L   200 200 404 200 404 404 404 404 404 404 404 200"),
    Row("corps:booking_ics", url("corps:booking_ics", "accepted.reference"),
        "L   200 200 404 200 404 404 404 404 404 404 404 200"),
    Row("corps:booking_action",
        url("corps:booking_action", "requested.reference", "=accepter"),
        "L   R   R   404 R*  404 404 404 404 404 404 404 R*",
        method="POST", state=booking_actions, label="accepter"),
    Row("corps:booking_action",
        url("corps:booking_action", "requested.reference", "=aflys"),
        "L   R*  R   404 R*  404 404 404 404 404 404 404 R*",
        method="POST", data=lambda w: {"reason": "Ikke længere aktuelt."},
        state=booking_actions, label="aflys"),
    Row("corps:booking_action",
        url("corps:booking_action", "requested.reference", "=findes-ikke"),
        "L   404 404 404 404 404 404 404 404 404 404 404 404",
        method="POST", state=booking_actions, label="unknown action"),
    Row("corps:write_report", url("corps:write_report", "accepted.reference"),
        "L   403 403 404 200 404 404 404 404 404 404 404 200",
        method="POST", state=closeout_state),
    Row("corps:rate_booking", url("corps:rate_booking", "accepted.reference"),
        "L   200 200 404 403 404 404 404 404 404 404 404 403",
        method="POST", state=closeout_state),
    # --- the corps: availability and calendar settings and feeds -------------
    Row("corps:availability", url("corps:availability"),
        "L   403 403 403 200 200 403 403 403 403 403 403 200"),
    Row("corps:remove_unavailable",
        url("corps:remove_unavailable", "unavailable.pk"),
        "L   404 404 404 R*  404 404 404 404 404 404 404 R*",
        method="POST", state=unavailable_state),
    Row("corps:calendar_settings", url("corps:calendar_settings", "specialist.pk"),
        "L   404 404 404 200 404 404 404 404 404 404 404 200"),
    Row("corps:calendar_settings", url("corps:calendar_settings", "specialist.pk"),
        "L   404 404 404 R*  404 404 404 404 404 404 404 R*",
        method="POST", state=feed_state, label="new address"),
    # The secret address is the key (a calendar client has no login).
    Row("corps:calendar_feed", url("corps:calendar_feed", "feed_token"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("corps:calendar_feed",
        lambda w: reverse("corps:calendar_feed", args=["x" * 43]),
        "404 404 404 404 404 404 404 404 404 404 404 404 404",
        label="wrong token"),
    # --- networks: calendar feeds ---------------------------------------------
    Row("networks:ical_all", url("networks:ical_all"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_network", url("networks:ical_network", "network.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_target_group",
        url("networks:ical_target_group", "target_group.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_focus_area", url("networks:ical_focus_area", "focus_area.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_event", url("networks:ical_event", "event.pk"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_event", url("networks:ical_event", "private_event.pk"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="private"),
    Row("networks:ical_event", url("networks:ical_event", "draft_event.pk"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="draft"),
    # The member's secret address is the key, like the specialist's.
    Row("networks:ical_member", url("networks:ical_member", "member_token"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:ical_member", lambda w: reverse("networks:ical_member", args=["x"]),
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="wrong token"),
    Row("networks:member_calendar", url("networks:member_calendar", "membership.pk"),
        "L   404 404 404 404 404 404 200 404 404 404 404 404"),
    Row("networks:member_calendar",
        url("networks:member_calendar", "former_membership.pk"),
        "L   404 404 404 404 404 404 404 404 404 404 404 404", label="former"),
    Row("networks:new_member_calendar_token",
        url("networks:new_member_calendar_token", "membership.pk"),
        "L   404 404 404 404 404 404 R*  404 404 404 404 404",
        method="POST", state=member_token_state),
    # --- networks: participant lists and CSV ----------------------------------
    Row("networks:participants", url("networks:participants", "event.pk"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200"),
    Row("networks:participants",
        url("networks:participants", "event.pk", query="?format=csv"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200", label="csv"),
    Row("networks:email_participants", url("networks:email_participants", "event.pk"),
        "L   404 404 404 404 404 400 404 404 404 404 400 400",
        method="POST", state=registrations_state),
    Row("networks:record_attendance", url("networks:record_attendance", "event.pk"),
        "L   404 404 404 404 404 R   404 404 404 404 R   R",
        method="POST", data=lambda w: {"attended": [w.registration.pk]},
        state=registrations_state),
    Row("networks:give_seat", url("networks:give_seat", "waiting.pk"),
        "L   404 404 404 404 404 R*  404 404 404 404 R*  R*",
        method="POST", state=registrations_state),
    # --- networks: registration, my pages -------------------------------------
    Row("networks:register", url("networks:register", "event.pk"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:register", url("networks:register", "private_event.pk"),
        "L   404 404 404 404 404 404 404 404 404 404 404 404", label="private"),
    Row("networks:register", url("networks:register", "draft_event.pk"),
        "L   404 404 404 404 404 404 404 404 404 404 404 404", label="draft"),
    # Guests: the form is for visitors without a login (a logged-in user is
    # sent to the account form); the personal link is a capability (whoever
    # holds it sees, confirms, changes and cancels), a wrong link is a 404.
    Row("networks:guest_register", url("networks:guest_register", "event.pk"),
        "200 R   R   R   R   R   R   R   R   R   R   R   R"),
    Row("networks:guest_register",
        url("networks:guest_register", "private_event.pk"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="private"),
    Row("networks:guest_check_mail", url("networks:guest_check_mail", "event.pk"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:guest_registration",
        url("networks:guest_registration", "guest.guest_token"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:guest_registration",
        url("networks:guest_registration", "=forkert"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="wrong link"),
    Row("networks:confirm_guest_registration",
        url("networks:confirm_guest_registration", "guest.guest_token"),
        "R*  R*  R*  R*  R*  R*  R*  R*  R*  R*  R*  R*  R*",
        method="POST", state=registrations_state),
    Row("networks:confirm_guest_registration",
        url("networks:confirm_guest_registration", "=forkert"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404",
        method="POST", state=registrations_state, label="wrong link"),
    Row("networks:cancel_guest_registration",
        url("networks:cancel_guest_registration", "guest.guest_token"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:cancel_guest_registration",
        url("networks:cancel_guest_registration", "=forkert"),
        "404 404 404 404 404 404 404 404 404 404 404 404 404",
        method="POST", state=registrations_state, label="wrong link"),
    Row("networks:my_events", url("networks:my_events"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("networks:cancel_registration",
        url("networks:cancel_registration", "registration.pk"),
        "L   404 404 404 404 404 404 200 404 404 404 404 404"),
    Row("networks:cancel_registration",
        url("networks:cancel_registration", "registration.pk"),
        "L   404 404 404 404 404 404 R*  404 404 404 404 404",
        method="POST", state=registrations_state, label="cancel"),
    # Load balancers ask without a login; it names no hosts or secrets.
    Row("home:health", url("home:health"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("home:start", url("home:start"),
        "L   R   R   R   R   R   R   R   R   R   R   R   R"),
    # --- my pages: the user's own data and account ---------------------------
    Row("home:my_data", url("home:my_data"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("home:download_my_data", url("home:download_my_data"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    # Refused (the reason, no form, 200): booker A has open bookings, the
    # corps coordinator is the only one of a specialist with open bookings,
    # the network coordinator the only one of X. Others: the wrong password.
    Row("home:delete_account", url("home:delete_account"),
        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("home:delete_account", url("home:delete_account"),
        "L   200 400 400 200 400 200 400 400 400 400 400 400",
        method="POST", data=lambda w: {"password": "forkert", "confirm": "on"},
        state=lambda w: get_user_model().objects.filter(is_active=True).count(),
        label="wrong password"),
    # --- networks: membership --------------------------------------------------
    Row("networks:join_network", url("networks:join_network", "network.pk"),
        "L   R*  R*  R*  R*  R*  R   R   R*  R   R*  R*  R*",
        method="POST", data=lambda w: {"organisation": "Roskilde Kommune"},
        state=memberships_state),
    Row("networks:leave_network", url("networks:leave_network", "network.pk"),
        "L   R   R   R   R   R   R*  R*  R   R   R   R   R",
        method="POST", state=memberships_state),
    Row("networks:decide_membership",
        url("networks:decide_membership", "pending_membership.pk"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200"),
    Row("networks:decide_membership",
        url("networks:decide_membership", "pending_membership.pk"),
        "L   404 404 404 404 404 R*  404 404 404 404 R*  R*",
        method="POST", data=lambda w: {"decision": "approve"},
        state=memberships_state, label="approve"),
    # --- networks: coordination, member-only meetings, minutes, documents -----
    Row("networks:coordinate_network",
        url("networks:coordinate_network", "network.pk"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200"),
    Row("networks:new_meeting", url("networks:new_meeting", "network.pk"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200"),
    Row("networks:edit_meeting", url("networks:edit_meeting", "meeting.pk"),
        "L   404 404 404 404 404 200 404 404 404 404 200 200"),
    Row("networks:edit_meeting", url("networks:edit_meeting", "meeting.pk"),
        "L   404 404 404 404 404 R*  404 404 404 404 R*  R*",
        method="POST", state=meeting_state, label="change",
        data=lambda w: {
            "title": "Nyt navn",
            "start": "2031-01-02T10:00",
            "location": "",
            "agenda": "",
            "minutes": "Nyt referat",
            "document_title": "",
        }),
    Row("networks:meeting_document",
        url("networks:meeting_document", "document.pk"),
        "404 404 404 404 404 404 200 200 404 404 404 200 200"),
    # --- the activity report ---------------------------------------------------
    Row("networks:activity_report", url("networks:activity_report"),
        "L   403 403 403 403 403 200 403 403 403 403 200 200"),
    Row("networks:activity_report",
        url("networks:activity_report", query="?format=csv"),
        "L   403 403 403 403 403 200 403 403 403 403 200 200", label="csv"),
    # --- pages (Wagtail) -------------------------------------------------------
    Row("wagtail_serve", page("network"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200", label="network"),
    Row("wagtail_serve", page("event"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200", label="event"),
    # Restricted to the editors' group. Wagtail sends a logged-in user
    # outside the group to the login page as well.
    Row("wagtail_serve", page("private_event"),
        "L   L   L   L   L   L   L   L   L   L   L   200 200", label="private"),
    Row("wagtail_serve",
        lambda w: f"{w.draft_event.get_parent().url}{w.draft_event.slug}/",
        "404 404 404 404 404 404 404 404 404 404 404 404 404", label="draft"),
    # --- public pages: rows so every URL is decided -------------------------
    Row("home:feed_rss", url("home:feed_rss"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("home:feed_atom", url("home:feed_atom"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("home:accessibility_statement", url("home:accessibility_statement"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("sitemap.xml", lambda w: "/sitemap.xml",
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("search:search", url("search:search", query="?q=temadag"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("search:autocomplete", url("search:autocomplete", query="?q=tem"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("offers:offers", url("offers:offers"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("offers:offer", url("offers:offer", "specialist.home_offer.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("taxonomy:target_groups", url("taxonomy:target_groups"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("taxonomy:target_group", url("taxonomy:target_group", "target_group.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("taxonomy:focus_areas", url("taxonomy:focus_areas"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    Row("taxonomy:focus_area", url("taxonomy:focus_area", "focus_area.slug"),
        "200 200 200 200 200 200 200 200 200 200 200 200 200"),
    # --- the admin ---------------------------------------------------------
    # Wagtail answers a logged-in user without admin access with the login
    # page too (and a message); the network coordinator's explorer opens at
    # their own network.
    Row("wagtailadmin_home", url("wagtailadmin_home"),
        "L   L   L   L   L   L   200 L   L   L   L   200 200"),
    Row("wagtailadmin_explore_root", url("wagtailadmin_explore_root"),
        "L   L   L   L   L   L   R   L   L   L   L   200 200"),
    Row("wagtailadmin_pages:edit", url("wagtailadmin_pages:edit", "draft_event.pk"),
        "L   L   L   L   L   L   R   L   L   L   L   200 200"),
    Row("wagtailusers_users:index", url("wagtailusers_users:index"),
        "L   L   L   L   L   L   R   L   L   L   L   R   200"),
    # Failed tasks (e-mail recipients are personal data): superusers and
    # holders of core.retry_failedtask only; Wagtail sends others with
    # admin access back to the dashboard.
    Row("failed_tasks", url("failed_tasks"),
        "L   L   L   L   L   L   R   L   L   L   L   R   200"),
    Row("failed_tasks_retry", url("failed_tasks_retry"),
        "L   L   L   L   L   L   R   L   L   L   L   R   R*",
        method="POST", data=lambda w: {"retry": w.failed_mail.pk},
        state=failed_tasks_state),
]  # fmt: skip


def _client(world, role) -> Client:
    client = Client(enforce_csrf_checks=True)
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def _post(client, address, data):
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    return client.post(address, {**data, "csrfmiddlewaretoken": token})


def _answer(response) -> str:
    if response.status_code in (301, 302):
        login = reverse("account_login")
        return "L" if response["Location"].startswith(login) else "R"
    return str(response.status_code)


CASES = [
    pytest.param(row, role, id=f"{row.id}-{role}") for row in MATRIX for role in ROLES
]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_access(world, row, role):
    expected = row.codes()[role]
    client = _client(world, role)
    address = row.url(world)
    before = row.state(world) if row.state else None
    if row.method == "POST":
        response = _post(client, address, row.data(world) if row.data else {})
    else:
        response = client.get(address)
    # A download's open file, closed without response.close(): that sends
    # request_finished, which would close the test's PostgreSQL connection.
    for close in response._resource_closers:
        close()

    answer = _answer(response)
    assert answer == expected.rstrip("*"), (
        f"{row.method} {address} as {role}: {answer} "
        f"({response.status_code} {response.get('Location', '')})"
    )
    if row.state:
        after = row.state(world)
        if expected.endswith("*"):
            assert after != before, f"{role} should have changed {address}"
        else:
            assert after == before, f"{role} changed {address}"


# --- every URL has a row -----------------------------------------------------

# URLs the matrix leaves out, and why. Everything else must have a row.
NOT_IN_MATRIX_PREFIXES = (
    # Wagtail's admin: its own access check (wagtailadmin.access_admin) and
    # page permissions guard every view; the matrix checks the admin's
    # entrance and a few pages (rows "wagtailadmin_*" above).
    "admin/",
)
NOT_IN_MATRIX_NAMES = {
    # django-allauth: log in/out, sign up, confirm e-mail, reset and change
    # the password, the municipal login (OpenID Connect). Its own tests
    # cover them; tests/accounts and tests/browser/test_accounts.py use them.
    *(
        "account_login account_logout account_inactive account_signup "
        "account_reauthenticate account_request_reauthentication_code "
        "account_confirm_reauthentication_code account_email "
        "account_email_verification_sent account_change_password "
        "account_set_password account_reset_password account_confirm_login_code "
        "account_confirm_email account_reset_password_from_key_done "
        "account_reset_password_from_key account_reset_password_done "
        "socialaccount_login_cancelled socialaccount_login_error "
        "socialaccount_signup socialaccount_connections openid_connect_login "
        "openid_connect_callback"
    ).split(),
    # Wagtail's document serving (collections' own privacy) and password
    # prompts for page and document restrictions (none used here), and its
    # fallback login view.
    "wagtaildocs_serve",
    "wagtaildocs_authenticate_with_password",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
}
# allauth's unnamed redirects from its old /social/ addresses.
NOT_IN_MATRIX_ROUTES = {
    "konto/social/login/cancelled/",
    "konto/social/login/error/",
    "konto/social/signup/",
    "konto/social/connections/",
}


def _patterns(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace
                    else pattern.namespace
                )
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (
                f"{namespace}:{pattern.name}" if namespace else pattern.name
            )
            yield prefix + str(pattern.pattern), name


def project_url_patterns():
    for route, name in _patterns(get_resolver().url_patterns):
        if route.startswith(NOT_IN_MATRIX_PREFIXES):
            continue
        if name in NOT_IN_MATRIX_NAMES or route in NOT_IN_MATRIX_ROUTES:
            continue
        yield route, name


def test_every_url_pattern_has_a_row():
    keys = {row.key for row in MATRIX}
    missing = [
        f"{route} ({name})"
        for route, name in project_url_patterns()
        if (name or route) not in keys
    ]
    assert not missing, f"URL patterns without a row in MATRIX: {missing}"


def test_the_matrix_has_a_column_for_every_role_and_no_stale_rows():
    names = {name or route for route, name in _patterns(get_resolver().url_patterns)}
    for row in MATRIX:
        row.codes()
        assert row.key in names, f"{row.key} is no URL of the site any more"


def test_the_roles_are_who_they_claim_to_be(world):
    """The world's users are what the columns say (guards the table
    against a world that quietly lost a role)."""
    users = world.users
    assert set(users) == set(ROLES) - {"anonymous"}
    assert get_user_model().objects.filter(pk=users["superuser"].pk, is_superuser=True)
    statuses = dict(
        NetworkMembership.objects.filter(network=world.network).values_list(
            "user__username", "status"
        )
    )
    assert statuses[users["member"].username] == "member"
    assert statuses[users["pending"].username] == "requested"
    assert statuses[users["former_member"].username] == "left"
    assert users["non_member"].username not in statuses
