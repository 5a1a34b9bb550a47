"""The one error a service raises when the rules refuse an action (and
its kind for rate limits)."""

from __future__ import annotations


class ActionRefused(Exception):
    """An action the rules do not allow (a full event, a booking in an
    unavailable period, someone else's registration ...).

    ``message`` is Danish and meant for the user: views show it as it is
    (a form error or a message), so callers translate it when they raise.
    """

    def __init__(self, message: str):
        message = str(message)
        super().__init__(message)
        self.message = message


class TooManyRequests(ActionRefused):
    """Refused because the same address or client asked too often lately
    (a rate limit); views answer with HTTP 429 and keep the input."""
