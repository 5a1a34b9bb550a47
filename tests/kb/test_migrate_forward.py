"""A database built by the code from before the apps were layered (with the
demo content and some people's bookings, registrations and memberships)
migrates forward without losing a row, and the site renders from it.

The old code is taken from git history (``git archive``) and run in its own
process against a fresh database of the same kind as this test run
(SQLite or PostgreSQL); then this tree's ``migrate`` runs on it.
"""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
# The last commit before models moved between apps (offers, agreements,
# accounts out of home and corps).
BEFORE_LAYERS = "24c36b73bf96bd4671df7165aaa519489df93b2e"

# Tables whose rows must all survive; the moved models keep their tables.
COUNTED_TABLES = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_pagelogentry",
    "home_offer",
    "home_offertargetgroup",
    "home_frameworkagreementpage",
    "home_agreementfocusarea",
    "methods_methodpage_offers",
    "methods_methodtargetgroup",
    "methods_methodfocusarea",
    "networks_themedaytargetgroup",
    "networks_eventregistration",
    "networks_networkmembership",
    "corps_membership",
    "corps_bookingrequest",
    "corps_bookingstatuschange",
    "auth_user",
    "auth_group",
    "auth_permission",
    "django_content_type",
]

MAKE_PEOPLE = """
import datetime as dt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from corps.models import BookingRequest, Membership, SpecialistPage
from kb.taxonomy.models import Municipality, TargetGroup
from networks.models import EventRegistration, NetworkMembership, NetworkPage, ThemeDayPage
User = get_user_model()
vejle = Municipality.objects.get(name="Vejle")
booker = User.objects.create_user("booker", "booker@vejle.dk", "x")
booker.groups.add(Group.objects.get(name="Fagperson/booker"))
Membership.objects.create(user=booker, municipality=vejle)
coordinator = User.objects.create_user("koordinator", "k@example.dk", "x")
m = Membership.objects.create(user=coordinator, region=vejle.region)
specialist = SpecialistPage.objects.live().first()
m.coordinated_specialists.add(specialist)
start = timezone.now() + dt.timedelta(days=40)
BookingRequest.objects.create(
    specialist=specialist, requested_by=booker, municipality=vejle,
    start=start, end=start + dt.timedelta(days=2),
    target_group=TargetGroup.objects.first(), purpose="Sparring om en borger",
    offer=specialist.home_offer,
)
event = ThemeDayPage.objects.live().filter(start__gte=timezone.now()).first()
for user in (booker, coordinator):
    EventRegistration.objects.create(
        event=event, user=user, name=user.username, organisation="Vejle Kommune",
        email=user.email, municipality=vejle,
    )
NetworkMembership.objects.create(
    network=NetworkPage.objects.live().first(), user=booker, status="member"
)
"""

COUNT_ROWS = """
import json
from django.db import connection
with connection.cursor() as cursor:
    counts = {}
    for table in TABLES:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        counts[table] = cursor.fetchone()[0]
print("COUNTS" + json.dumps(counts))
"""

CHECK_SITE = """
import json
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from wagtail.models import Page, Revision
problems = []
pages = list(Page.objects.live().public().filter(depth__gt=1).specific())
for page in pages:
    status = Client().get(page.url).status_code
    if status != 200:
        problems.append(f"{page.url} answered {status}")
for revision in Revision.page_revisions.all()[:500]:
    revision.as_object()
labels = {
    f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()
}
from bs4 import BeautifulSoup
front = BeautifulSoup(Client().get("/").content, "html.parser")
menu = [link.get_text(strip=True) for link in front.select("nav.main-nav a")]
print("SITE" + json.dumps({"pages": len(pages), "problems": problems,
                           "labels": sorted(labels), "menu": menu}))
"""

# The main menu the hard-coded list of models showed, now from show_in_menus.
MENU = [
    "Metoder og indsatser",
    "Evidens",
    "Temadage og arrangementer",
    "Netværk og erfa-grupper",
    "Det rejsende specialistkorps",
    "Rammeaftaler",
]


# The project is installed editable, and setuptools' editable finder answers
# for any of its modules the old tree lacks (e.g. a newer ``wagtail_hooks``)
# with today's file. The old tree runs without that finder, as it would have.
WITHOUT_EDITABLE_FINDER = (
    "import runpy, sys; "
    "sys.meta_path[:] = [f for f in sys.meta_path "
    "if not getattr(f, '__module__', '').startswith('__editable__')]; "
    "sys.argv[0] = 'manage.py'; "
    "runpy.run_path('manage.py', run_name='__main__')"
)


def run(code_dir: Path, env: dict, *args: str) -> str:
    if code_dir == ROOT:
        command = [sys.executable, "manage.py", *args]
    else:
        command = [sys.executable, "-c", WITHOUT_EDITABLE_FINDER, *args]
    result = subprocess.run(
        command,
        cwd=code_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, (args, result.stdout[-3000:], result.stderr[-3000:])
    return result.stdout


def shell(code_dir: Path, env: dict, code: str, marker: str, **names) -> dict:
    prelude = "".join(f"{k} = {v!r}\n" for k, v in names.items())
    out = run(code_dir, env, "shell", "-c", prelude + code)
    line = next(line for line in out.splitlines() if line.startswith(marker))
    return json.loads(line[len(marker) :])


@pytest.fixture
def old_tree(tmp_path):
    archive = subprocess.run(
        ["git", "archive", "--format=tar", BEFORE_LAYERS],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        pytest.fail(
            f"commit {BEFORE_LAYERS} is not in this clone's history "
            f"(a shallow clone?): {archive.stderr.decode()[-500:]}"
        )
    target = tmp_path / "before"
    target.mkdir()
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


@pytest.fixture
def fresh_database_url(tmp_path):
    """An empty database of this run's kind, outside pytest-django's."""
    engine = settings.DATABASES["default"]["ENGINE"]
    if "sqlite" in engine:
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    import psycopg

    base = os.environ["DATABASE_URL"]
    name = f"kb_forward_{uuid.uuid4().hex[:8]}"
    admin_url = base.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_database_from_before_the_layers_migrates_forward(
    old_tree, fresh_database_url, tmp_path
):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"ELASTICSEARCH_URL", "DATABASE_URL"}
    }
    env.update(
        DATABASE_URL=fresh_database_url,
        DJANGO_SETTINGS_MODULE="kb.settings.test",
        KB_VAR_DIR=str(tmp_path / "var"),
        PYTHONPATH="",
    )
    run(old_tree, env, "migrate", "--no-input")
    run(old_tree, env, "load_demo_content")
    run(old_tree, env, "shell", "-c", MAKE_PEOPLE)
    before = shell(old_tree, env, COUNT_ROWS, "COUNTS", TABLES=COUNTED_TABLES)
    assert before["corps_bookingrequest"] == 1
    assert before["networks_eventregistration"] == 2

    assignments = shell(
        old_tree,
        env,
        COUNT_ROWS,
        "COUNTS",
        TABLES=["corps_membership_coordinated_specialists"],
    )["corps_membership_coordinated_specialists"]
    assert assignments == 1

    run(ROOT, env, "migrate", "--no-input")

    after = shell(ROOT, env, COUNT_ROWS, "COUNTS", TABLES=COUNTED_TABLES)
    moved = shell(
        ROOT, env, COUNT_ROWS, "COUNTS", TABLES=["corps_specialistpage_coordinators"]
    )
    # Who coordinates which specialist moved from the membership to the page.
    assert moved["corps_specialistpage_coordinators"] == assignments
    lost = {t: (before[t], after[t]) for t in before if after[t] < before[t]}
    assert not lost, lost
    site = shell(ROOT, env, CHECK_SITE, "SITE")
    assert site["pages"] > 100
    assert site["problems"] == []
    assert "offers.offer" in site["labels"]
    assert "agreements.frameworkagreementpage" in site["labels"]
    assert "accounts.affiliation" in site["labels"]
    assert "home.offer" not in site["labels"]
    assert "corps.membership" not in site["labels"]
    assert site["menu"] == MENU
