"""Give the existing groups the permissions the policies in
networks.permissions ask for, so everyone keeps what they could do through
Wagtail's page permissions: editors and moderators (who may edit every page)
manage every network's memberships and every event's registrations; the
per-network coordinator groups made by
``networks.services.make_network_coordinator`` coordinate (which network is
decided by the coordinator's membership role, not by the group). Found by
name once, here; from now on only their permissions count."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SECRETARIAT = ["Editors", "Moderators"]
COORDINATOR_GROUP_PREFIX = "Netværkskoordinator: "


def grant(apps, schema_editor):
    networks = apps.get_app_config("networks")
    networks.models_module = True
    create_permissions(networks, apps=apps, verbosity=0)
    networks.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(*codenames):
        return Permission.objects.filter(
            content_type__app_label="networks", codename__in=codenames
        )

    for group in Group.objects.filter(name__in=SECRETARIAT):
        group.permissions.add(
            *permissions("manage_memberships", "manage_registrations")
        )
    for group in Group.objects.filter(name__startswith=COORDINATOR_GROUP_PREFIX):
        group.permissions.add(*permissions("coordinate_network"))


def revoke(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="networks",
        codename__in=[
            "coordinate_network",
            "manage_memberships",
            "manage_registrations",
        ],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0008_network_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
