"""Offers and framework agreements moved to their own apps (``offers``,
``agreements``): home forgets them; their tables and rows stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("offers", "0001_initial"),
        ("agreements", "0001_initial"),
        ("corps", "0007_alter_bookingrequest_offer_and_more"),
        ("methods", "0002_alter_methodpage_offers"),
        ("networks", "0007_framework_agreement_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AgreementFocusArea"),
                migrations.DeleteModel(name="FrameworkAgreementPage"),
                migrations.DeleteModel(name="FrameworkAgreementIndexPage"),
                migrations.DeleteModel(name="OfferTargetGroup"),
                migrations.DeleteModel(name="Offer"),
            ],
            database_operations=[],
        )
    ]
