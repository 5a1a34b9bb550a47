import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0001_initial"),
        ("networks", "0006_hash_member_calendar_tokens"),
    ]

    operations = [
        # The referenced table is the same; only the model's app changed.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="networkpage",
                    name="framework_agreement",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="networks",
                        to="agreements.frameworkagreementpage",
                        verbose_name="rammeaftale",
                    ),
                ),
                migrations.AlterField(
                    model_name="themedaypage",
                    name="framework_agreement",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="events",
                        to="agreements.frameworkagreementpage",
                        verbose_name="rammeaftale",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
