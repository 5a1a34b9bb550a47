"""Form fields shared by every app. Importing this module (done in
``CoreConfig.ready``) registers the admin's with Wagtail's admin forms."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin import widgets
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.pages import CopyForm

from kb.core.cpr import validate_no_cpr
from kb.core.slugs import danish_slugify


class DanishSlugField(forms.SlugField):
    """A slug typed or generated from a Danish title keeps its letters
    readable in ASCII, like the demo's addresses: æ → ae, ø → oe, å → aa."""

    def to_python(self, value):
        value = super().to_python(value)
        return danish_slugify(value) if value else value


# Every slug in Wagtail's admin forms (pages, snippets, the vocabularies),
# keeping Wagtail's own slug widget.
register_form_field_override(
    models.SlugField,
    override={"form_class": DanishSlugField, "widget": widgets.SlugInput},
)


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A choice of one row that answers "not a valid choice" for an id no
    row can have: a number beyond 64 bits makes SQLite's lookup raise
    OverflowError, which Django's field does not catch (an HTTP 500)."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


def refuse_cpr_numbers(form: forms.BaseForm, *names: str) -> None:
    """Add :func:`~kb.core.cpr.validate_no_cpr` to the fields ``names`` of
    ``form`` (those it has): for Wagtail's forms, which declare their own
    text fields."""
    for name in names:
        if name in form.fields:
            form.fields[name].validators.append(validate_no_cpr)


class PageCopyForm(CopyForm):
    """Wagtail's "copy page" form, whose new title refuses CPR numbers like
    the title in the page editor (the copy is saved without the editor's
    checks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        refuse_cpr_numbers(self, "new_title")


class KeepableFileInput(forms.FileInput):
    """A file input that shows an upload kept from the last, refused submit
    (see :mod:`kb.core.uploads`): a notice with its name, the signed token
    in a hidden field and a «Fjern filen» checkbox, all without JavaScript.
    The form sets :attr:`kept` (name, token) when it re-renders."""

    template_name = "core/widgets/keepable_file_input.html"
    #: The notice; ``%(name)s`` is the file's name.
    kept_notice = _("Filen »%(name)s« er med og gemmes, når du gemmer.")

    def __init__(self, attrs=None, *, kept_notice=None):
        super().__init__(attrs)
        self.kept = None
        if kept_notice is not None:
            self.kept_notice = kept_notice

    @staticmethod
    def token_name(name: str) -> str:
        return f"{name}-kept"

    @staticmethod
    def remove_name(name: str) -> str:
        return f"{name}-remove"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.kept:
            kept_name, token = self.kept
            context["widget"]["kept"] = {
                "notice": self.kept_notice % {"name": kept_name},
                "token": token,
                "token_name": self.token_name(name),
                "remove_name": self.remove_name(name),
                "remove_id": f"{context['widget']['attrs'].get('id', name)}-remove",
            }
        return context
