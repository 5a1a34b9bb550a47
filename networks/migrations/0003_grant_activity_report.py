"""Editors and moderators may see the activity report."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("networks")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        codename="view_activity_report", content_type__app_label="networks"
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0002_activity_report_permission"),
        ("wagtailcore", "0002_initial_data"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
