from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0018_dates_in_range"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventregistration",
            name="requested_from",
            field=models.CharField(
                blank=True,
                editable=False,
                max_length=64,
                verbose_name="anmodet fra (hash)",
            ),
        ),
    ]
