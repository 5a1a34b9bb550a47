"""Wagtail's document and image forms with the upload rules of
:mod:`kb.core.uploads` and titles (and alt texts) that refuse CPR numbers
(named by ``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and
``WAGTAILIMAGES_IMAGE_FORM_BASE``; Wagtail imports them when it builds the
forms, single and multiple upload alike)."""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from kb.core.forms import refuse_cpr_numbers
from kb.core.uploads import IMAGE_EXTENSIONS, validate_upload


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        refuse_cpr_numbers(self, "title")

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            validate_upload(file)
        return file


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        refuse_cpr_numbers(self, "title", "description")

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            validate_upload(file, extensions=IMAGE_EXTENSIONS)
        return file
