"""The booking roles as groups: professionals who book, and corps
coordinators. Editors are Wagtail's own "Editors" group and get nothing
here: bookings are visible only to those involved (see corps.access)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BOOKER = "Fagperson/booker"
COORDINATOR = "Korpskoordinator"

PERMISSIONS = {
    BOOKER: [
        ("corps", "add_bookingrequest"),
        ("corps", "view_bookingrequest"),
    ],
    COORDINATOR: [
        ("corps", "view_bookingrequest"),
        ("corps", "change_bookingrequest"),
        ("corps", "view_bookingstatuschange"),
        ("corps", "add_unavailableperiod"),
        ("corps", "change_unavailableperiod"),
        ("corps", "delete_unavailableperiod"),
        ("corps", "view_unavailableperiod"),
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after the last migration
    # (post_migrate); the corps ones are needed now.
    corps = apps.get_app_config("corps")
    corps.models_module = True
    create_permissions(corps, apps=apps, verbosity=0)
    corps.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in codenames:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )


class Migration(migrations.Migration):

    dependencies = [
        ("corps", "0004_booking_exclusion_constraint"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        # Going back leaves the groups: users and Wagtail permissions may
        # refer to them, and creating them again is idempotent.
        migrations.RunPython(create_groups, migrations.RunPython.noop),
    ]
