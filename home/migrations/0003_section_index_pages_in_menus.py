"""The main menu is built from ``show_in_menus`` (home.context_processors),
no longer from a list of models: tick "Vis i menuer" on the section index
pages the list showed, so the menu looks the same. Their latest and live
revisions are ticked too, so the next publish from the admin keeps it."""

from django.db import migrations

# The models the hard-coded menu listed, in its order (which is tree order).
MENU_MODELS = [
    ("methods", "methodindexpage"),
    ("methods", "evidenceindexpage"),
    ("networks", "eventindexpage"),
    ("networks", "networkindexpage"),
    ("corps", "corpsindexpage"),
    ("agreements", "frameworkagreementindexpage"),
]


def show_in_menus(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_types = [
        content_type
        for app_label, model in MENU_MODELS
        for content_type in ContentType.objects.filter(app_label=app_label, model=model)
    ]
    # The old menu took these models from the top level under the root page.
    pages = Page.objects.filter(content_type__in=content_types, depth=3)
    revision_ids = {
        revision_id
        for pair in pages.values_list("latest_revision_id", "live_revision_id")
        for revision_id in pair
        if revision_id is not None
    }
    pages.update(show_in_menus=True)
    for revision in Revision.objects.filter(pk__in=revision_ids):
        revision.content["show_in_menus"] = True
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    # After 0002, whose dependencies moved framework agreements' content
    # types to "agreements" (and come after contenttypes and wagtailcore).
    dependencies = [("home", "0002_move_offers_and_agreements")]
    operations = [migrations.RunPython(show_in_menus, migrations.RunPython.noop)]
