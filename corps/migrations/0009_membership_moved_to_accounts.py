"""corps.Membership is now accounts.Affiliation (same table)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("corps", "0008_coordinators_on_specialist_pages"),
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Membership")],
            database_operations=[],
        )
    ]
