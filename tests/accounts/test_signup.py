"""Sign-up, confirmation, login by e-mail and the refusal to book, through
the test client against allauth's real views."""

import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from accounts.models import BOOKER_GROUP, Affiliation
from corps.models import SpecialistPage
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "en-lang-hemmelig-kode-42"


def sign_up(client, email, first_name="Anne", last_name="Hansen"):
    return client.post(
        reverse("account_signup"),
        {
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def confirm(client, mailoutbox, email):
    (message,) = [m for m in mailoutbox if email in m.to]
    assert message.subject == "Bekræft din e-mailadresse til Vidensbanken"
    link = re.search(r"http://testserver(/konto/confirm-email/\S+/)", message.body)
    page = client.get(link.group(1))
    assert "Bekræft" in page.content.decode()
    return client.post(link.group(1), follow=True)


@pytest.fixture
def specialist(db):
    return next(s for s in SpecialistPage.objects.live() if s.bookable)


def test_a_municipal_address_is_attached_only_after_confirmation(client, mailoutbox):
    response = sign_up(client, "Anne.Hansen@Aarhus.dk")
    assert response.status_code == 302
    user = get_user_model().objects.get(email__iexact="anne.hansen@aarhus.dk")
    assert (user.first_name, user.last_name) == ("Anne", "Hansen")
    assert not Affiliation.objects.filter(user=user).exists()
    # Without confirming, logging in only resends the link.
    login = client.post(
        reverse("account_login"),
        {"login": "anne.hansen@aarhus.dk", "password": PASSWORD},
    )
    assert login["Location"] == reverse("account_email_verification_sent")

    page = confirm(client, mailoutbox, "anne.hansen@aarhus.dk")
    assert "du er knyttet til Aarhus" in page.content.decode()
    user.refresh_from_db()
    assert user.affiliation.municipality.name == "Aarhus"
    assert user.groups.filter(name=BOOKER_GROUP).exists()


def test_another_address_is_confirmed_but_refused_booking_in_danish(
    client, mailoutbox, specialist
):
    sign_up(client, "anne@gmail.com")
    page = confirm(client, mailoutbox, "anne@gmail.com").content.decode()
    assert "Du kan ikke booke specialistkorpset endnu" in page
    user = get_user_model().objects.get(email="anne@gmail.com")
    assert not Affiliation.objects.filter(user=user).exists()
    client.force_login(user)

    form = client.get(reverse("corps:request_booking", args=[specialist.pk]))
    assert form.status_code == 403
    html = form.content.decode()
    assert "Du kan ikke booke specialistkorpset endnu" in html
    assert "administrator" in html
    specialist_page = client.get(specialist.url).content.decode()
    assert "Du kan ikke booke specialistkorpset endnu" in specialist_page
    assert "Anmod om booking" not in specialist_page


def test_an_attached_user_without_the_role_is_told_to_ask_for_it(client, specialist):
    user = factories.user(municipality="Vejle")
    client.force_login(user)
    html = client.get(reverse("corps:request_booking", args=[specialist.pk])).content
    assert "Du er knyttet til Vejle" in html.decode()


def test_a_booker_sees_no_refusal(client, specialist):
    client.force_login(factories.user(groups=[BOOKER_GROUP], municipality="Vejle"))
    html = client.get(specialist.url).content.decode()
    assert "Anmod om booking" in html
    assert "Du kan ikke booke" not in html


def test_users_made_by_administrators_log_in_with_their_email_in_any_case(client):
    user = factories.user("gammel-bruger", email="gammel@example.dk")
    assert EmailAddress.objects.get(user=user).verified
    response = client.post(
        reverse("account_login"),
        {"login": "GAMMEL@example.dk", "password": factories.PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home:start")


def test_a_wrong_password_is_refused_in_danish_and_keeps_the_address(client):
    factories.user(email="bo@example.dk")
    response = client.post(
        reverse("account_login"), {"login": "bo@example.dk", "password": "forkert"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "adgangskode er ikke korrekt" in html
    assert 'value="bo@example.dk"' in html


def test_signup_errors_are_danish_and_tied_to_their_fields(client):
    response = sign_up(client, "ikke-en-adresse", first_name="")
    html = response.content.decode()
    assert "Dette felt er påkrævet" in html
    assert 'aria-describedby="id_first_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'value="ikke-en-adresse"' in html


def test_the_wagtail_admin_sends_people_to_the_same_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_no_provider_button_without_oidc_configuration(client, db):
    html = client.get(reverse("account_login")).content.decode()
    assert "Med din organisations login" not in html


MUNICIPAL_LOGIN = override_settings(
    SOCIALACCOUNT_PROVIDERS={
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": "kommune",
                    "name": "Aarhus Kommunes login",
                    "client_id": "vidensbanken",
                    "secret": "hemmelig",
                    "settings": {"server_url": "https://login.example.dk"},
                }
            ],
        }
    }
)


@MUNICIPAL_LOGIN
def test_a_configured_municipal_login_is_offered_on_the_login_page(client, db):
    html = client.get(reverse("account_login")).content.decode()
    assert "Med din organisations login" in html
    assert "Aarhus Kommunes login" in html
    assert "/konto/oidc/kommune/login/" in html


@MUNICIPAL_LOGIN
def test_the_callback_address_in_the_readme_is_the_one_served(client, db):
    """The IT department registers the README's address with the provider."""
    callback = reverse("openid_connect_callback", kwargs={"provider_id": "kommune"})
    assert callback == "/konto/oidc/kommune/login/callback/"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert f"https://<host>{callback}" in readme
    for variable in (
        "KB_OIDC_SERVER_URL",
        "KB_OIDC_CLIENT_ID",
        "KB_OIDC_CLIENT_SECRET",
    ):
        assert f"`{variable}`" in readme
    # Reaching the callback without a login in progress is no crash.
    response = client.get(callback)
    assert response.status_code < 500


@pytest.mark.parametrize(
    "name", ["account_email", "account_change_password", "account_logout"]
)
def test_allauths_other_pages_sit_in_the_sites_frame(client, name):
    client.force_login(factories.user())
    html = client.get(reverse(name)).content.decode()
    assert 'class="site-header' in html
    assert '<html lang="da">' in html
    assert "Gå til indhold" in html


def test_signing_up_while_the_mail_server_is_down_sends_the_link_later(
    client, task_worker, smtp_down, mailoutbox
):
    response = sign_up(client, "bo@example.dk", first_name="Bo")
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="bo@example.dk").exists()
    task_worker.run()  # the mail server is still down
    assert mailoutbox == []

    smtp_down.come_back()
    task_worker.let_pauses_pass()
    task_worker.run()
    assert confirm(client, mailoutbox, "bo@example.dk").status_code == 200
    assert EmailAddress.objects.get(email="bo@example.dk").verified
