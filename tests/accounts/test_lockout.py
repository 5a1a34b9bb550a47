"""Password guessing is stopped: after a few wrong passwords per account or
many per address, even the right password is refused with the same Danish
page (whether or not the account exists), on the site's login, Wagtail's
own login form and a password-protected page, until the cool-off ends or an
administrator unlocks; password reset is throttled and tells nothing about
which addresses have accounts; changing the password ends other sessions; a
login ends after a while without a visit, and a week after it began however
active it is."""

import datetime as dt
import re
import time
from types import SimpleNamespace

import pytest
from allauth.core.internal import ratelimit as allauth_ratelimit
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accounts import lockout
from accounts.sessions import LOGGED_IN_AT
from tests import factories
from tests.accounts.test_signup import sign_up

pytestmark = pytest.mark.django_db

LOCKED = "For mange mislykkede forsøg"
LIMIT = 5  # KB_LOGIN_FAILURE_LIMIT's default


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth's rate limits live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anne(db):
    return factories.user("anne@aarhus.dk", email="anne@aarhus.dk")


def log_in(client, email, password, address="10.0.0.1"):
    return client.post(
        reverse("account_login"),
        {"login": email, "password": password},
        REMOTE_ADDR=address,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_is_refused_after_too_many_wrong_ones(client, anne):
    for attempt in range(LIMIT - 1):
        response = log_in(client, "anne@aarhus.dk", "forkert", f"10.0.0.{attempt}")
        assert response.status_code == 200
        assert "adgangskode er ikke korrekt" in response.content.decode()
    locking = log_in(client, "Anne@Aarhus.dk", "forkert", "10.0.1.1")
    assert locking.status_code == 429
    assert LOCKED in locking.content.decode()

    # From yet another address, with the right password: still refused.
    response = log_in(client, "anne@aarhus.dk", factories.PASSWORD, "10.0.2.1")
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED in html
    assert "30 minutter" in html
    assert not logged_in(client)


def test_an_unknown_address_is_locked_out_the_same_way(client, anne):
    for _ in range(LIMIT):
        log_in(client, "ingen@aarhus.dk", "forkert")
        log_in(client, "anne@aarhus.dk", "forkert", "10.0.0.2")
    unknown = log_in(client, "ingen@aarhus.dk", "forkert")
    known = log_in(client, "anne@aarhus.dk", "forkert", "10.0.0.2")
    assert unknown.status_code == known.status_code == 429

    def text(response):
        return re.sub(r'value="[^"]*"', "", response.content.decode())

    assert text(unknown) == text(known)


def test_wrong_passwords_for_known_and_unknown_accounts_read_the_same(client, anne):
    known = log_in(client, "anne@aarhus.dk", "forkert")
    unknown = log_in(client, "ingen@aarhus.dk", "forkert")
    assert known.status_code == unknown.status_code == 200
    error = re.compile(r'<div[^>]*role="alert"[^>]*>.*?</div>', re.S)
    assert error.findall(known.content.decode()) == error.findall(
        unknown.content.decode()
    )


@override_settings(KB_LOGIN_ADDRESS_FAILURE_LIMIT=8)
def test_an_address_guessing_many_accounts_is_locked_out(client, anne):
    for number in range(8):
        log_in(client, f"gaet-{number}@aarhus.dk", "forkert", "10.9.9.9")
    refused = log_in(client, "anne@aarhus.dk", factories.PASSWORD, "10.9.9.9")
    assert refused.status_code == 429
    assert LOCKED in refused.content.decode()
    assert not logged_in(client)

    elsewhere = log_in(client, "anne@aarhus.dk", factories.PASSWORD, "10.1.1.1")
    assert elsewhere.status_code == 302
    assert logged_in(client)


def test_a_successful_login_clears_the_accounts_failures(client, anne):
    for _ in range(LIMIT - 1):
        log_in(client, "anne@aarhus.dk", "forkert")
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        log_in(client, "anne@aarhus.dk", "forkert")
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, anne):
    for _ in range(LIMIT):
        log_in(client, "anne@aarhus.dk", "forkert")
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 429
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=31))
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302


def test_an_administrator_sees_and_unlocks_an_account(admin_client, anne):
    client = Client()  # admin_client is pytest-django's client, logged in
    for _ in range(LIMIT):
        log_in(client, "anne@aarhus.dk", "forkert")
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 429

    screen = admin_client.get(reverse("locked_logins"))
    assert screen.status_code == 200
    html = screen.content.decode()
    assert "Låste konti" in html
    assert "anne@aarhus.dk" in html
    assert "Lås anne@aarhus.dk op" in html

    response = admin_client.post(
        reverse("locked_logins_unlock"), {"account": "anne@aarhus.dk"}, follow=True
    )
    assert "anne@aarhus.dk kan logge ind igen." in response.content.decode()
    assert lockout.locked_logins()["accounts"] == []
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302


@override_settings(KB_LOGIN_ADDRESS_FAILURE_LIMIT=8)
def test_an_administrator_unlocks_an_address(admin_client, anne):
    client = Client()
    for number in range(8):
        log_in(client, f"gaet-{number}@aarhus.dk", "forkert", "10.9.9.9")
    html = admin_client.get(reverse("locked_logins")).content.decode()
    assert "Lås adressen 10.9.9.9 op" in html
    admin_client.post(reverse("locked_logins_unlock"), {"address": "10.9.9.9"})
    assert (
        log_in(client, "anne@aarhus.dk", factories.PASSWORD, "10.9.9.9").status_code
        == 302
    )


def test_only_user_managers_see_the_locked_logins(client):
    editor = factories.user(permissions=["wagtailadmin.access_admin"])
    client.force_login(editor)
    assert client.get(reverse("locked_logins")).status_code in (302, 403)
    response = client.post(reverse("locked_logins_unlock"), {"account": "x@y.dk"})
    assert response.status_code in (302, 403)
    assert "locked_logins" not in response.get("Location", "")


def test_wagtails_own_login_form_is_throttled_too(client, db):
    factories.user("redaktoer", email="redaktoer@aarhus.dk", is_staff=True)
    url = reverse("wagtailadmin_login")
    for _ in range(LIMIT):
        client.post(url, {"username": "redaktoer", "password": "forkert"})
    response = client.post(
        url, {"username": "redaktoer", "password": factories.PASSWORD}
    )
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert not logged_in(client)


@pytest.fixture
def protected_page(db):
    page = factories.method_page()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmeligt"
    )
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
    )
    return page, url


def test_a_page_password_cannot_be_guessed(client, protected_page):
    page, url = protected_page
    for _ in range(LIMIT - 1):
        response = client.post(url, {"password": "gaet", "return_url": page.url})
        assert response.status_code == 200
    locking = client.post(url, {"password": "gaet", "return_url": page.url})
    assert locking.status_code == 429
    assert LOCKED in locking.content.decode()

    right = client.post(url, {"password": "hemmeligt", "return_url": page.url})
    assert right.status_code == 429
    assert client.get(page.url).status_code == 200
    assert "hemmeligt" not in client.get(page.url).content.decode()
    assert 'name="password"' in client.get(page.url).content.decode()

    # Someone else (another address) still gets in: the page is not locked.
    other = Client(REMOTE_ADDR="10.7.7.7")
    response = other.post(url, {"password": "hemmeligt", "return_url": page.url})
    assert response.status_code == 302


def reset(client, email, address="10.0.0.1"):
    return client.post(
        reverse("account_reset_password"), {"email": email}, REMOTE_ADDR=address
    )


def test_password_reset_reads_the_same_for_known_and_unknown_addresses(
    client, anne, mailoutbox
):
    known = reset(client, "anne@aarhus.dk")
    unknown = reset(client, "ingen@aarhus.dk")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    page = client.get(known["Location"]).content.decode()
    assert "Har vi en bruger med den adresse" in page
    # Only the mailbox learns the difference.
    assert {tuple(m.to) for m in mailoutbox} == {
        ("anne@aarhus.dk",),
        ("ingen@aarhus.dk",),
    }


def test_password_reset_mails_to_one_address_are_throttled(client, anne, mailoutbox):
    for number in range(3):
        assert reset(client, "anne@aarhus.dk", f"10.0.0.{number}").status_code == 302
    refused = reset(client, "anne@aarhus.dk", "10.0.0.9")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "For mange forsøg" in html
    # The limit is per hour: the page does not promise a quarter of one.
    assert "Prøv igen senere, om højst en time." in html
    assert len(mailoutbox) == 3


def test_sign_up_mails_to_one_address_are_limited_per_hour(
    client, anne, mailoutbox, monkeypatch
):
    """Signing up with someone's address mails them (a link, or "you have
    an account"): at most once per three minutes and three times an hour."""
    clock = {"now": time.time()}
    # allauth's rate limits read the clock through their module's ``time``.
    monkeypatch.setattr(
        allauth_ratelimit,
        "time",
        SimpleNamespace(
            time=lambda: clock["now"], monotonic=time.monotonic, sleep=time.sleep
        ),
    )
    for _ in range(5):
        response = sign_up(client, "anne@aarhus.dk")
        assert response.status_code == 302  # the same answer every time
        clock["now"] += 4 * 60
    assert len([m for m in mailoutbox if m.to == ["anne@aarhus.dk"]]) == 3


def test_changing_the_password_logs_out_other_sessions(anne):
    phone, laptop = Client(), Client()
    assert log_in(phone, "anne@aarhus.dk", factories.PASSWORD).status_code == 302
    assert log_in(laptop, "anne@aarhus.dk", factories.PASSWORD).status_code == 302

    response = laptop.post(
        reverse("account_change_password"),
        {
            "oldpassword": factories.PASSWORD,
            "password1": "en-helt-ny-kode-77",
            "password2": "en-helt-ny-kode-77",
        },
    )
    assert response.status_code == 302

    assert laptop.get(reverse("account_change_password")).status_code == 200
    assert phone.get(reverse("account_change_password")).status_code == 302
    assert not logged_in(phone)


def test_an_idle_session_expires_and_each_visit_renews_it(client, anne):
    log_in(client, "anne@aarhus.dk", factories.PASSWORD)
    session = Session.objects.get(session_key=client.session.session_key)
    idle = session.expire_date - timezone.now()
    assert dt.timedelta(hours=71) < idle <= dt.timedelta(hours=72)

    Session.objects.filter(pk=session.pk).update(
        expire_date=timezone.now() + dt.timedelta(hours=1)
    )
    client.get(reverse("account_change_password"))
    renewed = Session.objects.get(pk=session.pk).expire_date - timezone.now()
    assert renewed > dt.timedelta(hours=71)

    Session.objects.filter(pk=session.pk).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    assert client.get(reverse("account_change_password")).status_code == 302


def age_login(client, hours):
    """Pretend the client's login began ``hours`` ago."""
    session = client.session
    session[LOGGED_IN_AT] = int(time.time() - hours * 60 * 60)
    session.save()


def test_a_login_ends_a_week_after_it_began_however_active(client, anne):
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302
    page = reverse("account_change_password")
    age_login(client, 7 * 24 - 1)
    assert client.get(page).status_code == 200  # each visit renews the idle limit
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.expire_date - timezone.now() > dt.timedelta(hours=71)

    age_login(client, 7 * 24 + 1)
    response = client.get(page)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={page}"
    assert not logged_in(client)
    login_page = client.get(response["Location"]).content.decode()
    assert "Af sikkerhedshensyn varer et login højst 7 dage." in login_page

    # Logging in again starts a new week.
    assert log_in(client, "anne@aarhus.dk", factories.PASSWORD).status_code == 302
    assert client.get(page).status_code == 200


def test_the_limit_applies_to_the_admin_too(client):
    editor = factories.user(
        "redaktoer", email="redaktoer@aarhus.dk", is_staff=True, is_superuser=True
    )
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    age_login(client, 7 * 24 + 1)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/pages/"
    assert not logged_in(client)


@override_settings(KB_SESSION_MAX_HOURS=8)
def test_the_limit_is_a_setting(client, anne):
    log_in(client, "anne@aarhus.dk", factories.PASSWORD)
    age_login(client, 9)
    response = client.get(reverse("account_change_password"), follow=True)
    assert (
        "Af sikkerhedshensyn varer et login højst 8 timer." in response.content.decode()
    )


def test_a_session_from_before_the_limit_starts_counting_now(client, anne):
    client.force_login(anne)
    session = client.session
    del session[LOGGED_IN_AT]
    session.save()
    assert client.get(reverse("account_change_password")).status_code == 200
    assert abs(client.session[LOGGED_IN_AT] - time.time()) < 60
