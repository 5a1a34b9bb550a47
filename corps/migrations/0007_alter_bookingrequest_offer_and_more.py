import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('corps', '0006_closeout_and_calendar_feed'),
        ('offers', '0001_initial'),
    ]

    operations = [
        # The referenced table is the same; only the model's app changed.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='bookingrequest',
                    name='offer',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='booking_requests', to='offers.offer', verbose_name='sted: tilbud'),
                ),
                migrations.AlterField(
                    model_name='specialistpage',
                    name='home_offer',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='specialists', to='offers.offer', verbose_name='hjemtilbud'),
                ),
            ],
            database_operations=[],
        ),
    ]
