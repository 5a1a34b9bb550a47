"""Builds the demo site from the data modules in :mod:`home.demo_content`.

Idempotent by slug: what exists is left as it is (an editor's changes are
never overwritten), what is missing is created and published. Every function
returns how many objects it created, so the command can report progress.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from agreements.models import (
    AgreementFocusArea,
    FrameworkAgreementIndexPage,
    FrameworkAgreementPage,
)
from corps.models import CorpsIndexPage, SpecialistPage
from home.models import ContentPage, HomePage
from kb.taxonomy.models import FocusArea, Municipality, Region, TargetGroup
from methods.models import (
    EvidenceIndexPage,
    EvidencePage,
    EvidenceScalePage,
    MethodIndexPage,
    MethodPage,
)
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage
from offers.models import Offer

# progress(label, done, total, created_so_far)
Progress = Callable[[str, int, int, int], None]

HOME_INTRO = (
    "Vidensbanken samler metoder og den viden, der ligger bag dem, temadage og "
    "netværk samt det rejsende specialistkorps på det specialiserede social- og "
    "specialundervisningsområde. Her finder fagpersoner i kommuner og regioner "
    "det, der virker – sorteret efter målgruppe og fokusområde."
)

INDEX_PAGES = [
    # (model, slug, title, intro)
    (
        MethodIndexPage,
        "metoder",
        "Metoder og indsatser",
        "Beskrivelser af metoder og indsatser, der bruges i dansk praksis – med "
        "målgruppe, kerneelementer, krav til implementering og evidens.",
    ),
    (
        EvidenceIndexPage,
        "evidens",
        "Evidens",
        "Undersøgelser, evalueringer og praksisdokumentation bag metoderne, vurderet "
        "på Vidensbankens evidensskala.",
    ),
    (
        EvidenceScalePage,
        "evidensskala",
        "Sådan vurderer vi evidens",
        "Alle metoder og undersøgelser vurderes på én offentlig skala fra 0 til 5. "
        "Skalaen er kumulativ: et højere niveau forudsætter, at kravene til de "
        "lavere niveauer også er opfyldt.",
    ),
    (
        EventIndexPage,
        "kalender",
        "Temadage og arrangementer",
        "Temadage, konferencer og netværksmøder i rammeaftalesamarbejdet.",
    ),
    (
        NetworkIndexPage,
        "netvaerk",
        "Netværk og erfa-grupper",
        "Netværk, erfa-grupper, laboratorier og task forces, hvor fagfolk deler "
        "erfaringer på tværs af kommuner og region.",
    ),
    (
        CorpsIndexPage,
        "specialistkorps",
        "Det rejsende specialistkorps",
        "Specialister fra tilbud med sjælden ekspertise, som kommer ud til borgeren, "
        "så borgeren kan blive i sit eget tilbud.",
    ),
    (
        FrameworkAgreementIndexPage,
        "rammeaftaler",
        "Rammeaftaler",
        "Rammeaftalerne mellem kommunerne og regionen: fokusområder, mål, "
        "tematikker og handlinger – og hvad der bliver gjort for hvert af dem.",
    ),
]

CORPS_HOW_IT_WORKS = (
    "Kommunen eller tilbuddet finder en specialist med den rette ekspertise og "
    "sender en anmodning. Korpsets koordinator vurderer anmodningen og aftaler "
    "forløbet. Specialisten rådgiver personalet omkring borgeren i borgerens eget "
    "tilbud, og forløbet afsluttes med en kort rapport."
)

ABOUT_PAGE = {
    "slug": "om",
    "title": "Om Vidensbanken",
    "intro": (
        "Vidensbanken er kommunernes og regionernes fælles videnbank på det "
        "specialiserede social- og specialundervisningsområde."
    ),
    "paragraphs": [
        "Rammeaftalesamarbejderne har igen og igen peget på behovet for ét sted, "
        "hvor fagpersoner kan finde metoder, der virker, og den viden, der ligger "
        "bag – og hvor netværk kan dele temadage og erfaringer.",
        "Indholdet er tagget med målgrupper og fokusområder fra fælles lister, så "
        "det samme sprog bruges på tværs af kommuner og regioner.",
        "Vidensbanken indeholder ingen personoplysninger om borgere. Skriv aldrig "
        "CPR-numre eller navne på borgere i Vidensbanken.",
    ],
}

LOCAL_TZ = ZoneInfo(settings.TIME_ZONE)


def paragraphs_html(text: str) -> str:
    """Plain text with blank-line paragraphs as rich-text HTML."""
    return "".join(
        f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip()
    )


def local_datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=LOCAL_TZ)


def publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def child_by_slug(parent: Page, model: type[Page], slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def by_slug(model, slugs: Iterable[str]):
    slugs = list(slugs or [])
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = set(slugs) - set(found)
    if missing:
        raise ValueError(f"{model.__name__}: unknown slugs {sorted(missing)}")
    return [found[s] for s in slugs]


def region_named(name: str | None):
    return Region.objects.get(name=name) if name else None


def municipalities_named(names):
    names = list(names or [])
    found = list(Municipality.objects.filter(name__in=names))
    if len(found) != len(set(names)):
        missing = set(names) - {m.name for m in found}
        raise ValueError(f"Unknown municipalities {sorted(missing)}")
    return found


class DemoSiteBuilder:
    """Creates what is missing of the demo site, section by section."""

    def __init__(self, data, progress: Progress):
        self.data = data
        self.progress = progress

    def build(self) -> dict[str, int]:
        counts = {}
        with transaction.atomic():
            counts["ordforråd"] = self.vocabulary()
            home = self.home_page()
            self.index = self.index_pages(home)
            counts["tilbud"] = self.offers()
            counts["rammeaftaler"] = self.agreements()
            counts["evidens"] = self.evidence()
            counts["metoder"] = self.methods()
            counts["netværk"] = self.networks()
            counts["arrangementer"] = self.events()
            counts["specialister"] = self.specialists()
            counts["sider"] = self.about_page(home)
        return counts

    def _each(self, label: str, items: list[dict], create_one) -> int:
        created = 0
        for number, item in enumerate(items, start=1):
            created += bool(create_one(item))
            self.progress(label, number, len(items), created)
        return created

    def vocabulary(self) -> int:
        created = 0
        vocab = self.data.vocabulary
        for model, items in (
            (TargetGroup, vocab.TARGET_GROUPS),
            (FocusArea, vocab.FOCUS_AREAS),
        ):
            for item in items:
                _, was_created = model.objects.get_or_create(
                    slug=item["slug"],
                    defaults={"name": item["name"], "description": item["description"]},
                )
                created += was_created
        total = len(vocab.TARGET_GROUPS) + len(vocab.FOCUS_AREAS)
        self.progress("ordforråd", total, total, created)
        return created

    def home_page(self) -> HomePage:
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        home = HomePage(title="Vidensbanken", slug="vidensbanken", intro=HOME_INTRO)
        publish(root, home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Vidensbanken"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Vidensbanken",
            )
        # Wagtail's initial "Welcome to your new Wagtail site!" page.
        if old_root and old_root.pk != home.pk and old_root.specific_class is Page:
            old_root.delete()
        return home

    def index_pages(self, home: HomePage) -> dict[type, Page]:
        pages = {}
        for model, slug, title, intro in INDEX_PAGES:
            page = model.objects.first()
            if page is None:
                # The main menu shows the pages ticked "Vis i menuer".
                page = model(
                    title=title,
                    slug=slug,
                    intro=intro,
                    show_in_menus=model is not EvidenceScalePage,
                )
                if model is CorpsIndexPage:
                    page.how_it_works = CORPS_HOW_IT_WORKS
                publish(home, page)
            pages[model] = page
        return pages

    def offers(self) -> int:
        def create(item):
            if Offer.objects.filter(slug=item["slug"]).exists():
                return False
            municipality = (
                Municipality.objects.get(name=item["municipality"])
                if item.get("municipality")
                else None
            )
            offer = Offer(
                slug=item["slug"],
                name=item["name"],
                kind=item.get("kind", ""),
                operator=item["operator"],
                municipality=municipality,
                region=region_named(item["region"]),
                description=item.get("description", ""),
                url=item.get("url", ""),
            )
            offer.target_groups.set(by_slug(TargetGroup, item.get("target_groups")))
            offer.save()
            return True

        return self._each("tilbud", self.data.offers.OFFERS, create)

    def agreements(self) -> int:
        parent = self.index[FrameworkAgreementIndexPage]

        def create(item):
            if child_by_slug(parent, FrameworkAgreementPage, item["slug"]):
                return False
            page = FrameworkAgreementPage(
                title=item["title"],
                slug=item["slug"],
                region=region_named(item["region"]),
                period_start=item["period_start"],
                period_end=item["period_end"],
                status=item["status"],
                intro=item.get("intro", ""),
                vision=item.get("vision", ""),
                search_description=item.get("intro", "")[:250],
            )
            page.focus_area_entries = [
                AgreementFocusArea(
                    focus_area=FocusArea.objects.get(slug=entry["focus_area"]),
                    goal=entry["goal"],
                    themes="\n".join(entry.get("themes", [])),
                    actions="\n".join(entry.get("actions", [])),
                    success_criteria=entry.get("success_criteria", ""),
                )
                for entry in item["focus_areas"]
            ]
            publish(parent, page)
            return True

        return self._each("rammeaftaler", self.data.agreements.AGREEMENTS, create)

    @staticmethod
    def _classify(page, item):
        page.target_groups.set(by_slug(TargetGroup, item.get("target_groups")))
        page.focus_areas.set(by_slug(FocusArea, item.get("focus_areas")))

    def evidence(self) -> int:
        parent = self.index[EvidenceIndexPage]

        def create(item):
            if child_by_slug(parent, EvidencePage, item["slug"]):
                return False
            page = EvidencePage(
                title=item["title"],
                slug=item["slug"],
                evidence_type=item["evidence_type"],
                evidence_level=item["level"],
                publisher=item["publisher"],
                year=item["year"],
                summary=item["summary"],
                findings=paragraphs_html(item.get("findings", "")),
                source_url=item.get("source_url", ""),
                search_description=item["summary"][:250],
            )
            self._classify(page, item)
            publish(parent, page)
            return True

        return self._each("evidens", self.data.evidence.EVIDENCE, create)

    def methods(self) -> int:
        parent = self.index[MethodIndexPage]

        def create(item):
            if child_by_slug(parent, MethodPage, item["slug"]):
                return False
            page = MethodPage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                purpose=item["purpose"],
                description=paragraphs_html(item.get("description", "")),
                core_elements=[
                    ("core_element", {"title": e["title"], "text": e["text"]})
                    for e in item.get("core_elements", [])
                ],
                dose_duration=item.get("dose_duration", ""),
                delivered_by=item.get("delivered_by", ""),
                legal_basis=item.get("legal_basis", ""),
                competences=item.get("competences", ""),
                organisation=item.get("organisation", ""),
                cost=item.get("cost", ""),
                measurement=item.get("measurement", ""),
                practice_use=item.get("practice_use", ""),
                status=item.get("status", MethodPage.Status.IN_USE),
                method_owner=item.get("owner", ""),
                contact_name=item.get("contact_name", ""),
                contact_email=item.get("contact_email", ""),
                evidence_level=item.get("evidence_level"),
                cost_level=item.get("cost_level"),
                implementation_readiness=item.get("implementation_readiness"),
                danish_relevance=item.get("danish_relevance"),
                last_reviewed=_date(item.get("last_reviewed")),
                next_review=_date(item.get("next_review")),
                search_description=item["summary"][:250],
            )
            self._classify(page, item)
            page.keywords.set(item.get("keywords", []))
            page.evidence.set(by_slug(EvidencePage, item.get("evidence")))
            page.offers.set(by_slug(Offer, item.get("offers")))
            page.municipalities.set(municipalities_named(item.get("municipalities")))
            publish(parent, page)
            return True

        return self._each("metoder", self.data.methods.METHODS, create)

    def networks(self) -> int:
        parent = self.index[NetworkIndexPage]

        def create(item):
            if child_by_slug(parent, NetworkPage, item["slug"]):
                return False
            page = NetworkPage(
                title=item["title"],
                slug=item["slug"],
                kind=item["kind"],
                purpose=item["purpose"],
                description=item.get("description", ""),
                coordinator_name=item.get("coordinator_name", ""),
                coordinator_email=item.get("coordinator_email", ""),
                region=region_named(item.get("region")),
                framework_agreement=_agreement(item.get("agreement")),
                membership=item.get("membership", NetworkPage.Membership.OPEN),
                member_organisations="\n".join(item.get("member_organisations", [])),
                meeting_rhythm=item.get("meeting_rhythm", ""),
                search_description=item["purpose"][:250],
            )
            self._classify(page, item)
            publish(parent, page)
            return True

        return self._each("netværk", self.data.networks.NETWORKS, create)

    def events(self) -> int:
        calendar = self.index[EventIndexPage]

        def create(item):
            network = (
                NetworkPage.objects.get(slug=item["network"])
                if item.get("network")
                else None
            )
            parent = network or calendar
            if child_by_slug(parent, ThemeDayPage, item["slug"]):
                return False
            start = local_datetime(item["start"])
            page = ThemeDayPage(
                title=item["title"],
                slug=item["slug"],
                kind=item["kind"],
                start=start,
                end=local_datetime(item["end"]),
                location=item.get("location", ""),
                address=item.get("address", ""),
                online=item.get("online", False),
                organiser=item["organiser"],
                audience=item["audience"],
                framework_agreement=_agreement(item.get("agreement")),
                capacity=item.get("capacity"),
                participant_count=item.get("participants"),
                # Upcoming events take registrations until a week before.
                registration_deadline=start - dt.timedelta(days=7),
                intro=item["intro"],
                programme=[
                    (
                        "item",
                        {
                            "time": dt.time.fromisoformat(p["time"]),
                            "title": p["title"],
                            "speaker": p.get("speaker", ""),
                        },
                    )
                    for p in item.get("programme", [])
                ],
                materials=[
                    (
                        "material",
                        {"title": m["title"], "document": None, "url": m["url"]},
                    )
                    for m in item.get("materials", [])
                    if m.get("url")
                ],
                search_description=item["intro"][:250],
            )
            self._classify(page, item)
            publish(parent, page)
            return True

        return self._each("arrangementer", self.data.events.EVENTS, create)

    def specialists(self) -> int:
        parent = self.index[CorpsIndexPage]

        def create(item):
            if child_by_slug(parent, SpecialistPage, item["slug"]):
                return False
            page = SpecialistPage(
                title=item["name"],
                slug=item["slug"],
                profession=item["profession"],
                expertise=item["expertise"],
                bio=item.get("bio", ""),
                home_offer=Offer.objects.get(slug=item["home_offer"]),
                region=region_named(item["region"]),
                languages=", ".join(item.get("languages", ["dansk"])),
                email=item.get("email", ""),
                search_description=item["expertise"][:250],
            )
            page.travel_regions.set(
                Region.objects.filter(name__in=item["travel_regions"])
            )
            self._classify(page, item)
            publish(parent, page)
            return True

        return self._each("specialister", self.data.specialists.SPECIALISTS, create)

    def about_page(self, home: HomePage) -> int:
        if child_by_slug(home, ContentPage, ABOUT_PAGE["slug"]):
            return 0
        publish(
            home,
            ContentPage(
                title=ABOUT_PAGE["title"],
                slug=ABOUT_PAGE["slug"],
                intro=ABOUT_PAGE["intro"],
                body=[
                    ("paragraph", f"<p>{escape(p)}</p>")
                    for p in ABOUT_PAGE["paragraphs"]
                ],
            ),
        )
        return 1


def _date(value: str | None):
    return dt.date.fromisoformat(value) if value else None


def _agreement(slug: str | None):
    return FrameworkAgreementPage.objects.get(slug=slug) if slug else None
