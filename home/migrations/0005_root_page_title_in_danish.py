"""The page tree's root, which the admin's breadcrumbs and page explorer
show, is called "Øverste niveau" instead of Wagtail's "Root"."""

from django.db import migrations


def rename(old, new):
    def run(apps, schema_editor):
        Page = apps.get_model("wagtailcore", "Page")
        Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_accessibility_statement"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            rename("Root", "Øverste niveau"), rename("Øverste niveau", "Root")
        )
    ]
