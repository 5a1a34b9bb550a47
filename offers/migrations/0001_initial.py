import django.db.models.deletion
import modelcluster.contrib.taggit
import modelcluster.fields
import modelsearch.index
from django.db import migrations, models

import kb.taxonomy.content
from kb.core.migrations_support import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0001_initial'),
        ('taxonomy', '0002_regions_and_municipalities'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables exist already (created by the app the models came
            # from); only Django's model state moves.
            state_operations=[
                migrations.CreateModel(
                    name='Offer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=255, unique=True, verbose_name='navn')),
                        ('slug', models.SlugField(max_length=255, unique=True, verbose_name='kortnavn')),
                        ('kind', models.CharField(blank=True, help_text='Fx botilbud, specialskole.', max_length=100, verbose_name='type tilbud')),
                        ('operator', models.CharField(help_text='Kommunen eller regionen, der driver tilbuddet.', max_length=255, verbose_name='driftsherre')),
                        ('description', models.TextField(blank=True, verbose_name='beskrivelse')),
                        ('url', models.URLField(blank=True, verbose_name='hjemmeside')),
                        ('municipality', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='offers', to='taxonomy.municipality', verbose_name='beliggenhedskommune')),
                        ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='offers', to='taxonomy.region', verbose_name='region')),
                    ],
                    options={
                        'verbose_name': 'tilbud',
                        'verbose_name_plural': 'tilbud',
                        'db_table': 'home_offer',
                        'ordering': ['name'],
                    },
                    bases=(kb.taxonomy.content.Classified, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='OfferTargetGroup',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('content_object', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_target_groups', to='offers.offer')),
                        ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='%(app_label)s_%(class)s', to='taxonomy.targetgroup')),
                    ],
                    options={
                        'db_table': 'home_offertargetgroup',
                    },
                ),
                migrations.AddField(
                    model_name='offer',
                    name='target_groups',
                    field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='A comma-separated list of tags.', through='offers.OfferTargetGroup', to='taxonomy.TargetGroup', verbose_name='målgrupper'),
                ),
            ],
            database_operations=[],
        ),
        move_content_types("home", "offers", {"offer": "offer", "offertargetgroup": "offertargetgroup"}),
    ]
