"""Wagtail documents and images follow the upload rules of kb.core.uploads,
and documents are always served as downloads that the browser may not sniff."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def add_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Oplæg",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("side.html", HTML, "Filtypen «.html» kan ikke uploades"),
        ("logo.svg", SVG, "Filtypen «.svg» kan ikke uploades"),
        ("program.exe", b"MZ\x90\x00", "Filtypen «.exe» kan ikke uploades"),
        ("shell.php", b"<?php ?>", "Filtypen «.php» kan ikke uploades"),
        ("oplaeg.pdf", HTML, "Filens indhold passer ikke til typen «.pdf»"),
        ("oplaeg.docx", b"MZ\x90\x00", "Filens indhold passer ikke til typen «.docx»"),
    ],
)
def test_hostile_documents_are_refused_in_the_admin(
    admin_client, name, content, message
):
    response = add_document(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_real_pdf_is_stored_and_served_as_a_download(admin_client, client):
    response = add_document(admin_client, "oplæg.pdf", b"%PDF-1.4 slides")
    assert response.status_code == 302
    document = get_document_model().objects.get()
    served = client.get(document.url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert b"".join(served.streaming_content) == b"%PDF-1.4 slides"
    for close in served._resource_closers:
        close()


def test_svg_and_disguised_images_are_refused(admin_client):
    url = reverse("wagtailimages:add")
    root = Collection.get_first_root_node().pk
    for name, content in [("logo.svg", SVG), ("logo.png", SVG), ("side.gif", HTML)]:
        response = admin_client.post(
            url,
            {
                "title": "Logo",
                "collection": root,
                "file": SimpleUploadedFile(name, content),
            },
        )
        assert response.status_code == 200, name
    assert not get_image_model().objects.exists()
    ok = admin_client.post(
        url,
        {
            "title": "Diagram",
            "collection": root,
            "file": SimpleUploadedFile("d.png", png()),
        },
    )
    assert ok.status_code == 302
    assert get_image_model().objects.count() == 1


def test_a_cpr_number_in_a_document_title_is_refused(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Notat om borger 010190-1234",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("notat.pdf", b"%PDF-1.4 notat"),
        },
    )
    assert response.status_code == 200
    assert "CPR-nummer" in response.context["form"].errors["title"][0]
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("field", ["title", "description"])
def test_a_cpr_number_in_an_image_title_or_alt_text_is_refused(admin_client, field):
    data = {
        "title": "Diagram",
        "description": "Et diagram over forløbet",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("d.png", png()),
    }
    data[field] = "Borger 01.01.90-1234"
    response = admin_client.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 200
    assert "CPR-nummer" in response.context["form"].errors[field][0]
    assert not get_image_model().objects.exists()
