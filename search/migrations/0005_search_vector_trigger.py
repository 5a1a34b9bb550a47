"""PostgreSQL fills ``search_vector`` in a trigger as rows are written, so a
rebuild inserts each row once instead of inserting it and then updating it
(a second row version and a second round of GIN index entries)."""

from django.db import migrations

FUNCTION = "kb_search_indexentry_vector"
TRIGGER = "kb_search_indexentry_vector_trigger"

# Title counts most, then tag names and summary, then the body and the
# parts of compound words.
CREATE = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('danish', COALESCE(NEW.title, '')), 'A')
    || setweight(to_tsvector('danish', COALESCE(NEW.keywords, '')), 'B')
    || setweight(to_tsvector('danish', COALESCE(NEW.summary, '')), 'B')
    || setweight(to_tsvector('danish', COALESCE(NEW.body, '')), 'C')
    || setweight(to_tsvector('danish', COALESCE(NEW.parts, '')), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE OF title, keywords, summary, body, parts
  ON kb_search_indexentry FOR EACH ROW EXECUTE FUNCTION {FUNCTION}();
"""
DROP = f"""
DROP TRIGGER IF EXISTS {TRIGGER} ON kb_search_indexentry;
DROP FUNCTION IF EXISTS {FUNCTION}();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0004_pg_trgm_and_seed_synonyms")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
