from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Brugere og organisationer")
    default_auto_field = "django.db.models.BigAutoField"
    default = True

    def ready(self):
        from accounts import signals

        signals.connect()


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user screens, with the user's organisation on the same form
    as their roles (:class:`accounts.admin_views.UserViewSet`)."""

    user_viewset = "accounts.admin_views.UserViewSet"
