"""Load the 5 regions and 98 municipalities (idempotent by official code)."""

from django.db import migrations

from kb.core.slugs import danish_slugify
from kb.taxonomy.reference_data import MUNICIPALITIES, REGIONS


def load(apps, schema_editor):
    Region = apps.get_model("taxonomy", "Region")
    Municipality = apps.get_model("taxonomy", "Municipality")
    regions = {}
    for code, name in REGIONS:
        regions[code], _ = Region.objects.update_or_create(
            code=code, defaults={"name": name, "slug": danish_slugify(name)}
        )
    for code, name, region_code in MUNICIPALITIES:
        Municipality.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "slug": danish_slugify(name),
                "region": regions[region_code],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
