"""Which coordinator runs which specialist moves from the user's membership
(soon ``accounts.Affiliation``, which must not know the corps) to the
specialist page; the assignments are copied over."""

import modelcluster.fields
from django.conf import settings
from django.db import migrations

import corps.models.pages


def copy_assignments(apps, schema_editor):
    Membership = apps.get_model("corps", "Membership")
    SpecialistPage = apps.get_model("corps", "SpecialistPage")
    old = Membership.coordinated_specialists.through.objects.using(
        schema_editor.connection.alias
    ).select_related("membership")
    new = SpecialistPage.coordinators.through
    new.objects.using(schema_editor.connection.alias).bulk_create(
        [
            new(specialistpage_id=row.specialistpage_id, user_id=row.membership.user_id)
            for row in old
        ],
        ignore_conflicts=True,
    )


def copy_back(apps, schema_editor):
    Membership = apps.get_model("corps", "Membership")
    SpecialistPage = apps.get_model("corps", "SpecialistPage")
    db = schema_editor.connection.alias
    for row in SpecialistPage.coordinators.through.objects.using(db):
        membership = Membership.objects.using(db).filter(user_id=row.user_id).first()
        if membership is not None:
            membership.coordinated_specialists.add(row.specialistpage_id)


class Migration(migrations.Migration):

    dependencies = [
        ("corps", "0007_alter_bookingrequest_offer_and_more"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="specialistpage",
            name="coordinators",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="De korpskoordinatorer, der styrer specialistens kalender.",
                limit_choices_to=corps.models.pages.coordinator_choices,
                related_name="coordinated_specialists",
                to=settings.AUTH_USER_MODEL,
                verbose_name="korpskoordinatorer",
            ),
        ),
        migrations.RunPython(copy_assignments, copy_back),
        migrations.RemoveField(model_name="membership", name="coordinated_specialists"),
    ]
