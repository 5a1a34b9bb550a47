"""Structural WCAG checks on every page type: language, landmarks, one h1,
no skipped heading levels, a label for every form control, unique ids."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from agreements.models import FrameworkAgreementIndexPage, FrameworkAgreementPage
from corps.models import CorpsIndexPage, SpecialistPage
from home.models import ContentPage, HomePage
from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import (
    EvidenceIndexPage,
    EvidencePage,
    EvidenceScalePage,
    MethodIndexPage,
    MethodPage,
)
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage
from offers.models import Offer


def page_urls():
    pages = [
        HomePage,
        ContentPage,
        FrameworkAgreementIndexPage,
        FrameworkAgreementPage,
        MethodIndexPage,
        MethodPage,
        EvidenceIndexPage,
        EvidencePage,
        EvidenceScalePage,
        EventIndexPage,
        ThemeDayPage,
        NetworkIndexPage,
        NetworkPage,
        CorpsIndexPage,
        SpecialistPage,
    ]
    urls = [model.objects.live().first().url for model in pages]
    urls += [
        Offer.objects.first().get_absolute_url(),
        reverse("offers:offers"),
        TargetGroup.objects.first().get_absolute_url(),
        FocusArea.objects.first().get_absolute_url(),
        reverse("taxonomy:target_groups"),
        reverse("search:search") + "?q=autisme&type=method",
        reverse("search:search") + "?q=findesikkeord",
        "/findes-ikke/",
    ]
    return urls


@pytest.fixture
def all_pages(client, db):
    return [(url, client.get(url)) for url in page_urls()]


def test_every_page_meets_the_structural_checks(all_pages):
    for url, response in all_pages:
        assert response.status_code in (200, 404), url
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        assert soup.html["lang"] == "da", url
        assert soup.find("main", id=True), url
        assert soup.find("nav"), url
        skip = soup.select_one("a.skip-link, a[href^='#']")
        assert skip and soup.find(id=skip["href"][1:]), url
        assert len(soup.find_all("h1")) == 1, url

        levels = [
            int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])
        ]
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, f"{url}: h{before} followed by h{after}"

        ids = [tag["id"] for tag in soup.find_all(id=True)]
        assert len(ids) == len(set(ids)), f"{url}: duplicate ids"

        for control in soup.find_all(["input", "select", "textarea"]):
            if control.get("type") in ("hidden", "submit", "button"):
                continue
            labelled = control.get("aria-label") or (
                control.get("id") and soup.find("label", attrs={"for": control["id"]})
            )
            assert labelled, f"{url}: unlabelled {control}"

        for img in soup.find_all("img"):
            assert img.has_attr("alt"), url
