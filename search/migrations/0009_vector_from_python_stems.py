"""PostgreSQL builds the search vector from the stems Python computed
(``text_stems``, the same ones Elasticsearch and SQLite match), with the
``simple`` configuration, instead of stemming the text again with its own
``danish`` configuration: two stemmers and tokenisers made the backends find
different documents for the same query."""

from importlib import import_module

from django.db import migrations

FUNCTION = "kb_search_indexentry_vector"
TRIGGER = "kb_search_indexentry_vector_trigger"

STEMS = f"""
DROP TRIGGER IF EXISTS {TRIGGER} ON kb_search_indexentry;
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$
BEGIN
  NEW.search_vector := to_tsvector('simple', COALESCE(NEW.text_stems, ''));
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE OF text_stems
  ON kb_search_indexentry FOR EACH ROW EXECUTE FUNCTION {FUNCTION}();
UPDATE kb_search_indexentry
  SET search_vector = to_tsvector('simple', COALESCE(text_stems, ''));
"""

# Back to migration 0005's trigger, and the vectors it made.
DANISH = import_module("search.migrations.0005_search_vector_trigger")


def to_stems(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STEMS)


def to_danish(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DANISH.DROP + DANISH.CREATE)
        schema_editor.execute("UPDATE kb_search_indexentry SET title = title")


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0008_title_vector_index")]

    operations = [migrations.RunPython(to_stems, to_danish)]
