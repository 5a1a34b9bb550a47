from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "methods"
    verbose_name = _("Metoder og evidens")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the listing FilterSets with their index pages.
        from methods import filters  # noqa: F401
