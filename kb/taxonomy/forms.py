"""Admin form support for the controlled vocabularies."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from taggit.utils import parse_tags
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.forms.tags import TagField


def unknown_tags(field: TagField, raw_value: str | None) -> list[str]:
    """Names typed into a controlled tag field that are not in its vocabulary.

    Wagtail's own field drops such names silently; an editor should instead
    be told, so nothing they typed vanishes without a word.
    """
    if raw_value is None or field.free_tagging:
        return []
    requested = parse_tags(raw_value)
    # Vocabularies are small; compare case-insensitively, as taggit does.
    known = {
        name.lower() for name in field.tag_model.objects.values_list("name", flat=True)
    }
    return [name for name in requested if name.lower() not in known]


class ControlledVocabularyMixin:
    """Refuse tag names outside a controlled vocabulary with a field error."""

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            if not isinstance(field, TagField):
                continue
            unknown = unknown_tags(field, self.data.get(self.add_prefix(name)))
            if unknown:
                self.add_error(
                    name,
                    ValidationError(
                        _(
                            "%(names)s findes ikke i listen over %(vocabulary)s. "
                            "Vælg blandt de eksisterende, eller bed en redaktør "
                            "om at oprette den."
                        )
                        % {
                            "names": ", ".join(f"«{n}»" for n in unknown),
                            "vocabulary": field.tag_model._meta.verbose_name_plural,
                        },
                        code="unknown_tag",
                    ),
                )
        return cleaned_data


class ClassifiedPageForm(ControlledVocabularyMixin, WagtailAdminPageForm):
    """Base form for pages tagged with target groups and focus areas."""


class ClassifiedSnippetForm(ControlledVocabularyMixin, WagtailAdminModelForm):
    """Base form for snippets tagged with target groups."""
