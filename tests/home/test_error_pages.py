"""Saying no in Danish: styled error pages that tell the user what to do next."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse


def test_not_found_is_danish_and_offers_search(client, db):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Siden findes ikke" in html and 'lang="da"' in html
    assert 'name="q"' in html


def test_forbidden_explains_and_points_to_the_secretariat(client, db):
    user = get_user_model().objects.create_user("fagperson-x", "x@example.dk", "pw")
    client.force_login(user)
    response = client.get(reverse("networks:activity_report"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Du har ikke adgang til siden" in html
    assert "kontakt sekretariatet" in html
    assert 'class="site-header' in html or "<header" in html


def test_an_expired_form_gets_a_danish_page(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("account_login"), {"login": "a@b.dk", "password": "b"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Formularen er udløbet" in html
    assert "genindlæs siden" in html


def test_a_bad_request_gets_a_danish_page(client, db):
    response = client.get("/", HTTP_HOST="ikke-tilladt.example")
    assert response.status_code == 400
    assert "Adressen kunne ikke forstås" in response.content.decode()
