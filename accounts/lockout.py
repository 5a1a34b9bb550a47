"""Locking out password guessers (django-axes), for every password form:
the site's login, the admin's (which is the same page), any other
``authenticate()`` call, and Wagtail's page and document passwords.

Failures are counted in the database (so every server process sees them)
per *account* (what was typed as the e-mail, whether or not such a user
exists, so the lockout tells nobody which addresses have accounts) and per
*address* (the client's IP). An account is locked after
``KB_LOGIN_FAILURE_LIMIT`` failures, an address after
``KB_LOGIN_ADDRESS_FAILURE_LIMIT`` (higher: a municipality's staff share
one address), both for ``KB_LOGIN_COOLOFF_MINUTES`` after the last failure
or until an administrator unlocks them (Settings → Låste logins).
"""

from functools import wraps

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

#: The "account" of a password-protected page or collection: one per
#: restriction, counted per address (a wrong guess elsewhere must not lock a
#: page for everybody).
RESTRICTION_PREFIX = "adgangskode:"


def attempted_account(request, credentials) -> str | None:
    """The account a login attempt is for, as typed: allauth's ``email``,
    Django's ``username`` or a restriction's key; lower-cased, so changing
    the case of an address does not start a new count."""
    credentials = credentials or {}
    account = (
        credentials.get("email")
        or credentials.get("username")
        or request.POST.get("login")
        or request.POST.get("username")
    )
    return account.strip().lower() if isinstance(account, str) else None


def lockout_parameters(request_or_attempt, credentials=None):
    """What failures are counted by: first the account (or, for a page
    password, the page from this address), then the address alone. The
    handler below gives each its own limit, in this order."""
    username = (
        request_or_attempt.username
        if isinstance(request_or_attempt, AccessAttempt)
        else attempted_account(request_or_attempt, credentials)
    )
    if username and username.startswith(RESTRICTION_PREFIX):
        return [["ip_address", "username"], "ip_address"]
    return ["username", "ip_address"]


class LoginLockoutHandler(AxesDatabaseHandler):
    """axes' database handler with a limit per account and a (higher) one
    per address; axes itself has one limit for both."""

    def get_failures(self, request, credentials=None) -> int:
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if by_address >= settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT:
            # axes compares with AXES_FAILURE_LIMIT (the account's limit).
            return max(by_account, settings.AXES_FAILURE_LIMIT)
        return by_account

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful login clears its account's failures, not those of
        its address (else a guesser could clear them with their own login)."""
        account = attempted_account(request, credentials)
        deleted, _ = AccessAttempt.objects.filter(username=account).delete()
        return deleted


class LoginLockoutBackend(AxesStandaloneBackend):
    """Refuses every login of a locked account or address, with the right
    password too. Without a request (a management command, the test
    client's ``login()``) there is no guesser to stop."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def cool_off_minutes(request=None) -> int:
    return int(get_cool_off(request).total_seconds() // 60)


def lockout_response(request, original_response=None, credentials=None):
    """The same Danish page whether or not the account exists."""
    return render(
        request,
        "account/lockout.html",
        {"minutes": cool_off_minutes(request)},
        status=429,
    )


# --- password-protected pages and documents ----------------------------------


def throttle_restriction_password(view, kind: str):
    """Wrap Wagtail's view that checks the password of a page (``kind``
    "side") or of a collection's documents ("samling"): a locked address
    gets the lockout page, and each wrong password (the view shows its form
    again instead of redirecting) counts as a failed login for that
    restriction from that address."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        restriction = kwargs.get(
            "page_view_restriction_id", kwargs.get("restriction_id")
        )
        credentials = {"username": f"{RESTRICTION_PREFIX}{kind}:{restriction}"}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            user_login_failed.send(
                sender=__name__, credentials=credentials, request=request
            )
            if getattr(request, "axes_locked_out", False):
                request.axes_locked_out = False  # answered here, not by axes
                return lockout_response(request)
        return response

    return wrapped


# --- administrators: who is locked out, and unlocking -----------------------


def locked_logins():
    """What is locked now: ``{"accounts": [...], "addresses": [...]}``, each
    row with the failures and the last attempt (restrictions' keys are left
    out of the accounts: they lock an address only for one page)."""
    since = timezone.now() - get_cool_off()
    recent = AccessAttempt.objects.filter(attempt_time__gte=since)
    accounts = (
        recent.exclude(username__startswith=RESTRICTION_PREFIX)
        .values("username")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )
    addresses = (
        recent.values("ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT)
        .order_by("-last")
    )
    return {"accounts": list(accounts), "addresses": list(addresses)}


def unlock_account(username: str) -> int:
    """Forget the failures of one account (from every address)."""
    return reset(username=username)


def unlock_address(ip_address: str) -> int:
    """Forget the failures from one address (for every account and page)."""
    return reset(ip=ip_address)
