from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kb.core"
    label = "core"
    verbose_name = "Vidensbanken"

    def ready(self):
        # Registers the shared admin form fields before any form is built.
        from kb.core import converters, forms  # noqa: F401

        # Before any URLconf that uses <id:> or <text:> is imported.
        converters.register()
