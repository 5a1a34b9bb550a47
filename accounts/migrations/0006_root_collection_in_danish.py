"""The collections' root, which the group editor's document and image
permissions and the collection screens show, is called "Øverste niveau"
like the page tree's root (home 0005) instead of Wagtail's "Root"."""

from django.db import migrations


def rename(old, new):
    def run(apps, schema_editor):
        Collection = apps.get_model("wagtailcore", "Collection")
        Collection.objects.filter(depth=1, name=old).update(name=new)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_role_names_in_danish"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            rename("Root", "Øverste niveau"), rename("Øverste niveau", "Root")
        )
    ]
