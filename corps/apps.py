from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CorpsConfig(AppConfig):
    name = "corps"
    verbose_name = _("Rejsende specialistkorps")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the listing FilterSets with their index pages.
        from corps import filters  # noqa: F401
