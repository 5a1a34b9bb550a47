"""On PostgreSQL, a GIN index over the title's stems as a ``simple``
tsvector, so a query word found in titles is looked up in the index (see
search.backends.database.postgres.TITLE_VECTOR)."""

from django.db import migrations

INDEX = "kb_search_indexentry_title_vector_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON kb_search_indexentry "
            "USING gin (to_tsvector('simple', title_stems))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0007_narrow_index_rows")]

    operations = [migrations.RunPython(create_index, drop_index)]
