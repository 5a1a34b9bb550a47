"""Roles as groups, and the organisation a user belongs to."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, EDITOR_GROUP, Affiliation
from corps.permissions import booking_policy, specialist_policy


def permissions(name):
    group = Group.objects.get(name=name)
    return set(group.permissions.values_list("codename", flat=True))


def test_role_groups_exist_with_their_permissions(db):
    assert permissions(BOOKER_GROUP) == {
        "add_bookingrequest",
        "view_bookingrequest",
        "request_booking",
    }
    assert {
        "change_bookingrequest",
        "add_unavailableperiod",
        "coordinate_bookings",
    } <= permissions(COORDINATOR_GROUP)
    assert Group.objects.filter(name=EDITOR_GROUP).exists()
    assert not any("booking" in codename for codename in permissions(EDITOR_GROUP))


def test_a_membership_is_a_municipality_or_a_region(booker, municipality):
    membership = booker.affiliation
    assert membership.organisation == municipality
    membership.region = municipality.region
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            membership.save()
    membership.municipality = None
    membership.save()
    assert membership.organisation == municipality.region


def test_a_membership_needs_an_organisation(make_user):
    user = make_user("ingen")
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            Affiliation.objects.create(user=user)


def test_coordinators_run_only_their_own_specialists(
    coordinator, specialist, other_specialist, superuser
):
    def coordinates(user, specialist):
        return specialist_policy.user_has_permission_for_instance(
            user, "coordinate", specialist
        )

    assert coordinates(coordinator, specialist)
    assert not coordinates(coordinator, other_specialist)
    assert list(
        specialist_policy.users_with_permission_for_instance("coordinate", specialist)
    ) == [coordinator]
    assert coordinates(superuser, other_specialist)


def test_inactive_users_have_no_role(booker, coordinator, specialist):
    for user in (booker, coordinator):
        user.is_active = False
        user.save()
    assert not booking_policy.user_has_permission(booker, "request")
    assert not specialist_policy.user_has_permission_for_instance(
        coordinator, "coordinate", specialist
    )


def test_administrators_manage_memberships_in_wagtail(admin_client, booker):
    url = reverse("wagtailsnippets_accounts_affiliation:list")
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "booker" in response.content.decode()


def test_editors_do_not_manage_memberships(editor_client):
    url = reverse("wagtailsnippets_accounts_affiliation:list")
    assert editor_client.get(url).status_code in (302, 403)
