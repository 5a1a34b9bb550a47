from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kb.core"
    label = "core"
    verbose_name = "Vidensbanken"

    def ready(self):
        # Registers the shared admin form fields before any form is built.
        from django.db.models.signals import pre_save
        from wagtail.admin.widgets import BaseChooser

        from kb.core import converters, forms  # noqa: F401
        from kb.core.richtext import clean_before_save
        from kb.core.security import nonce_chooser_scripts

        # Before any URLconf that uses <id:> or <text:> is imported.
        converters.register()
        # Rich text is cleaned of anything that could run, however written.
        pre_save.connect(clean_before_save, dispatch_uid="kb.core.richtext")
        # The admin runs no inline script without the request's CSP nonce.
        nonce_chooser_scripts(BaseChooser)
