"""An agreement's status follows from its period; only "proposal" is kept,
as a tick box, since a period cannot tell it."""

from django.db import migrations, models


def keep_proposals(apps, schema_editor):
    FrameworkAgreementPage = apps.get_model("agreements", "FrameworkAgreementPage")
    FrameworkAgreementPage.objects.using(schema_editor.connection.alias).filter(
        status="forslag"
    ).update(is_proposal=True)


def restore_status(apps, schema_editor):
    FrameworkAgreementPage = apps.get_model("agreements", "FrameworkAgreementPage")
    db = schema_editor.connection.alias
    FrameworkAgreementPage.objects.using(db).filter(is_proposal=True).update(
        status="forslag"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="frameworkagreementpage",
            name="is_proposal",
            field=models.BooleanField(
                default=False,
                help_text="Sæt flueben, så længe aftalen kun er et forslag.",
                verbose_name="forslag",
            ),
        ),
        migrations.RunPython(keep_proposals, restore_status),
        migrations.RemoveField(model_name="frameworkagreementpage", name="status"),
    ]
