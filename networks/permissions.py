"""Who may see and do what with registrations, memberships, meetings and
the activity report: one permission policy per model.

Built on Django permissions and explicit relations, never on group names:

- any active, logged-in user registers for events, cancels their own
  registration, joins networks and leaves them;
- ``networks.coordinate_network``: a network coordinator acts for the
  networks where their membership has the role *coordinator*
  (:func:`networks.services.make_network_coordinator` records it, and keeps
  giving the per-network Wagtail page permissions for editing the pages):
  decides membership requests, sees member-only content, and organises the
  network's events (participant lists, exports, seats from the waiting list,
  e-mails to the participants, attendance);
- ``networks.manage_memberships`` and ``networks.manage_registrations``:
  the same for every network and every event (editors and moderators);
  and runs its meetings (agenda, minutes, files) on the site;
- ``auth.change_user`` (administrators, who manage the accounts anyway):
  appoint and remove network coordinators in the admin;
- ``networks.view_activity_report``: the activity report;
- members (membership status *member*) see their network's meetings,
  minutes, documents and member list.

The models are named as strings and the relations are field look-ups, so the
page models may ask these policies without importing the services.
"""

from __future__ import annotations

import operator
from functools import reduce

from django.apps import apps
from django.db.models import Q

from kb.core.permissions import Grant, RulePermissionPolicy

COORDINATE = "networks.coordinate_network"
MANAGE_MEMBERSHIPS = "networks.manage_memberships"
MANAGE_REGISTRATIONS = "networks.manage_registrations"
VIEW_ACTIVITY_REPORT = "networks.view_activity_report"
APPOINT_COORDINATORS = "auth.change_user"

MEMBER = "member"
COORDINATOR = "coordinator"


def _memberships():
    return apps.get_model("networks", "NetworkMembership").objects


def member_networks(user):
    """Ids of the networks ``user`` is a member of (coordinators included)."""
    return _memberships().filter(user=user, status=MEMBER).values("network")


def coordinated_networks(user):
    """Ids of the networks ``user`` is recorded as coordinator of."""
    return (
        _memberships()
        .filter(user=user, status=MEMBER, role=COORDINATOR)
        .values("network")
    )


def _own(**fields):
    def relation(user) -> Q:
        return Q(user=user, **fields)

    return relation


def _in_networks(network_field: str, networks):
    def relation(user) -> Q:
        return Q(**{f"{network_field}__in": networks(user)})

    return relation


def _events_of_coordinated_networks(event_field: str):
    """Events that sit under a network ``user`` coordinates (its subtree)."""

    def relation(user) -> Q | None:
        paths = apps.get_model("networks", "NetworkPage").objects.filter(
            pk__in=coordinated_networks(user)
        )
        starts = [
            Q(**{f"{event_field}path__startswith": path})
            for path in paths.values_list("path", flat=True)
        ]
        return reduce(operator.or_, starts) if starts else None

    return relation


def _network_content(network_field: str) -> list[Grant]:
    """Member-only content of a network, reached through ``network_field``."""
    return [
        Grant(None, _in_networks(network_field, member_networks)),
        Grant(COORDINATE, _in_networks(network_field, coordinated_networks)),
        Grant(MANAGE_MEMBERSHIPS),
    ]


def _network_managers(network_field: str) -> list[Grant]:
    return [
        Grant(COORDINATE, _in_networks(network_field, coordinated_networks)),
        Grant(MANAGE_MEMBERSHIPS),
    ]


def _organisers(event_field: str) -> list[Grant]:
    return [
        Grant(COORDINATE, _events_of_coordinated_networks(event_field)),
        Grant(MANAGE_REGISTRATIONS),
    ]


class EventPolicy(RulePermissionPolicy):
    """Non-page actions on :class:`networks.models.ThemeDayPage` (editing
    the page stays with Wagtail's page permissions)."""

    rules = {
        "view_participants": _organisers(""),
        "export_participants": _organisers(""),
        "email_participants": _organisers(""),
        "record_attendance": _organisers(""),
        "view_activity_report": [Grant(VIEW_ACTIVITY_REPORT)],
    }


class RegistrationPolicy(RulePermissionPolicy):
    """Actions on :class:`networks.models.EventRegistration`; ``register`` is
    asked of the model."""

    rules = {
        "register": [Grant(None, _own())],
        "view": [Grant(None, _own()), *_organisers("event__")],
        "cancel": [Grant(None, _own())],
        "give_seat": _organisers("event__"),
    }


class MembershipPolicy(RulePermissionPolicy):
    """Actions on :class:`networks.models.NetworkMembership`; ``join`` is
    asked of the model."""

    rules = {
        "join": [Grant(None, _own())],
        "leave": [Grant(None, _own(status=MEMBER))],
        "issue_calendar_token": [Grant(None, _own(status=MEMBER))],
        "decide": _network_managers("network"),
    }


class NetworkPolicy(RulePermissionPolicy):
    """Non-page actions on :class:`networks.models.NetworkPage`."""

    rules = {
        "view_member_content": _network_content("pk"),
        "decide_memberships": _network_managers("pk"),
        # Add meetings to it and see its coordination page.
        "coordinate": _network_managers("pk"),
        "appoint_coordinators": [Grant(APPOINT_COORDINATORS)],
    }


class MeetingPolicy(RulePermissionPolicy):
    rules = {
        "view": _network_content("network"),
        "change": _network_managers("network"),
    }


class MeetingDocumentPolicy(RulePermissionPolicy):
    rules = {
        "view": _network_content("meeting__network"),
        "delete": _network_managers("meeting__network"),
    }


event_policy = EventPolicy("networks.ThemeDayPage")
registration_policy = RegistrationPolicy("networks.EventRegistration")
membership_policy = MembershipPolicy("networks.NetworkMembership")
network_policy = NetworkPolicy("networks.NetworkPage")
meeting_policy = MeetingPolicy("networks.NetworkMeeting")
document_policy = MeetingDocumentPolicy("networks.MeetingDocument")
