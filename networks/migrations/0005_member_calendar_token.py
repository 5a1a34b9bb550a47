import secrets

from django.db import migrations, models

import kb.core.tokens


def fill_tokens(apps, schema_editor):
    NetworkMembership = apps.get_model("networks", "NetworkMembership")
    for membership in NetworkMembership.objects.filter(calendar_token__isnull=True):
        membership.calendar_token = secrets.token_urlsafe(32)
        membership.save(update_fields=["calendar_token"])


class Migration(migrations.Migration):
    dependencies = [("networks", "0004_registrations_and_memberships")]

    operations = [
        migrations.AddField(
            model_name="networkmembership",
            name="calendar_token",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="networkmembership",
            name="calendar_token",
            field=models.CharField(
                default=kb.core.tokens.new_token, max_length=64, unique=True
            ),
        ),
    ]
