"""Small factories for unit and contract tests.

Each function builds the least a valid object needs and takes keyword
arguments for whatever the test is about, so a test states what it relies on
instead of borrowing a page from the demo site. Pages are created under the
site's home page, in their section's index page (created when missing), and
published; every name and slug is unique within the test.

Reference data (regions, municipalities) comes from the data migrations and
is looked up by name; the demo site's prose is never used here.
"""

import datetime as dt
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import TaskResultStatus
from wagtail.models import Page, Site

from accounts.models import Affiliation
from agreements.models import (
    AgreementFocusArea,
    FrameworkAgreementIndexPage,
    FrameworkAgreementPage,
)
from corps.models import CorpsIndexPage, SpecialistPage
from kb.core.mail import MAX_ATTEMPTS, deliver_mail, message_to_data
from kb.core.models import FailedTask
from kb.taxonomy.models import FocusArea, Municipality, Region, TargetGroup
from methods.models import EvidenceIndexPage, EvidencePage, MethodIndexPage, MethodPage
from networks.models import EventIndexPage, NetworkIndexPage, NetworkPage, ThemeDayPage
from offers.models import Offer

PASSWORD = "hemmelig-kode-123"

_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    """``prefix`` with a number no other call in this process returns."""
    return f"{prefix}-{next(_numbers)}"


# --- people ---------------------------------------------------------------


def user(
    username: str | None = None,
    *,
    groups=(),
    permissions=(),
    municipality: Municipality | str | None = None,
    region: Region | str | None = None,
    **fields,
):
    """A user in ``groups`` (names), with ``permissions`` ("app.codename") and,
    given a municipality or a region (object or name), an affiliation."""
    username = username or unique("bruger")
    account = get_user_model().objects.create_user(
        username=username,
        email=fields.pop("email", f"{username}@example.dk"),
        password=PASSWORD,
        **fields,
    )
    if groups:
        found = Group.objects.filter(name__in=groups)
        assert found.count() == len(set(groups)), f"unknown group in {groups}"
        account.groups.set(found)
    for permission in permissions:
        app_label, codename = permission.split(".")
        account.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    if isinstance(municipality, str):
        municipality = Municipality.objects.get(name=municipality)
    if isinstance(region, str):
        region = Region.objects.get(name=region)
    if municipality or region:
        Affiliation.objects.create(
            user=account, municipality=municipality, region=region
        )
    return account


# --- vocabularies ---------------------------------------------------------


def target_group(name: str | None = None, **fields) -> TargetGroup:
    name = name or unique("Målgruppe")
    return TargetGroup.objects.create(
        name=name, slug=fields.pop("slug", unique("maalgruppe")), **fields
    )


def focus_area(name: str | None = None, **fields) -> FocusArea:
    name = name or unique("Fokusområde")
    return FocusArea.objects.create(
        name=name, slug=fields.pop("slug", unique("fokusomraade")), **fields
    )


# --- pages ----------------------------------------------------------------


def home_page() -> Page:
    return Site.objects.get(is_default_site=True).root_page.specific


def index_page(model, **fields):
    """The section's one index page, created under home when missing."""
    index = model.objects.first()
    if index is None:
        index = model(
            title=fields.pop("title", str(model._meta.verbose_name).capitalize()),
            slug=fields.pop("slug", unique(model._meta.model_name)),
            **fields,
        )
        home_page().add_child(instance=index)
    return index


def _add(parent, page, *, target_groups=(), focus_areas=(), publish=True):
    if target_groups:
        page.target_groups.set(target_groups)
    if focus_areas:
        page.focus_areas.set(focus_areas)
    if publish:
        parent.add_child(instance=page)
        page.save_revision().publish()
    else:
        page.live = False
        parent.add_child(instance=page)
        page.save_revision()
    page.refresh_from_db()
    return page


def method_page(*, parent=None, title=None, publish=True, **fields) -> MethodPage:
    tags = {k: fields.pop(k) for k in ("target_groups", "focus_areas") if k in fields}
    title = title or unique("Metode")
    page = MethodPage(
        title=title,
        slug=fields.pop("slug", unique("metode")),
        summary=fields.pop("summary", "En metode, kort fortalt."),
        purpose=fields.pop("purpose", "At hjælpe borgeren."),
        **fields,
    )
    return _add(parent or index_page(MethodIndexPage), page, publish=publish, **tags)


def evidence_page(*, parent=None, title=None, publish=True, **fields) -> EvidencePage:
    tags = {k: fields.pop(k) for k in ("target_groups", "focus_areas") if k in fields}
    page = EvidencePage(
        title=title or unique("Undersøgelse"),
        slug=fields.pop("slug", unique("evidens")),
        evidence_type=fields.pop("evidence_type", EvidencePage.EvidenceType.RCT),
        evidence_level=fields.pop("evidence_level", 3),
        publisher=fields.pop("publisher", "VIVE"),
        year=fields.pop("year", 2024),
        summary=fields.pop("summary", "En undersøgelse af en metode."),
        **fields,
    )
    return _add(parent or index_page(EvidenceIndexPage), page, publish=publish, **tags)


def network_page(*, parent=None, title=None, publish=True, **fields) -> NetworkPage:
    tags = {k: fields.pop(k) for k in ("target_groups", "focus_areas") if k in fields}
    page = NetworkPage(
        title=title or unique("Netværk"),
        slug=fields.pop("slug", unique("netvaerk")),
        kind=fields.pop("kind", NetworkPage.Kind.NETWORK),
        purpose=fields.pop("purpose", "At dele erfaringer."),
        **fields,
    )
    return _add(parent or index_page(NetworkIndexPage), page, publish=publish, **tags)


def theme_day(
    *, parent=None, title=None, start=None, end=None, publish=True, **fields
) -> ThemeDayPage:
    """An event (by default a theme day in 30 days, 09-15) in the calendar, or
    under ``parent`` (a network)."""
    tags = {k: fields.pop(k) for k in ("target_groups", "focus_areas") if k in fields}
    start = start or timezone.now() + dt.timedelta(days=30)
    page = ThemeDayPage(
        title=title or unique("Temadag"),
        slug=fields.pop("slug", unique("temadag")),
        start=start,
        end=end or start + dt.timedelta(hours=6),
        location=fields.pop("location", "Vejle Centerhotel"),
        organiser=fields.pop("organiser", "Socialdirektørforum"),
        audience=fields.pop("audience", "Ledere og medarbejdere"),
        intro=fields.pop("intro", "En temadag."),
        **fields,
    )
    return _add(parent or index_page(EventIndexPage), page, publish=publish, **tags)


def offered_method(offer, **fields) -> MethodPage:
    """A method (see :func:`method_page`) that ``offer`` uses."""
    method = method_page(**fields)
    MethodPage.offers.through.objects.create(methodpage=method, offer=offer)
    return method


def offer(name: str | None = None, **fields) -> Offer:
    region = fields.pop("region", None) or Region.objects.get(name="Region Sjælland")
    return Offer.objects.create(
        name=name or unique("Tilbud"),
        slug=fields.pop("slug", unique("tilbud")),
        operator=fields.pop("operator", region.name),
        region=region,
        **fields,
    )


def specialist_page(
    *,
    parent=None,
    title=None,
    coordinators=(),
    travel_regions=None,
    publish=True,
    **fields,
) -> SpecialistPage:
    """A bookable specialist who travels to ``travel_regions`` (default:
    every region) and whose calendar ``coordinators`` run."""
    tags = {k: fields.pop(k) for k in ("target_groups", "focus_areas") if k in fields}
    region = fields.pop("region", None) or Region.objects.get(name="Region Sjælland")
    page = SpecialistPage(
        title=title or unique("Specialist"),
        slug=fields.pop("slug", unique("specialist")),
        profession=fields.pop("profession", "Psykolog"),
        expertise=fields.pop("expertise", "Autisme og overgange."),
        home_offer=fields.pop("home_offer", None) or offer(region=region),
        region=region,
        **fields,
    )
    page.travel_regions = (
        list(Region.objects.all()) if travel_regions is None else list(travel_regions)
    )
    page.coordinators = list(coordinators)
    return _add(parent or index_page(CorpsIndexPage), page, publish=publish, **tags)


def agreement(
    *, parent=None, title=None, region=None, focus_areas=(), publish=True, **fields
) -> FrameworkAgreementPage:
    """A current framework agreement with one entry (goal, a theme and an
    action) per focus area."""
    page = FrameworkAgreementPage(
        title=title or unique("Rammeaftale"),
        slug=fields.pop("slug", unique("rammeaftale")),
        region=region or Region.objects.get(name="Region Syddanmark"),
        period_start=fields.pop("period_start", 2025),
        period_end=fields.pop("period_end", 2026),
        **fields,
    )
    page.focus_area_entries = [
        AgreementFocusArea(
            focus_area=area,
            goal=f"Mål for {area.name}",
            themes="Tematik",
            actions=[("action", {"text": "Handling"})],
        )
        for area in focus_areas
    ]
    return _add(
        parent or index_page(FrameworkAgreementIndexPage), page, publish=publish
    )


# --- tasks -------------------------------------------------------------------


def failed_task(
    task_path: str,
    *args,
    failed_at: dt.datetime | None = None,
    error: str = "RuntimeError: Noget gik galt",
    **kwargs,
) -> FailedTask:
    """A task in the task table that failed for good at ``failed_at`` (now)
    with ``error`` as the last line of its traceback."""
    failed_at = failed_at or timezone.now()
    return FailedTask.objects.create(
        task_path=task_path,
        args_kwargs={"args": list(args), "kwargs": kwargs},
        status=TaskResultStatus.FAILED,
        backend_name="default",
        run_after=failed_at,
        started_at=failed_at,
        finished_at=failed_at,
        exception_class_path=f"builtins.{error.split(':')[0]}",
        traceback=f"Traceback (most recent call last):\n  ...\n{error}\n",
    )


def failed_mail(
    subject: str | None = None,
    to=("modtager@example.dk",),
    *,
    attempts: int = MAX_ATTEMPTS,
    **fields,
) -> FailedTask:
    """An e-mail given up after ``attempts`` attempts (the mail server
    refused each)."""
    message = EmailMessage(subject or unique("Emne"), "Tekst", to=list(to))
    fields.setdefault("error", "ConnectionRefusedError: [Errno 111] Connection refused")
    return failed_task(
        deliver_mail.module_path, message_to_data(message), attempts, **fields
    )
