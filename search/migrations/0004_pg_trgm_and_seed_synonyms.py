"""pg_trgm for spelling correction on PostgreSQL (a trigram index on the
vocabulary), and the basic synonyms every site starts with."""

from django.db import migrations

INDEX = "kb_search_indexword_word_trgm"

SYNONYMS = [
    "autist, autisme, autistisk, ASF",
    "anbragt, anbringelse, anbragte, plejefamilie",
    "efterværn, overgang til voksenlivet",
    "ADHD, opmærksomhedsforstyrrelse",
    "hjemløs, hjemløshed, uden bolig",
    "misbrug, afhængighed, rusmidler",
    "handicap, funktionsnedsættelse",
    "metode, indsats",
]


def enable_trigrams(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON kb_search_indexword "
            "USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


def seed_synonyms(apps, schema_editor):
    SearchSynonym = apps.get_model("kb_search", "SearchSynonym")
    if not SearchSynonym.objects.exists():
        SearchSynonym.objects.bulk_create(SearchSynonym(terms=t) for t in SYNONYMS)


class Migration(migrations.Migration):
    dependencies = [("kb_search", "0003_vocabulary_synonyms_and_compound_parts")]

    operations = [
        migrations.RunPython(enable_trigrams, drop_trigram_index),
        migrations.RunPython(seed_synonyms, migrations.RunPython.noop),
    ]
