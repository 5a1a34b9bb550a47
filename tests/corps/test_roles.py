"""Roles as groups whose permissions the corps' policies ask for."""

from django.contrib.auth.models import Group

from accounts.models import BOOKER_GROUP, COORDINATOR_GROUP, EDITOR_GROUP
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
