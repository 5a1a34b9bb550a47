"""Admin form support for the controlled vocabularies.

Wagtail edits every taggit field as free text split at commas. That cannot
work for a controlled vocabulary whose terms contain commas ("Børn, unge og
skole"): on re-edit the term is split into bogus names and publishing is
refused. So every tag field whose tag model has ``free_tagging = False`` is
edited with :class:`ControlledTagPicker` instead: one checkbox per term of the
list, stored through taggit as before.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.tags import TagField


class ControlledTagPicker(forms.CheckboxSelectMultiple):
    """Checkboxes for every term, with a filter box that matches anywhere in
    a term (shown by a small script; without it all terms are listed)."""

    template_name = "taxonomy/widgets/controlled_tag_picker.html"

    class Media:
        js = ["taxonomy/controlled_tag_picker.js"]
        css = {"all": ["taxonomy/controlled_tag_picker.css"]}


class ControlledTagField(forms.ModelMultipleChoiceField):
    """Choose terms of a controlled vocabulary; the cleaned value is a
    queryset of tags, which taggit's manager stores as it stores names."""

    widget = ControlledTagPicker
    default_error_messages = {
        "invalid_choice": _(
            "%(value)s findes ikke (længere) i listen. Vælg blandt de "
            "eksisterende, eller bed en redaktør om at oprette den."
        ),
    }

    def __init__(self, *, tag_model, **kwargs):
        kwargs.pop("max_length", None)
        super().__init__(queryset=tag_model.objects.order_by("name"), **kwargs)
        self.tag_model = tag_model


def tag_form_field(db_field) -> dict:
    """Form field options for a taggit field in Wagtail's admin forms."""
    tag_model = db_field.related_model
    if getattr(tag_model, "free_tagging", True):
        return {"form_class": TagField, "tag_model": tag_model}
    return {"form_class": ControlledTagField, "tag_model": tag_model}


# Replaces Wagtail's own registration for TaggableManager (same key).
register_form_field_override(TaggableManager, override=tag_form_field)
