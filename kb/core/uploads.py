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

A browser never fills a file input again, so an upload that passed its
checks while the rest of its form did not is *kept*: stored under
``pending-uploads/`` and named by a signed token the re-rendered form
carries (:func:`keep_upload`, :func:`kept_upload`). Kept files older than
``KEPT_UPLOAD_MAX_AGE`` are deleted by :func:`delete_stale_kept_uploads`.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import secrets
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils import timezone
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


# --- kept uploads --------------------------------------------------------------

#: Where kept uploads wait, one random folder each (``<dir>/<random>/<name>``).
KEPT_UPLOAD_DIR = "pending-uploads"
#: How long a kept upload can be used; older ones are deleted.
KEPT_UPLOAD_MAX_AGE = dt.timedelta(days=1)
_KEPT_UPLOAD_SALT = "kb.core.uploads.kept"


class KeptUpload(File):
    """A kept upload, opened for the next submit: a file like a fresh
    upload (``name`` is the user's file name), plus where it is stored."""

    def __init__(self, file, *, name: str, stored_name: str, token: str):
        super().__init__(file, name=name)
        self.stored_name = stored_name
        self.token = token


def keep_upload(file, *, user, storage) -> str:
    """Store ``file`` (already checked) for the user's next submit of the
    same form, and return the token that names it: signed, so it opens only
    this file, for this user, within ``KEPT_UPLOAD_MAX_AGE``."""
    if isinstance(file, KeptUpload):
        return file.token
    file_name = PurePath(file.name or "fil").name
    file.seek(0)
    stored_name = storage.save(
        posixpath.join(KEPT_UPLOAD_DIR, secrets.token_urlsafe(16), file_name), file
    )
    return signing.dumps({"user": user.pk, "name": stored_name}, salt=_KEPT_UPLOAD_SALT)


def _stored_name_for(token: str, *, user) -> str:
    """The stored name ``token`` opens for ``user``; ValidationError, in
    Danish, for a forged, expired or another user's token."""
    refused = ValidationError(
        _("Den gemte fil kan ikke bruges. Vælg filen igen."), code="kept_invalid"
    )
    try:
        data = signing.loads(
            token,
            salt=_KEPT_UPLOAD_SALT,
            max_age=KEPT_UPLOAD_MAX_AGE,
        )
    except signing.SignatureExpired:
        raise ValidationError(
            _("Den gemte fil er for gammel og er slettet. Vælg filen igen."),
            code="kept_expired",
        ) from None
    except signing.BadSignature:
        raise refused from None
    if not isinstance(data, dict):
        raise refused
    name = data.get("name")
    if (
        user is None
        or data.get("user") != user.pk
        or not isinstance(name, str)
        or not name.startswith(KEPT_UPLOAD_DIR + "/")
    ):
        raise refused
    return name


def kept_upload(token: str, *, user, storage) -> KeptUpload:
    """The kept upload ``token`` names, opened for reading. Refused, in
    Danish (ValidationError), when the token is forged, expired, another
    user's, or its file is already gone."""
    stored_name = _stored_name_for(token, user=user)
    try:
        handle = storage.open(stored_name, "rb")
    except (FileNotFoundError, OSError):
        raise ValidationError(
            _("Den gemte fil er for gammel og er slettet. Vælg filen igen."),
            code="kept_expired",
        ) from None
    return KeptUpload(
        handle,
        name=posixpath.basename(stored_name),
        stored_name=stored_name,
        token=token,
    )


def _delete_kept(storage, stored_name: str) -> None:
    storage.delete(stored_name)
    try:
        storage.delete(posixpath.dirname(stored_name))  # its own folder
    except OSError:
        pass


def discard_kept_upload(token: str, *, user, storage) -> None:
    """Delete the user's kept upload: removed, replaced or used. A token
    that is not the user's deletes nothing."""
    try:
        stored_name = _stored_name_for(token, user=user)
    except ValidationError:
        return
    _delete_kept(storage, stored_name)


def delete_stale_kept_uploads(*, storage, now: dt.datetime | None = None) -> int:
    """Delete kept uploads older than ``KEPT_UPLOAD_MAX_AGE``: no token can
    open them any more. Returns how many files went."""
    cutoff = (now or timezone.now()) - KEPT_UPLOAD_MAX_AGE
    try:
        folders, _files = storage.listdir(KEPT_UPLOAD_DIR)
    except FileNotFoundError:
        return 0
    deleted = 0
    for folder in folders:
        path = posixpath.join(KEPT_UPLOAD_DIR, folder)
        names = [posixpath.join(path, name) for name in storage.listdir(path)[1]]
        if all(storage.get_modified_time(name) < cutoff for name in names):
            for name in names:
                storage.delete(name)
                deleted += 1
            try:
                storage.delete(path)
            except OSError:
                pass
    return deleted
