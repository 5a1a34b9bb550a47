"""A stored, GIN-indexed tsvector for the PostgreSQL search (a plain nullable
column on other databases)."""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "kb_search_indexentry_search_vector_gin"


def create_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON kb_search_indexentry USING gin (search_vector)"
        )


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="indexentry",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_gin_index, drop_gin_index),
    ]
