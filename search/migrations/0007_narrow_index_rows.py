"""On PostgreSQL, keep index rows narrow: the long texts (body, summary,
stems, compound parts, the tsvector) go to TOAST storage, while the columns
a search reads for every matched row (title, title stems, ids, facets) stay
in the row. A common word matches most rows, and the search visits each
matching row's page once per query word; with rows of ~1.5 kB that read
nearly every page of the table (20,000 pages at 100,000 documents), with
narrow rows 5,700. Rows are written in the new shape from the next
``rebuild_search_index`` on."""

from django.db import migrations

TABLE = "kb_search_indexentry"
KEPT_IN_ROW = ("title", "title_stems", "url", "doc_id", "content_type")

NARROW = [f"ALTER TABLE {TABLE} SET (toast_tuple_target = 512)"] + [
    f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE MAIN"
    for column in KEPT_IN_ROW
]
WIDE = [f"ALTER TABLE {TABLE} RESET (toast_tuple_target)"] + [
    f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE EXTENDED"
    for column in KEPT_IN_ROW
]


def narrow(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in NARROW:
            schema_editor.execute(statement)


def wide(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in WIDE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0006_cpr_check_on_synonyms")]

    operations = [migrations.RunPython(narrow, wide)]
