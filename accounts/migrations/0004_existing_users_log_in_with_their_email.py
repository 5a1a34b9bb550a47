"""Users from before allauth log in with their e-mail: their address
becomes a verified allauth address (administrators created them). An
address two users share goes to neither; an administrator decides."""

from django.conf import settings
from django.db import migrations
from django.db.models import Count
from django.db.models.functions import Lower


def add_addresses(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    EmailAddress = apps.get_model("account", "EmailAddress")
    users = User.objects.exclude(email="").annotate(address=Lower("email"))
    shared = set(
        users.values("address")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("address", flat=True)
    )
    taken = set(EmailAddress.objects.values_list("email", flat=True))
    EmailAddress.objects.bulk_create(
        EmailAddress(user_id=user.pk, email=user.address, verified=True, primary=True)
        for user in users
        if user.address not in shared
        and user.address not in taken
        and not EmailAddress.objects.filter(user_id=user.pk).exists()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_organisation_email_domains"),
        ("account", "0009_emailaddress_unique_primary_email"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(add_addresses, migrations.RunPython.noop)]
