from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "kb.taxonomy"
    label = "taxonomy"
    verbose_name = _("Taksonomi")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the checkbox picker for controlled tag fields in
        # Wagtail's admin forms before any form class is built.
        from kb.taxonomy import forms  # noqa: F401
