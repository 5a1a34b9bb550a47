"""An absolute limit on a login: however active, a session ends
``KB_SESSION_MAX_HOURS`` after the login, and the user logs in again.

The idle limit (``SESSION_COOKIE_AGE``, renewed by every request) alone would
let a session that is used now and then, or a stolen session cookie that is
kept busy, live for ever. The time of the login is stored in the session when
any login happens (the site's, the admin's, the municipal login's: Django's
``user_logged_in``); the middleware compares with it on every request, for
the site and Wagtail's admin alike. It leaves the session's expiry alone, so
allauth's "remember me" (``ACCOUNT_SESSION_REMEMBER``) means what it did.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

#: Where the session keeps when its user logged in (seconds since the epoch).
LOGGED_IN_AT = "kb_logged_in_at"


def note_login_time(sender, request, user, **kwargs):
    """Receiver of ``user_logged_in``: the absolute limit counts from here."""
    if request is not None and hasattr(request, "session"):
        request.session[LOGGED_IN_AT] = int(time.time())


def login_expired(session, *, now: float | None = None) -> bool:
    """Whether the login in ``session`` began more than
    ``KB_SESSION_MAX_HOURS`` ago. A login from before the limit existed
    (no time stored) starts counting now."""
    now = time.time() if now is None else now
    logged_in_at = session.get(LOGGED_IN_AT)
    if not isinstance(logged_in_at, int):
        session[LOGGED_IN_AT] = int(now)
        return False
    return now - logged_in_at > settings.KB_SESSION_MAX_HOURS * 60 * 60


def _duration(hours: int) -> str:
    if hours % 24 == 0:
        days = hours // 24
        return ngettext("%(count)d dag", "%(count)d dage", days) % {"count": days}
    return ngettext("%(count)d time", "%(count)d timer", hours) % {"count": hours}


class SessionLifetimeMiddleware:
    """Logs out a session whose login is older than ``KB_SESSION_MAX_HOURS``
    and sends the user to the login page, which says why and returns them
    to where they were. Placed after the session, authentication and
    message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie, the session is not even read (reading it
        # would add "Vary: Cookie" to public, cacheable responses).
        if (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            and SESSION_KEY in request.session
            and login_expired(request.session)
        ):
            logout(request)
            messages.info(
                request,
                _(
                    "Af sikkerhedshensyn varer et login højst %(duration)s. "
                    "Log ind igen for at fortsætte."
                )
                % {"duration": _duration(settings.KB_SESSION_MAX_HOURS)},
            )
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
