"""After login a user lands on the page they came from, or on a start page
that fits their role."""

import pytest
from django.urls import reverse

from tests import factories


def log_in(client, user, next_url=None):
    url = reverse("account_login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": user.email, "password": factories.PASSWORD})


@pytest.mark.parametrize(
    ("permissions", "staff", "landing"),
    [
        (["corps.request_booking"], False, "corps:my_bookings"),
        (["corps.coordinate_bookings"], False, "corps:my_bookings"),
        (["wagtailadmin.access_admin"], True, "wagtailadmin_home"),
        ([], False, "networks:my_events"),
    ],
)
def test_login_lands_on_the_start_page_of_the_role(
    client, db, permissions, staff, landing
):
    user = factories.user(permissions=permissions, municipality="Vejle")
    user.is_staff = staff
    user.save()
    response = log_in(client, user)
    assert response.status_code == 302
    assert client.get(response["Location"]).url == reverse(landing)


def test_login_returns_to_the_page_the_user_came_from(client, db):
    user = factories.user()
    response = log_in(client, user, next_url="/soeg/?q=autisme")
    assert response["Location"] == "/soeg/?q=autisme"
