from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Netværk og temadage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published

        from networks.models import EventRegistration, ThemeDayPage
        from networks.signal_handlers import on_event_published, on_registration_deleted

        page_published.connect(
            on_event_published, sender=ThemeDayPage, dispatch_uid="kb_event_published"
        )
        post_delete.connect(
            on_registration_deleted,
            sender=EventRegistration,
            dispatch_uid="kb_registration_deleted",
        )
        # Registers the listing FilterSets with their index pages.
        from networks import filters  # noqa: F401
