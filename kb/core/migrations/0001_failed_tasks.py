"""The permission to see and resend failed tasks, on a proxy of django-tasks'
task table (no table of its own)."""

from django.db import migrations


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.CreateModel(
            name="FailedTask",
            fields=[],
            options={
                "verbose_name": "mislykket opgave",
                "verbose_name_plural": "mislykkede opgaver",
                "permissions": [
                    ("retry_failedtask", "Kan se og sende mislykkede opgaver igen")
                ],
                "default_permissions": (),
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("django_tasks_database.dbtaskresult",),
        ),
    ]
