"""Store members' calendar tokens as hashes (kb.core.tokens), like the
specialists' feeds.

The plain tokens are hashed in place, so the addresses members have already
subscribed to keep working: a request's token is hashed and compared. New
memberships have no address until the member fetches one.
"""

from django.db import migrations, models

from kb.core.tokens import hash_token, new_token


def hash_plain_tokens(apps, schema_editor):
    NetworkMembership = apps.get_model("networks", "NetworkMembership")
    memberships = NetworkMembership.objects.exclude(calendar_token_hash=None)
    changed = []
    for membership in memberships.only("pk", "calendar_token_hash").iterator():
        membership.calendar_token_hash = hash_token(membership.calendar_token_hash)
        changed.append(membership)
    NetworkMembership.objects.bulk_update(
        changed, ["calendar_token_hash"], batch_size=500
    )


def issue_plain_tokens(apps, schema_editor):
    """Backwards: hashes cannot be reversed, so every membership gets a new
    plain token (the old addresses stop working)."""
    NetworkMembership = apps.get_model("networks", "NetworkMembership")
    changed = []
    for membership in NetworkMembership.objects.only("pk").iterator():
        membership.calendar_token_hash = new_token()
        changed.append(membership)
    NetworkMembership.objects.bulk_update(
        changed, ["calendar_token_hash"], batch_size=500
    )


class Migration(migrations.Migration):
    dependencies = [("networks", "0005_member_calendar_token")]

    operations = [
        migrations.RenameField(
            model_name="networkmembership",
            old_name="calendar_token",
            new_name="calendar_token_hash",
        ),
        migrations.AlterField(
            model_name="networkmembership",
            name="calendar_token_hash",
            field=models.CharField(
                blank=True,
                editable=False,
                max_length=64,
                null=True,
                unique=True,
                verbose_name="hash af kalendernøglen",
            ),
        ),
        migrations.RunPython(hash_plain_tokens, issue_plain_tokens),
    ]
