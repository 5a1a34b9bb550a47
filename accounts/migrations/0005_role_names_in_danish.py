"""Wagtail's default groups get names that say, in Danish, what the role is:
"Editors" edit pages, "Moderators" also publish and approve what others
submit. Permissions follow the group, never its name, so nothing else
changes. Wagtail's default approval workflow and task, named after the
group, follow suit.

Runs after every migration that looks the groups up by their old names.
"""

from django.db import migrations

RENAMED_GROUPS = {
    "Editors": "Redaktør",
    "Moderators": "Godkendende redaktør",
}
RENAMED_WORKFLOWS = {"Moderators approval": "Godkendelse"}


def rename(apps, mapping):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for old, new in mapping["groups"].items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    for old, new in mapping["workflows"].items():
        Workflow.objects.filter(name=old).update(name=new)
        Task.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, {"groups": RENAMED_GROUPS, "workflows": RENAMED_WORKFLOWS})


def backwards(apps, schema_editor):
    rename(
        apps,
        {
            "groups": {new: old for old, new in RENAMED_GROUPS.items()},
            "workflows": {new: old for old, new in RENAMED_WORKFLOWS.items()},
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_existing_users_log_in_with_their_email"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # Wagtail's and our migrations that grant by the old names.
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("networks", "0009_grant_network_permissions"),
        ("corps", "0011_grant_booking_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
