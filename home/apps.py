from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Forside og fælles indhold")
    default_auto_field = "django.db.models.BigAutoField"
