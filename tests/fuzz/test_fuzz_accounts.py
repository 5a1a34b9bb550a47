"""The account forms (django-allauth, and the site's own «Dine data» and
account deletion), fed generated values: sign-up, confirmation, login by
e-mail, password reset (request and the link's form), password change,
e-mail addresses and deleting the account. No post may answer HTTP 500,
and what an accepted form stored (a name, an address at an odd domain)
must not break the login page, the front page, the user's own pages or
the administrators' screen of the user.
"""

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from tests import factories
from tests.fuzz.conftest import examples
from tests.fuzz.pages import confirm_from_mail, logged_in, register, show
from tests.fuzz.strategies import EMAILS, OUTCOMES, TEXT, form_data, reached, record

NEW_PASSWORD = "en-helt-ny-hemmelig-kode-7"
ACCOUNT_EMAIL = "konto@example.dk"


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """allauth's rate limits (tested in tests/accounts) would answer most
    examples with 429 before the form is read; here every example reaches
    the form. The lockout after wrong passwords is reset per example."""
    settings.ACCOUNT_RATE_LIMITS = False


def forget_failed_logins():
    AccessAttempt.objects.all().delete()


def own_pages(user) -> list[str]:
    """Where a user sees what the site holds about them."""
    return [
        reverse("home:start"),
        reverse("home:my_data"),
        reverse("home:download_my_data"),
        reverse("home:delete_account"),
        reverse("account_email"),
        reverse("account_change_password"),
        reverse("networks:my_events"),
    ]


def show_user(endpoint: str, user, admin: Client) -> None:
    """The user's own pages, and the administrators' screen of the user."""
    user.refresh_from_db()  # the session must carry the current password's hash
    show(endpoint, logged_in(user), *own_pages(user))
    show(endpoint, admin, reverse("wagtailusers_users:edit", args=[user.pk]))


@pytest.fixture
def account(db):
    return factories.user(email=ACCOUNT_EMAIL)


@pytest.fixture
def admin(superuser):
    return logged_in(superuser)


def test_sign_up_and_confirm(admin):
    endpoint = "POST /konto/signup/"
    numbers = iter(range(100_000))
    User = get_user_model()
    valid = {
        "first_name": "Anne",
        "last_name": "Hansen",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    fuzzed = {
        "first_name": TEXT,
        "last_name": TEXT,
        "email": EMAILS,
        "password1": TEXT,
        "password2": TEXT,
    }

    @examples(40)
    @given(
        data=form_data(valid, fuzzed),
        domain=st.sampled_from(["aarhus.dk", "rn.dk", "example.dk", "gmail.com"]),
    )
    def check(data, domain):
        data.setdefault("email", f"ny-{next(numbers)}@{domain}")
        newest = User.objects.order_by("-pk").values_list("pk", flat=True).first()
        mail.outbox.clear()
        client = Client()
        response = client.post(reverse("account_signup"), data)
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "accepted")
            if confirm_from_mail("sign-up", client):
                reached(endpoint, "confirmed")
        show("sign-up", Client(), reverse("account_login"), "/")
        user = User.objects.filter(pk__gt=newest).first()
        if user is not None:
            show_user("sign-up", user, admin)
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["confirmed"]


def test_login_by_email(account):
    endpoint = "POST /konto/login/"
    valid = {"login": ACCOUNT_EMAIL, "password": factories.PASSWORD}
    fuzzed = {
        "login": st.one_of(
            st.sampled_from([ACCOUNT_EMAIL.upper(), f" {ACCOUNT_EMAIL} "]), EMAILS
        ),
        "password": TEXT,
        "remember": st.sampled_from(["on", "", "\x00", "false"]),
    }

    @examples(40)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        forget_failed_logins()
        client = Client()
        response = client.post(reverse("account_login"), data)
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "logged in")
        show("login", client, reverse("account_login"), "/", reverse("home:start"))

    check()
    assert OUTCOMES[endpoint]["logged in"]


def test_password_reset_request(account):
    endpoint = "POST /konto/password/reset/"

    @examples(30)
    @given(email=st.one_of(st.just(ACCOUNT_EMAIL), EMAILS))
    def check(email):
        mail.outbox.clear()
        client = Client()
        response = client.post(reverse("account_reset_password"), {"email": email})
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "accepted")
            reached(endpoint, "e-mails", len(mail.outbox))
        show("password reset", client, reverse("account_reset_password"))
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["accepted"]


def test_password_reset_from_the_mails_link(account, admin):
    """The form behind a valid link; a password that was accepted logs in."""
    endpoint = "POST /konto/password/reset/key/<uid>-set-password/"
    valid = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}

    @examples(30)
    @given(
        data=st.one_of(
            form_data(valid, {"password1": TEXT, "password2": TEXT}),
            TEXT.map(lambda password: {"password1": password, "password2": password}),
        )
    )
    def check(data):
        account.refresh_from_db()
        link = reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(account),
                "key": default_token_generator.make_token(account),
            },
        )
        client = Client()
        opened = client.get(link)
        record("GET /konto/password/reset/key/<uid>-<key>/", opened)
        assert opened.status_code == 302, "a fresh link must open the form"
        response = client.post(opened["Location"], data)
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "password changed")
            forget_failed_logins()
            login = Client().post(
                reverse("account_login"),
                {"login": ACCOUNT_EMAIL, "password": data["password1"]},
            )
            record("password reset → POST /konto/login/ (new password)", login)
            assert login.status_code == 302, "the new password does not log in"
        show("password reset", Client(), reverse("account_login"))
        show_user("password reset", account, admin)

    check()
    assert OUTCOMES[endpoint]["password changed"]


def test_password_change(account):
    endpoint = "POST /konto/password/change/"
    numbers = iter(range(100_000))
    current = [factories.PASSWORD]
    fuzzed = {"oldpassword": TEXT, "password1": TEXT, "password2": TEXT}
    same_twice = TEXT.map(
        lambda password: {"password1": password, "password2": password}
    )

    @examples(30)
    @given(data=st.one_of(form_data({}, fuzzed), same_twice))
    def check(data):
        new = f"{NEW_PASSWORD}-{next(numbers)}"
        data.setdefault("oldpassword", current[0])
        data.setdefault("password1", new)
        data.setdefault("password2", new)
        account.refresh_from_db()
        client = logged_in(account)
        url = reverse("account_change_password")
        response = client.post(url, data)
        record(endpoint, response)
        if response.status_code == 302:
            assert response["Location"] == url, "the change must not log out"
            reached(endpoint, "password changed")
            current[0] = data["password1"]
        show("password change", client, *own_pages(account))

    check()
    assert OUTCOMES[endpoint]["password changed"]


def test_email_addresses(account, admin):
    """Add an address (and confirm it from the mail: an address at a
    municipality's domain attaches the user), resend, make primary,
    remove."""
    endpoint = "POST /konto/email/"
    numbers = iter(range(100_000))
    actions = ["action_add", "action_send", "action_primary", "action_remove"]

    @examples(40)
    @given(
        action=st.one_of(st.sampled_from(actions), st.sampled_from(actions), TEXT),
        choice=st.data(),
    )
    def check(action, choice):
        addresses = list(
            EmailAddress.objects.filter(user=account).values_list("email", flat=True)
        )
        email = choice.draw(
            st.one_of(
                st.sampled_from(addresses),
                st.just(f"konto-{next(numbers)}@aarhus.dk"),
                EMAILS,
            )
        )
        mail.outbox.clear()
        client = logged_in(account)
        response = client.post(reverse("account_email"), {"email": email, action: ""})
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "accepted")
            if confirm_from_mail("e-mail addresses", client):
                reached(endpoint, "confirmed")
        show_user("e-mail addresses", account, admin)
        mail.outbox.clear()

    check()
    assert OUTCOMES[endpoint]["accepted"]


def test_delete_account(admin):
    """«Slet min konto» on «Dine data»: the password once more and the
    box ticked; the user's registration is anonymised, and the pages that
    showed the user still render."""
    endpoint = "POST /konto/slet/"
    numbers = iter(range(100_000))
    event = factories.theme_day(capacity=1000)

    valid = {"password": factories.PASSWORD, "confirm": "on"}
    fuzzed = {
        "password": TEXT,
        "confirm": st.sampled_from(["", "\x00", "false", "off", None]),
    }

    @examples(30)
    @given(data=form_data(valid, fuzzed))
    def check(data):
        user = factories.user(f"slettes-{next(numbers)}")
        register(event, user)
        client = logged_in(user)
        response = client.post(reverse("home:delete_account"), data)
        record(endpoint, response)
        if response.status_code == 302:
            reached(endpoint, "deleted")
        show("account deletion", client, reverse("account_login"), "/")
        show("account deletion", client, *own_pages(user))
        participants = reverse("networks:participants", args=[event.pk])
        show("account deletion", admin, participants, f"{participants}?format=csv")

    check()
    assert OUTCOMES[endpoint]["deleted"]
