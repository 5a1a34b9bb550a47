from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from kb.core.audit import register_audit_actions

AUDIT_ACTIONS = {
    "kb.account.deleted": (
        _("Konto: slettet"),
        _("Brugeren slettede sin konto; tilmeldinger og bookinger er anonymiseret"),
    ),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_audit_actions(actions, AUDIT_ACTIONS)
