"""The database backend no longer reads these columns: PostgreSQL builds the
vector from text_stems (migration 0009), which holds the compound parts, and
the tag names are in it too."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("kb_search", "0009_vector_from_python_stems"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="indexentry",
            name="keywords",
        ),
        migrations.RemoveField(
            model_name="indexentry",
            name="parts",
        ),
    ]
