import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('methods', '0001_initial'),
        ('offers', '0001_initial'),
    ]

    operations = [
        # The referenced table is the same; only the model's app changed.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='methodpage',
                    name='offers',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='methods', to='offers.offer', verbose_name='tilbud, der bruger metoden'),
                ),
            ],
            database_operations=[],
        ),
    ]
