"""Administrators pick a user by searching (name or part of the e-mail) in
Wagtail's chooser, on the specialist page and the coordinators' screen,
instead of scrolling a list of every user."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.choosers import search_users
from tests import factories


@pytest.fixture
def people(db):
    return {
        "anne": factories.user(
            "anne", email="anne.hansen@aarhus.dk", first_name="Anne", last_name="Hansen"
        ),
        "bo": factories.user(
            "bo", email="bo@vejle.dk", first_name="Bo", last_name="Berg"
        ),
        "gone": factories.user("gone", email="gone@aarhus.dk", is_active=False),
    }


def test_search_finds_by_part_of_the_email_or_the_name(people):
    users = get_user_model().objects.all()
    assert set(search_users(users, "aarhus")) == {people["anne"], people["gone"]}
    assert list(search_users(users, "HANSEN")) == [people["anne"]]
    assert list(search_users(users, "bo berg")) == [people["bo"]]
    assert not search_users(users, "anne vejle").exists()


def chooser_results(client, query):
    response = client.get(reverse("user_chooser:choose_results"), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_the_chooser_lists_active_users_matching_the_search(admin_client, people):
    html = chooser_results(admin_client, "aarhus.dk")
    assert "anne.hansen@aarhus.dk" in html
    assert "Anne Hansen" in html
    assert "bo@vejle.dk" not in html
    assert "gone@aarhus.dk" not in html  # deactivated accounts are not offered

    modal = admin_client.get(reverse("user_chooser:choose")).json()["html"]
    assert "Søg efter navn eller e-mail" in modal


def test_choosing_returns_the_name_and_the_email(admin_client, people):
    response = admin_client.get(
        reverse("user_chooser:chosen", args=[people["anne"].pk])
    )
    assert response.json()["result"]["title"] == "Anne Hansen (anne.hansen@aarhus.dk)"


def test_a_user_without_user_or_page_rights_may_not_list_users(client, people):
    lurker = factories.user(permissions=["wagtailadmin.access_admin"])
    client.force_login(lurker)
    for url in (reverse("user_chooser:choose"), reverse("user_chooser:choose_results")):
        response = client.get(url, {"q": "aarhus"})
        # Wagtail turns the refusal into a redirect to the dashboard.
        assert response.status_code in (302, 403)
        assert "anne.hansen" not in response.content.decode()


def test_the_specialist_page_picks_its_login_with_the_chooser(admin_client, people):
    specialist = factories.specialist_page(user=people["bo"])
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[specialist.pk])
    ).content.decode()
    assert not re.search(r'<select[^>]*name="user"', html)
    assert reverse("user_chooser:choose") in html
    assert "Bo Berg (bo@vejle.dk)" in html


def test_the_coordinators_screen_picks_the_user_with_the_chooser(admin_client, people):
    html = admin_client.get(reverse("network_coordinators")).content.decode()
    assert not re.search(r'<select[^>]*name="user"', html)
    assert reverse("user_chooser:choose") in html
    # Without a choice the form says so in Danish and keeps the network.
    network = factories.network_page()
    response = admin_client.post(
        reverse("network_coordinators"), {"network": network.pk}
    )
    assert response.status_code == 200
    assert "Vælg en bruger." in response.content.decode()
