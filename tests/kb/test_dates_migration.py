"""Rows saved before the date rule (kb.core.dates) existed, such as an
unavailable period from 0001-01-01, are moved into the range by the
``dates_in_range`` migrations, so adding the database constraints does not
fail on deploy, and the pages that read the rows render again.

Runs this tree's ``migrate`` in its own process against a fresh database of
this run's kind (SQLite or PostgreSQL), as tests/kb/test_migrate_forward.py.
"""

import os

from tests.kb.test_migrate_forward import ROOT, fresh_database_url, run, shell

__all__ = ["fresh_database_url"]  # the fixture, used by the test below

BEFORE_THE_RULE = [
    ("networks", "0017_meeting_document_upload_check"),
    ("corps", "0014_cpr_check_on_free_text"),
    ("methods", "0004_cpr_check_on_free_text"),
    ("home", "0006_cpr_check_on_free_text"),
    ("agreements", "0005_cpr_check_on_free_text"),
]

STORE_BAD_DATES = """
import datetime as dt
from corps.models import SpecialistPage, UnavailablePeriod
from methods.models import MethodPage
from networks.models import ThemeDayPage
from agreements.models import FrameworkAgreementPage
utc = dt.timezone.utc
specialist = SpecialistPage.objects.live().first()
UnavailablePeriod.objects.create(
    specialist=specialist,
    start=dt.datetime(1, 1, 2, tzinfo=utc),
    end=dt.datetime(1, 1, 3, tzinfo=utc),
)
UnavailablePeriod.objects.create(
    specialist=specialist,
    start=dt.datetime(2030, 1, 1, tzinfo=utc),
    end=dt.datetime(9999, 12, 30, tzinfo=utc),
)
event = ThemeDayPage.objects.live().first()
ThemeDayPage.objects.filter(pk=event.pk).update(
    start=dt.datetime(1, 1, 2, tzinfo=utc), end=dt.datetime(9999, 12, 30, tzinfo=utc)
)
method = MethodPage.objects.live().first()
MethodPage.objects.filter(pk=method.pk).update(next_review=dt.date(1, 1, 1))
agreement = FrameworkAgreementPage.objects.live().first()
FrameworkAgreementPage.objects.filter(pk=agreement.pk).update(period_end=32000)
print("IDS" + __import__("json").dumps({
    "specialist": specialist.pk, "event": event.pk, "method": method.pk,
    "agreement": agreement.pk,
}))
"""

CHECK = """
import json
from django.test import Client
from corps.models import SpecialistPage, UnavailablePeriod
from methods.models import MethodPage
from networks.models import ThemeDayPage
from agreements.models import FrameworkAgreementPage
specialist = SpecialistPage.objects.get(pk=IDS["specialist"])
event = ThemeDayPage.objects.get(pk=IDS["event"])
agreement = FrameworkAgreementPage.objects.get(pk=IDS["agreement"])
client = Client()
print("RESULT" + json.dumps({
    "periods": sorted(
        [p.start.isoformat(), p.end.isoformat()]
        for p in UnavailablePeriod.objects.filter(specialist=specialist)
    ),
    "event": [event.start.isoformat(), event.end.isoformat()],
    "next_review": MethodPage.objects.get(pk=IDS["method"]).next_review.isoformat(),
    "period_end": agreement.period_end,
    "pages": {
        url: client.get(url).status_code
        for url in (specialist.url, event.url, agreement.url, "/specialistkorps/")
    },
}))
"""


def test_out_of_range_rows_are_clamped_before_the_constraints(
    fresh_database_url, tmp_path
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
    )
    # The demo content is loaded with every migration applied (it is
    # written with today's models); then the date rules are taken back.
    run(ROOT, env, "migrate", "--no-input")
    run(ROOT, env, "load_demo_content")
    for app, migration in BEFORE_THE_RULE:
        run(ROOT, env, "migrate", app, migration, "--no-input")
    ids = shell(ROOT, env, STORE_BAD_DATES, "IDS")

    run(ROOT, env, "migrate", "--no-input")

    result = shell(ROOT, env, CHECK, "RESULT", IDS=ids)
    # Both ends before the range: the period keeps an end after its start.
    assert result["periods"] == [
        ["1999-12-31T23:00:00+00:00", "2000-01-01T00:00:00+00:00"],
        ["2030-01-01T00:00:00+00:00", "2100-12-31T23:00:00+00:00"],
    ]
    assert result["event"] == [
        "1999-12-31T23:00:00+00:00",
        "2100-12-31T23:00:00+00:00",
    ]
    assert result["next_review"] == "2000-01-01"
    assert result["period_end"] == 2100
    assert set(result["pages"].values()) == {200}, result["pages"]
