import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from kb.core.migrations_support import move_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0001_initial'),
        ('taxonomy', '0002_regions_and_municipalities'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables exist already (created by the app the models came
            # from); only Django's model state moves.
            state_operations=[
                migrations.CreateModel(
                    name='FrameworkAgreementIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, verbose_name='introduktion')),
                    ],
                    options={
                        'verbose_name': 'oversigt over rammeaftaler',
                        'db_table': 'home_frameworkagreementindexpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='FrameworkAgreementPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('period_start', models.PositiveSmallIntegerField(verbose_name='periode fra (år)')),
                        ('period_end', models.PositiveSmallIntegerField(verbose_name='periode til (år)')),
                        ('status', models.CharField(choices=[('forslag', 'Forslag'), ('gældende', 'Gældende'), ('afsluttet', 'Afsluttet')], default='gældende', max_length=20, verbose_name='status')),
                        ('intro', models.TextField(blank=True, verbose_name='introduktion')),
                        ('vision', models.TextField(blank=True, verbose_name='vision')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 4)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Overskrift'}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'H2'), ('h3', 'H3')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'document-link'], 'icon': 'pilcrow', 'label': 'Tekstafsnit', 'template': 'blocks/paragraph_block.html'}), 4: ('wagtail.blocks.BlockQuoteBlock', (), {'icon': 'openquote', 'label': 'Citat'})}, verbose_name='uddybning')),
                        ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='framework_agreements', to='taxonomy.region', verbose_name='region')),
                    ],
                    options={
                        'verbose_name': 'rammeaftale',
                        'verbose_name_plural': 'rammeaftaler',
                        'db_table': 'home_frameworkagreementpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='AgreementFocusArea',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('goal', models.TextField(verbose_name='mål')),
                        ('themes', models.TextField(blank=True, help_text='Én tematik pr. linje.', verbose_name='tematikker')),
                        ('actions', models.TextField(blank=True, help_text='Én handling pr. linje.', verbose_name='handlinger')),
                        ('success_criteria', models.TextField(blank=True, help_text='Succeskriterier for fokusområdet.', verbose_name='hvornår er målet nået')),
                        ('focus_area', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='agreement_entries', to='taxonomy.focusarea', verbose_name='fokusområde')),
                        ('agreement', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='focus_area_entries', to='agreements.frameworkagreementpage')),
                    ],
                    options={
                        'verbose_name': 'fokusområde i aftalen',
                        'verbose_name_plural': 'fokusområder i aftalen',
                        'db_table': 'home_agreementfocusarea',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
            ],
            database_operations=[],
        ),
        move_content_types(
            "home",
            "agreements",
            {
                "frameworkagreementindexpage": "frameworkagreementindexpage",
                "frameworkagreementpage": "frameworkagreementpage",
                "agreementfocusarea": "agreementfocusarea",
            },
        ),
    ]
