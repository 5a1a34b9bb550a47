"""Moving a model to another app without touching its rows.

A move is a ``SeparateDatabaseAndState`` pair (the old app forgets the
model, the new app learns it with the same ``db_table``) plus this data step,
which relabels the model's content type in place, so page ids, revisions,
permissions and admin history keep pointing at the same rows.
"""

from django.db import migrations


def move_content_types(old_app: str, new_app: str, renames: dict[str, str]):
    """A ``RunPython`` operation relabelling ``old_app.model`` content types
    as ``new_app.<new model name>`` (``renames`` maps old to new names)."""

    def forwards(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        db = schema_editor.connection.alias
        for old_model, new_model in renames.items():
            old = ContentType.objects.using(db).filter(
                app_label=old_app, model=old_model
            )
            if not old.exists():
                continue  # a new database: content types come after migrate
            # A stale, empty row for the new name (e.g. created by an earlier
            # partial run) would block the relabel; the old row is the one
            # everything points at.
            ContentType.objects.using(db).filter(
                app_label=new_app, model=new_model
            ).delete()
            old.update(app_label=new_app, model=new_model)

    def backwards(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        db = schema_editor.connection.alias
        for old_model, new_model in renames.items():
            ContentType.objects.using(db).filter(
                app_label=new_app, model=new_model
            ).update(app_label=old_app, model=old_model)

    return migrations.RunPython(forwards, backwards)
