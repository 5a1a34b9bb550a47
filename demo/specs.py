"""The table of what the demo loader builds, in order (later specs refer to
earlier ones: tags before pages, offers before specialists, networks before
their theme days).

Each row: TOML file and table, progress label, model, where pages go, and the
fields that are not plain values. Every other TOML key is the model field of
the same name.
"""

import datetime as dt
from html import escape

from django.core.exceptions import ValidationError
from wagtail.models import Page, Site

from accounts.models import OrganisationEmailDomain
from agreements.models import (
    AgreementFocusArea,
    FrameworkAgreementIndexPage,
    FrameworkAgreementPage,
)
from corps.models import CorpsIndexPage, SpecialistPage
from demo.loader import (
    FreeTags,
    Lines,
    Links,
    LocalDateTime,
    Only,
    Paragraphs,
    ParentByRef,
    Ref,
    Refs,
    Root,
    Rows,
    Spec,
    Stream,
)
from home.models import ContentPage, HomePage
from kb.taxonomy.models import FocusArea, Municipality, Region, TargetGroup
from methods.models import EvidenceIndexPage, EvidencePage, MethodIndexPage, MethodPage
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage
from offers.models import Offer

REGION = Ref(Region, by="name")
CLASSIFIED = {"target_groups": Refs(TargetGroup), "focus_areas": Refs(FocusArea)}


def make_site_root(home: HomePage) -> None:
    """The new home page becomes the default site's root; Wagtail's
    "Welcome to your new Wagtail site!" page goes."""
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
    if old_root and old_root.pk != home.pk and old_root.specific_class is Page:
        old_root.delete()


def registration_a_week_before(event: ThemeDayPage, entry: dict) -> None:
    """Upcoming events take registrations until a week before."""
    if event.start and "registration_deadline" not in entry:
        event.registration_deadline = event.start - dt.timedelta(days=7)


def link_agreement_actions(agreement: FrameworkAgreementPage, entry: dict) -> None:
    """Link the agreement's actions, named by their text, to the theme days
    and networks (slugs) that carry them out, and publish the change."""
    wanted = {}
    for number, action in enumerate(entry.get("actions", []), start=1):
        try:
            wanted[action["text"]] = {
                "theme_days": Refs(ThemeDayPage).convert(action.get("theme_days", [])),
                "networks": Refs(NetworkPage).convert(action.get("networks", [])),
            }
        except (KeyError, TypeError) as error:
            raise ValidationError(
                {f"actions[{number}]": ["skal have en text"]}
            ) from error
        except ValidationError as error:
            raise ValidationError({f"actions[{number}]": error.messages}) from error
    found = set()
    for row in agreement.focus_area_entries.all():
        actions = []
        for block in row.actions:
            value = dict(block.value)
            if value["text"] in wanted:
                found.add(value["text"])
                value.update(wanted[value["text"]])
            actions.append(("action", value))
        row.actions = actions
        row.save()
    missing = set(wanted) - found
    if missing:
        raise ValidationError(
            {"actions": [f"aftalen har ingen handling «{text}»" for text in missing]}
        )
    agreement = FrameworkAgreementPage.objects.get(pk=agreement.pk)
    agreement.save_revision().publish()


SPECS = [
    Spec("vocabulary.toml", "target_groups", "målgrupper", TargetGroup),
    Spec("vocabulary.toml", "focus_areas", "fokusområder", FocusArea),
    Spec(
        "accounts.toml",
        "email_domains",
        "e-maildomæner",
        OrganisationEmailDomain,
        key="domain",
        fields={"municipality": Ref(Municipality, by="name"), "region": REGION},
    ),
    Spec(
        "site.toml", "home", "forside", HomePage, parent=Root(), created=make_site_root
    ),
    # Each section names its index page type in `type`.
    Spec("site.toml", "sections", "sektioner", parent=Only(HomePage)),
    Spec(
        "offers.toml",
        "offers",
        "tilbud",
        Offer,
        fields={
            "municipality": Ref(Municipality, by="name"),
            "region": REGION,
            "target_groups": Refs(TargetGroup),
        },
    ),
    Spec(
        "agreements.toml",
        "agreements",
        "rammeaftaler",
        FrameworkAgreementPage,
        parent=Only(FrameworkAgreementIndexPage),
        summary_from="intro",
        fields={
            "region": REGION,
            "focus_area_entries": Rows(
                AgreementFocusArea,
                {
                    "focus_area": Ref(FocusArea),
                    "themes": Lines(),
                    "actions": Stream(
                        "action",
                        item=lambda text: {
                            "text": text,
                            "theme_days": [],
                            "networks": [],
                        },
                    ),
                },
            ),
        },
    ),
    Spec(
        "evidence.toml",
        "evidence",
        "evidens",
        EvidencePage,
        parent=Only(EvidenceIndexPage),
        summary_from="summary",
        fields={"findings": Paragraphs(), **CLASSIFIED},
    ),
    Spec(
        "methods.toml",
        "methods",
        "metoder",
        MethodPage,
        parent=Only(MethodIndexPage),
        summary_from="summary",
        fields={
            "description": Paragraphs(),
            "core_elements": Stream("core_element"),
            "keywords": FreeTags(),
            "evidence": Refs(EvidencePage),
            "offers": Refs(Offer),
            "municipalities": Refs(Municipality, by="name"),
            **CLASSIFIED,
        },
    ),
    Spec(
        "networks.toml",
        "networks",
        "netværk",
        NetworkPage,
        parent=Only(NetworkIndexPage),
        summary_from="purpose",
        fields={
            "region": REGION,
            "framework_agreement": Ref(FrameworkAgreementPage),
            "member_organisations": Lines(),
            **CLASSIFIED,
        },
    ),
    Spec(
        "events.toml",
        "events",
        "arrangementer",
        ThemeDayPage,
        # A network's own events sit under it; the others in the calendar.
        parent=ParentByRef("network", NetworkPage, otherwise=Only(EventIndexPage)),
        summary_from="intro",
        prepare=registration_a_week_before,
        fields={
            "start": LocalDateTime(),
            "end": LocalDateTime(),
            "registration_deadline": LocalDateTime(),
            "framework_agreement": Ref(FrameworkAgreementPage),
            "programme": Stream("item"),
            "materials": Stream("material"),
            **CLASSIFIED,
        },
    ),
    Links(
        "agreements.toml",
        "action_links",
        "handlinger i rammeaftaler",
        FrameworkAgreementPage,
        link=link_agreement_actions,
    ),
    Spec(
        "specialists.toml",
        "specialists",
        "specialister",
        SpecialistPage,
        parent=Only(CorpsIndexPage),
        summary_from="expertise",
        fields={
            "home_offer": Ref(Offer),
            "region": REGION,
            "travel_regions": Refs(Region, by="name"),
            "languages": Lines(", "),
            **CLASSIFIED,
        },
    ),
    Spec(
        "site.toml",
        "pages",
        "sider",
        ContentPage,
        parent=Only(HomePage),
        fields={
            "body": Stream("paragraph", item=lambda text: f"<p>{escape(text)}</p>")
        },
    ),
]
