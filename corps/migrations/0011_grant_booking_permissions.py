"""Give the role groups the permissions the policies in corps.permissions
ask for, so everyone keeps what they could do: the booker group may request
bookings, the coordinator group may coordinate them. Found by name once,
here; from now on only their permissions count, so renaming a group keeps
its rights."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Fagperson/booker": ["request_booking"],
    "Korpskoordinator": ["coordinate_bookings"],
}


def grant(apps, schema_editor):
    corps = apps.get_app_config("corps")
    corps.models_module = True
    create_permissions(corps, apps=apps, verbosity=0)
    corps.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="corps", codename__in=codenames
                )
            )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="corps",
        codename__in=["request_booking", "coordinate_bookings"],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("corps", "0010_booking_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
