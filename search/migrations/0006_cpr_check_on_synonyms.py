from django.db import migrations, models

import kb.core.cpr


class Migration(migrations.Migration):
    dependencies = [
        ("kb_search", "0005_search_vector_trigger"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchsynonym",
            name="terms",
            field=models.TextField(
                help_text="Skriv ordene adskilt af komma, fx „efterværn, overgang til voksenlivet“. En søgning på ét af dem finder også de andre.",
                validators=[kb.core.cpr.validate_no_cpr],
                verbose_name="ord med samme betydning",
            ),
        ),
    ]
