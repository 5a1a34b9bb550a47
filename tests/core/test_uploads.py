"""Uploads: the document types members exchange, checked by their content
and not only their name, and no larger than KB_UPLOAD_MAX_MB."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image

from kb.core.uploads import DOCUMENT_EXTENSIONS, validate_upload


def zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def ooxml(part: str) -> bytes:
    return zipped({"[Content_Types].xml": b"<Types/>", f"{part}/document.xml": b"<x/>"})


def odf(kind: str) -> bytes:
    return zipped(
        {
            "mimetype": f"application/vnd.oasis.opendocument.{kind}".encode(),
            "content.xml": b"<x/>",
        }
    )


def image(format: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format=format)
    return buffer.getvalue()


def xlsx() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504

GOOD = {
    "referat.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "referat.doc": OLE2,
    "budget.xls": OLE2,
    "slides.ppt": OLE2,
    "referat.docx": ooxml("word"),
    "budget.xlsx": xlsx(),
    "slides.pptx": ooxml("ppt"),
    "referat.odt": odf("text"),
    "budget.ods": odf("spreadsheet"),
    "slides.odp": odf("presentation"),
    "brev.rtf": b"{\\rtf1\\ansi Hej}",
    "noter.txt": "Møde i Århus kl. 10".encode(),
    "liste.csv": "Navn;Kommune\nSøren;Vejle\n".encode("cp1252"),
    "foto.jpg": image("JPEG"),
    "foto.jpeg": image("JPEG"),
    "diagram.png": image("PNG"),
    "anim.gif": image("GIF"),
    "foto.webp": image("WEBP"),
}

HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100
PHP = b"<?php system($_GET['c']); ?>"


def upload(name, content):
    return SimpleUploadedFile(name, content)


def test_every_allowed_type_has_a_real_example():
    assert {name.rsplit(".", 1)[1] for name in GOOD} == set(DOCUMENT_EXTENSIONS)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_real_documents_are_accepted(name):
    validate_upload(upload(name, GOOD[name]))


@pytest.mark.parametrize(
    "name, content",
    [
        ("side.html", HTML),
        ("side.htm", HTML),
        ("logo.svg", SVG),
        ("program.exe", EXE),
        ("shell.php", PHP),
        ("script.js", b"alert(1)"),
        ("uden-endelse", b"%PDF-1.4"),
    ],
)
def test_types_not_on_the_list_are_refused_in_danish(name, content):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, content))
    assert error.value.code == "file_type"
    assert "kan ikke uploades" in error.value.messages[0]


@pytest.mark.parametrize(
    "name, content",
    [
        ("referat.pdf", HTML),  # HTML renamed to .pdf
        ("logo.png", SVG),
        ("referat.docx", EXE),
        ("budget.xlsx", ooxml("word")),  # a Word file called .xlsx
        ("referat.odt", odf("spreadsheet")),
        ("referat.docx", zipped({"evil.html": HTML})),
        ("noter.txt", HTML),
        ("noter.txt", SVG),
        ("liste.csv", PHP),
        ("noter.txt", EXE),
        ("foto.jpg", image("PNG")),
        ("foto.webp", b"RIFF\x00\x00\x00\x00WAVE"),
        ("brev.rtf", HTML),
    ],
)
def test_content_that_does_not_match_the_name_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, content))
    assert error.value.code == "file_content"
    assert "Filens indhold passer ikke" in error.value.messages[0]


def test_the_size_cap_is_a_setting(settings):
    settings.KB_UPLOAD_MAX_MB = 1
    big = upload("stor.pdf", b"%PDF-1.4" + b"0" * (1024 * 1024))
    with pytest.raises(ValidationError) as error:
        validate_upload(big)
    assert error.value.messages == ["Filen er for stor. Den må højst fylde 1 MB."]
    settings.KB_UPLOAD_MAX_MB = 2
    validate_upload(big)


def test_the_default_cap_is_25_mb(settings):
    from kb.settings import base

    assert base.KB_UPLOAD_MAX_MB == 25
    assert base.WAGTAILDOCS_MAX_UPLOAD_SIZE == 25 * 1024 * 1024
    assert base.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 25 * 1024 * 1024
    assert "svg" not in base.WAGTAILIMAGES_EXTENSIONS
    assert not {"svg", "html", "exe", "php"} & set(base.WAGTAILDOCS_EXTENSIONS)
