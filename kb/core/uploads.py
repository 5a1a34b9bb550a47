"""What users may upload: the document types members exchange, checked by
their content and not only by their name, and no larger than a set size.

Used by member documents (networks), Wagtail documents and Wagtail images.
An HTML, SVG, script or program file is refused even when renamed to
``.pdf``: a file must start as its type starts (its "magic bytes"), and an
Office or OpenDocument file must be a ZIP archive holding that format's
parts. Plain text and CSV must be text and must not be markup a browser
would run. Every file is still served as a download
(``Content-Disposition: attachment``, ``X-Content-Type-Options: nosniff``).

The size cap is ``KB_UPLOAD_MAX_MB`` (default 25 MB).
"""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: Documents and images members exchange. Never svg, html, exe, php, js.
DOCUMENT_EXTENSIONS = (
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "odp",
    "rtf",
    "txt",
    "csv",
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
)
#: The image types of Wagtail's image library (a subset of the above).
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp")

ALLOWED_TYPES_TEXT = _(
    "PDF, Word, Excel, PowerPoint, OpenDocument, RTF, tekst, CSV eller et "
    "billede (JPEG, PNG, GIF, WebP)"
)

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the legacy Office container
_ZIP = b"PK\x03\x04"
_HEAD = 4096

# ZIP-based formats: the part a real file of that kind holds.
_OOXML_PART = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
# Text that a browser or a server would treat as code, whatever the name.
_MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?php", b"<script", b"<?xml")


def max_upload_bytes() -> int:
    return settings.KB_UPLOAD_MAX_MB * 1024 * 1024


def extension_of(name: str) -> str:
    return PurePath(name or "").suffix.lower().lstrip(".")


def _starts_with(head: bytes, *signatures: bytes) -> bool:
    return head.startswith(signatures)


def _zip_names(file) -> list[str] | None:
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _odf_mimetype(file) -> bytes | None:
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return archive.read("mimetype").strip()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


def _is_plain_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_MARKUP_STARTS):
        return False
    try:
        # The last character may be cut in half at the end of the head.
        head.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            try:
                head.decode("cp1252")  # Danish Excel's CSV
            except UnicodeDecodeError:
                return False
    return True


def content_matches(extension: str, file) -> bool:
    """Whether the bytes of ``file`` are what ``extension`` promises."""
    file.seek(0)
    head = file.read(_HEAD)
    file.seek(0)
    if extension == "pdf":
        return _starts_with(head, b"%PDF-")
    if extension in ("doc", "xls", "ppt"):
        return _starts_with(head, _OLE2)
    if extension in _OOXML_PART:
        names = _starts_with(head, _ZIP) and _zip_names(file)
        part = _OOXML_PART[extension]
        return (
            bool(names)
            and "[Content_Types].xml" in names
            and any(name.startswith(part) for name in names)
        )
    if extension in _ODF_MIMETYPE:
        return (
            _starts_with(head, _ZIP) and _odf_mimetype(file) == _ODF_MIMETYPE[extension]
        )
    if extension == "rtf":
        return _starts_with(head, b"{\\rtf")
    if extension in ("jpg", "jpeg"):
        return _starts_with(head, b"\xff\xd8\xff")
    if extension == "png":
        return _starts_with(head, b"\x89PNG\r\n\x1a\n")
    if extension == "gif":
        return _starts_with(head, b"GIF87a", b"GIF89a")
    if extension == "webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if extension in ("txt", "csv"):
        return _is_plain_text(head)
    return False


def validate_upload(file, *, extensions=DOCUMENT_EXTENSIONS) -> None:
    """Refuse, in Danish, a file of a type not on the list, whose content is
    not what its name says, or larger than ``KB_UPLOAD_MAX_MB``."""
    if not file:
        return
    extension = extension_of(file.name)
    if extension not in extensions:
        raise ValidationError(
            _("Filtypen «.%(extension)s» kan ikke uploades. Brug %(allowed)s.")
            % {"extension": extension or "?", "allowed": ALLOWED_TYPES_TEXT},
            code="file_type",
        )
    limit = settings.KB_UPLOAD_MAX_MB
    if file.size is not None and file.size > max_upload_bytes():
        raise ValidationError(
            _("Filen er for stor. Den må højst fylde %(limit)s MB.") % {"limit": limit},
            code="file_size",
        )
    if not content_matches(extension, file):
        raise ValidationError(
            _(
                "Filens indhold passer ikke til typen «.%(extension)s». Gem filen "
                "i det rigtige format, og prøv igen."
            )
            % {"extension": extension},
            code="file_content",
        )


def validate_document(file) -> None:
    """Model field validator for member documents: checks a new upload (a
    file already stored was checked when it came)."""
    if getattr(file, "_committed", False):
        return
    validate_upload(file)
