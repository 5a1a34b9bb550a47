from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "kb_search"
    verbose_name = _("Søgning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import checks  # noqa: F401  (registers system checks)
        from search.signal_handlers import register_signal_handlers

        # Each app declares its searchable types in <app>/search_documents.py.
        autodiscover_modules("search_documents")
        register_signal_handlers()
