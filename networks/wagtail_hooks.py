"""Network meetings (agenda, minutes, member-only documents) in the admin,
and the networks' actions in Wagtail's audit log: registrations and
memberships are logged on the event's or the network's page (its history,
and Reports → Site history) by :mod:`networks.services`."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kb.core.audit import register_audit_actions
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


AUDIT_ACTIONS = {
    "kb.registration.created": (
        _("Tilmelding: tilmeldt"),
        _("%(name)s tilmeldte sig (%(status)s)"),
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
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_audit_actions(actions, AUDIT_ACTIONS)
