from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Netværk og temadage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from networks.models import ThemeDayPage
        from networks.signal_handlers import on_event_published

        page_published.connect(
            on_event_published, sender=ThemeDayPage, dispatch_uid="kb_event_cancelled"
        )
