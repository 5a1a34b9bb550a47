"""The demo loader: the TOML files load, a bad entry is refused with a message
that says where, nothing of a failed run is kept, reruns change nothing and
the demo is unknown to production."""

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from demo.loader import DATA_DIR, DemoDataError, DemoLoader
from demo.specs import SPECS
from methods.models import MethodPage
from networks.models import ThemeDayPage
from offers.models import Offer

ROOT = Path(__file__).resolve().parents[2]


def spec(table):
    return next(s for s in SPECS if s.table == table)


def load(tmp_path, table, toml_text):
    """Run the loader on one table read from a temporary TOML file."""
    (tmp_path / spec(table).file).write_text(toml_text, encoding="utf-8")
    return DemoLoader([spec(table)], data_dir=tmp_path).load()


GOOD_METHOD = """
[[methods]]
slug = "ny-god-metode"
title = "En ny, god metode"
summary = "Kort fortalt."
purpose = "At vise, at en god post i samme fil ikke bliver oprettet."
target_groups = ["autisme"]
focus_areas = ["psykiatri"]
last_reviewed = 2025-09-15
"""


def test_every_toml_entry_is_on_the_demo_site(db):
    loader = DemoLoader(SPECS)
    for each in SPECS:
        entries = loader.entries(each)
        assert entries, each.table
        for entry in entries:
            model = each.model or loader.model_named(entry["type"])
            key = entry[each.key]
            assert model._default_manager.filter(**{each.key: key}).exists(), (
                each.file,
                key,
            )


def test_toml_dates_are_typed_and_local_times_are_copenhagen_time(db):
    event = ThemeDayPage.objects.get(slug="kick-off-rammeaftale-2018-sjaelland")
    local = event.start.astimezone(ZoneInfo("Europe/Copenhagen"))
    assert (local.date().isoformat(), local.hour, local.minute) == ("2016-11-25", 9, 0)
    assert event.registration_deadline == event.start - dt.timedelta(days=7)
    method = MethodPage.objects.get(slug="fit-feedback-informed-treatment")
    assert method.last_reviewed == dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("bad_entry", "field", "message"),
    [
        ('last_reviewed = "2025-02-30"', "last_reviewed", "2025-02-30"),
        ('target_groups = ["findes-ikke"]', "target_groups", "findes-ikke"),
        ("status = 'måske'", "status", "måske"),
        ("farve = 'blå'", "farve", "ukendt felt"),
        ('evidence = ["ukendt-evidens"]', "evidence", "ukendt-evidens"),
    ],
)
def test_a_bad_entry_names_file_entry_and_field_and_nothing_is_kept(
    db, tmp_path, bad_entry, field, message
):
    bad = f"""
[[methods]]
slug = "daarlig-metode"
title = "En metode med en fejl"
summary = "Kort fortalt."
purpose = "Formål."
{bad_entry}
"""
    with pytest.raises(DemoDataError) as caught:
        load(tmp_path, "methods", GOOD_METHOD + bad)

    text = str(caught.value)
    assert str(tmp_path / "methods.toml") in text
    assert "«daarlig-metode»" in text
    assert f"felt «{field}»" in text
    assert message in text
    # One transaction: the good entry before the bad one is gone too.
    assert not MethodPage.objects.filter(slug="ny-god-metode").exists()


def test_a_missing_required_field_is_named(db, tmp_path):
    missing_summary = """
[[methods]]
slug = "uden-resume"
title = "En metode uden kort fortalt"
purpose = "Formål."
"""
    with pytest.raises(DemoDataError, match=r"«uden-resume».*felt «summary»"):
        load(tmp_path, "methods", GOOD_METHOD + missing_summary)
    assert not MethodPage.objects.filter(slug="ny-god-metode").exists()


def test_an_event_time_must_be_a_toml_datetime(db, tmp_path):
    event = """
[[events]]
slug = "forkert-tid"
title = "Temadag med tid som tekst"
kind = "temadag"
start = "4. marts 2027 kl. 9"
end = 2027-03-04T15:00:00
location = "Odense"
organiser = "Netværket"
audience = "Alle"
intro = "Om noget."
"""
    with pytest.raises(DemoDataError, match=r"«forkert-tid».*felt «start»"):
        load(tmp_path, "events", event)


def test_blocks_and_child_rows_are_validated_too(db, tmp_path):
    event = """
[[events]]
slug = "program-uden-titel"
title = "Temadag med et programpunkt uden titel"
kind = "temadag"
start = 2027-03-04T09:00:00
end = 2027-03-04T15:00:00
location = "Odense"
organiser = "Netværket"
audience = "Alle"
intro = "Om noget."
programme = [{ time = 09:00:00, speaker = "Nogen" }]
"""
    with pytest.raises(DemoDataError, match=r"felt «programme»: \[1\]: title"):
        load(tmp_path, "events", event)

    agreement = """
[[agreements]]
slug = "aftale-med-ukendt-fokus"
title = "Rammeaftale med et ukendt fokusområde"
region = "Region Sjælland"
period_start = 2027
period_end = 2028

[[agreements.focus_area_entries]]
focus_area = "findes-ikke"
goal = "Et mål."
"""
    with pytest.raises(
        DemoDataError, match=r"felt «focus_area_entries\[1\]\.focus_area».*findes-ikke"
    ):
        load(tmp_path, "agreements", agreement)


def test_model_rules_apply(db, tmp_path):
    """The model's own clean(): the period cannot end before it starts."""
    agreement = """
[[agreements]]
slug = "baglaens-aftale"
title = "Rammeaftale, der slutter før den begynder"
region = "Region Sjælland"
period_start = 2028
period_end = 2027
"""
    with pytest.raises(DemoDataError, match=r"felt «period_end»: Slutåret"):
        load(tmp_path, "agreements", agreement)


def test_duplicate_slugs_and_broken_toml_are_refused(db, tmp_path):
    with pytest.raises(DemoDataError, match="slug.*to gange"):
        load(tmp_path, "methods", GOOD_METHOD + GOOD_METHOD)
    with pytest.raises(DemoDataError, match="methods.toml"):
        load(tmp_path, "methods", "[[methods]\nslug = ")


def test_the_command_reports_a_bad_file_and_keeps_nothing(db, tmp_path):
    for path in DATA_DIR.glob("*.toml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    offers = tmp_path / "offers.toml"
    offers.write_text(
        offers.read_text(encoding="utf-8")
        + """
[[offers]]
slug = "nyt-tilbud"
name = "Et nyt tilbud"
operator = "Odense Kommune"
region = "Region Atlantis"
""",
        encoding="utf-8",
    )
    pages = Page.objects.count()

    with pytest.raises(CommandError) as caught:
        call_command("load_demo_content", data_dir=tmp_path, stdout=io.StringIO())

    assert "offers.toml" in str(caught.value)
    assert "«nyt-tilbud»" in str(caught.value)
    assert "felt «region»" in str(caught.value)
    assert "Region Atlantis" in str(caught.value)
    assert not Offer.objects.filter(slug="nyt-tilbud").exists()
    assert Page.objects.count() == pages


def test_a_new_entry_is_added_on_the_next_run(db, tmp_path):
    created = load(tmp_path, "methods", GOOD_METHOD)

    assert created == {"metoder": 1}
    page = MethodPage.objects.get(slug="ny-god-metode")
    assert page.live and page.get_parent().slug == "metoder"
    assert page.search_description == "Kort fortalt."
    assert load(tmp_path, "methods", GOOD_METHOD) == {"metoder": 0}


def test_a_second_run_changes_nothing(db):
    def snapshot():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            sorted(Page.objects.values_list("pk", "latest_revision_id")),
            sorted(Offer.objects.values_list("pk", "description")),
        )

    before = snapshot()
    out = io.StringIO()

    call_command("load_demo_content", stdout=out)

    assert snapshot() == before
    assert "metoder: 35/35 (0 nye)" in out.getvalue()
    assert "allerede indlæst" in out.getvalue()


def test_an_editors_changes_survive_a_rerun(db):
    method = MethodPage.objects.get(slug="fit-feedback-informed-treatment")
    method.summary = "Redaktørens egen formulering."
    method.save_revision().publish()
    offer = Offer.objects.get(slug="synscenter-refsnaes")
    offer.description = "Redaktørens egen beskrivelse."
    offer.save()
    section = Page.objects.get(slug="metoder").specific
    section.title = "Metoder"
    section.slug = "metoderne"
    section.save_revision().publish()

    call_command("load_demo_content", stdout=io.StringIO())

    method.refresh_from_db()
    assert method.summary == "Redaktørens egen formulering."
    offer.refresh_from_db()
    assert offer.description == "Redaktørens egen beskrivelse."
    # The renamed section is still the only one, and keeps its methods.
    assert Page.objects.filter(slug__in=["metoder", "metoderne"]).count() == 1
    assert MethodPage.objects.child_of(section).count() == 35


def test_production_does_not_know_the_demo(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "ELASTICSEARCH_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="kb.settings.production",
        SECRET_KEY="production-check",
        ALLOWED_HOSTS="vidensbanken.example.dk",
        KB_VAR_DIR=str(tmp_path),
    )
    for command in ("load_demo_content", "ensure_local_admin"):
        result = subprocess.run(
            [sys.executable, "manage.py", command, "--help"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode != 0
        assert f"Unknown command: '{command}'" in result.stderr
    assert "demo" in settings.INSTALLED_APPS  # the test settings do know it
