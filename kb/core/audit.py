"""Custom audit-log actions for Wagtail's ``log()``: a label and a message
per action, the message filled in from the entry's ``data`` and followed by
the reason (``data["reason"]``), which is also the entry's comment.

Each app registers its table from ``wagtail_hooks.py``::

    @hooks.register("register_log_actions")
    def register_log_actions(actions):
        register_audit_actions(actions, {"kb.booking.accepted": (label, message)})
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from wagtail.log_actions import LogFormatter


class AuditFormatter(LogFormatter):
    """``message`` may name ``%(key)s`` of the entry's data."""

    def format_message(self, log_entry):
        data = defaultdict(str, log_entry.data or {})
        message = str(self.message) % data
        if data["reason"]:
            # Why, also where only the message is shown (Site history).
            message = f"{message}: {data['reason']}"
        return message

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("reason", "")


def register_audit_actions(actions, table: Mapping[str, tuple]) -> None:
    """Register ``{action: (label, message)}`` with Wagtail's log registry."""
    for action, (label, message) in table.items():
        formatter = type(
            "AuditFormatter", (AuditFormatter,), {"label": label, "message": message}
        )
        actions.register_action(action)(formatter)
