import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from kb.core.migrations_support import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('taxonomy', '0002_regions_and_municipalities'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('corps', '0008_coordinators_on_specialist_pages'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # corps.Membership, renamed: the table and its rows stay.
            state_operations=[
                migrations.CreateModel(
                    name='Affiliation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('municipality', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='affiliations', to='taxonomy.municipality', verbose_name='kommune')),
                        ('region', models.ForeignKey(blank=True, help_text='Kun for medarbejdere i en region, ikke i en kommune.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='affiliations', to='taxonomy.region', verbose_name='region')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='affiliation', to=settings.AUTH_USER_MODEL, verbose_name='bruger')),
                    ],
                    options={
                        'verbose_name': 'tilknytning',
                        'verbose_name_plural': 'tilknytninger',
                        'db_table': 'corps_membership',
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('municipality__isnull', False), ('region__isnull', True)), models.Q(('municipality__isnull', True), ('region__isnull', False)), _connector='OR'), name='membership_municipality_xor_region', violation_error_message='Vælg enten en kommune eller en region, ikke begge.')],
                    },
                ),
            ],
            database_operations=[],
        ),
        move_content_types("corps", "accounts", {"membership": "affiliation"}),
    ]
