"""Network meetings (agenda, minutes, member-only documents) in the admin,
and the networks' actions in Wagtail's audit log: registrations and
memberships are logged on the event's or the network's page (its history,
and Reports → Site history) by :mod:`networks.services`."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kb.core.audit import register_audit_actions
from networks import admin_views, coordination
from networks.models import NetworkMeeting


class NetworkMeetingViewSet(SnippetViewSet):
    model = NetworkMeeting
    icon = "date"
    menu_label = _("Netværksmøder")
    add_to_admin_menu = True
    list_display = ["title", "network", "start"]
    list_filter = ["network"]
    search_fields = ["title", "agenda", "minutes"]


register_snippet(NetworkMeetingViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def announce_meeting_changes(request, instance):
    """Members hear of new minutes and files added in the admin too."""
    if isinstance(instance, NetworkMeeting):
        coordination.announce_after_commit(instance, by=request.user)


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    return [
        path(
            "netvaerkskoordinatorer/",
            admin_views.CoordinatorsView.as_view(),
            name="network_coordinators",
        ),
        path(
            "netvaerkskoordinatorer/<int:pk>/fjern/",
            admin_views.remove_coordinator,
            name="network_coordinators_remove",
        ),
    ]


class CoordinatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_appoint(request.user)


@hooks.register("register_settings_menu_item")
def register_coordinators_menu_item():
    return CoordinatorsMenuItem(
        _("Netværkskoordinatorer"),
        reverse("network_coordinators"),
        icon_name="group",
        order=610,
    )


AUDIT_ACTIONS = {
    "kb.registration.anonymised": (
        _("Tilmelding: anonymiseret"),
        _("%(count)s tilmeldinger blev anonymiseret efter opbevaringsperioden"),
    ),
    "kb.registration.created": (
        _("Tilmelding: tilmeldt"),
        _("%(name)s tilmeldte sig (%(status)s)"),
    ),
    "kb.registration.guest_requested": (
        _("Tilmelding: gæst venter på bekræftelse"),
        _("%(name)s tilmeldte sig uden konto; e-mailen er ikke bekræftet endnu"),
    ),
    "kb.registration.changed": (
        _("Tilmelding: oplysninger rettet"),
        _("%(name)s rettede sine oplysninger"),
    ),
    "kb.registration.cancelled": (
        _("Tilmelding: afmeldt"),
        _("%(name)s afmeldte sig"),
    ),
    "kb.registration.promoted": (
        _("Tilmelding: rykket op fra ventelisten"),
        _("%(name)s fik en ledig plads fra ventelisten"),
    ),
    "kb.registration.seat_given": (
        _("Tilmelding: plads givet af arrangøren"),
        _("%(name)s fik en plads fra ventelisten af arrangøren"),
    ),
    "kb.registration.participants_emailed": (
        _("Tilmelding: e-mail til deltagerne"),
        _("E-mail «%(subject)s» sendt til %(recipients)s (%(group)s)"),
    ),
    "kb.registration.attendance_recorded": (
        _("Tilmelding: fremmøde registreret"),
        _("%(attended)s af %(confirmed)s tilmeldte mødte op"),
    ),
    "kb.membership.requested": (
        _("Medlemskab: anmodet"),
        _("%(member)s anmodede om medlemskab"),
    ),
    "kb.membership.joined": (
        _("Medlemskab: meldt ind"),
        _("%(member)s meldte sig ind"),
    ),
    "kb.membership.approved": (
        _("Medlemskab: godkendt"),
        _("%(member)s blev optaget"),
    ),
    "kb.membership.declined": (
        _("Medlemskab: afvist"),
        _("%(member)s blev afvist"),
    ),
    "kb.membership.left": (
        _("Medlemskab: meldt ud"),
        _("%(member)s meldte sig ud"),
    ),
    "kb.membership.calendar_issued": (
        _("Medlemskab: ny kalenderadresse"),
        _("%(member)s fik en ny privat kalenderadresse"),
    ),
    "kb.network.coordinator_appointed": (
        _("Netværk: koordinator udpeget"),
        _("%(member)s blev udpeget som koordinator"),
    ),
    "kb.network.coordinator_removed": (
        _("Netværk: koordinator fjernet"),
        _("%(member)s er ikke længere koordinator"),
    ),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_audit_actions(actions, AUDIT_ACTIONS)
