"""The corps' actions in Wagtail's audit log (Reports → Site history): who
requested, accepted, declined, completed or cancelled a booking and why,
who wrote the report and rated the help, and who changed a specialist's
availability or calendar feed. Written by :mod:`corps.services`."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from kb.core.audit import register_audit_actions

AUDIT_ACTIONS = {
    "kb.booking.anonymised": (
        _("Booking: anonymiseret"),
        _("Sagsbeskrivelse og bedømmelsens kommentar blev slettet"),
    ),
    "kb.booking.requested": (_("Booking: anmodet"), _("Anmodede om booking")),
    "kb.booking.accepted": (_("Booking: accepteret"), _("Accepterede bookingen")),
    "kb.booking.declined": (_("Booking: afvist"), _("Afviste bookingen")),
    "kb.booking.completed": (_("Booking: gennemført"), _("Markerede som gennemført")),
    "kb.booking.cancelled": (_("Booking: aflyst"), _("Aflyste bookingen")),
    "kb.booking.report_written": (
        _("Booking: rapport skrevet"),
        _("Skrev specialistens rapport"),
    ),
    "kb.booking.rated": (
        _("Booking: hjælpen bedømt"),
        _("Bedømte hjælpen %(score)s af 5"),
    ),
    "kb.unavailable_period.added": (
        _("Specialist: periode uden booking tilføjet"),
        _("%(specialist)s kan ikke bookes %(start)s–%(end)s"),
    ),
    "kb.unavailable_period.removed": (
        _("Specialist: periode uden booking fjernet"),
        _("%(specialist)s kan igen bookes %(start)s–%(end)s"),
    ),
    "kb.calendar_feed.issued": (
        _("Specialist: kalenderadresse lavet"),
        _("Ny hemmelig kalenderadresse til %(specialist)s"),
    ),
    "kb.calendar_feed.revoked": (
        _("Specialist: kalenderadresse tilbagekaldt"),
        _("Kalenderadressen til %(specialist)s er tilbagekaldt"),
    ),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_audit_actions(actions, AUDIT_ACTIONS)
