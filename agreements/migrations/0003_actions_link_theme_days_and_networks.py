"""An agreement's actions (handlinger) become rows that can be linked to the
theme days and networks that carry them out. The text (one action per line)
becomes one row per line, in the published page and in its revisions, so an
editor who re-publishes an older revision loses nothing."""

import json
import uuid

import wagtail.fields
from django.db import migrations

ACTIONS = wagtail.fields.StreamField(
    [("action", 5)],
    blank=True,
    block_lookup={
        0: ("wagtail.blocks.CharBlock", (), {"label": "handling", "max_length": 500}),
        1: (
            "wagtail.blocks.PageChooserBlock",
            (),
            {"label": "temadag", "page_type": ["networks.ThemeDayPage"]},
        ),
        2: (
            "wagtail.blocks.ListBlock",
            (1,),
            {"default": [], "label": "temadage, der udfører handlingen"},
        ),
        3: (
            "wagtail.blocks.PageChooserBlock",
            (),
            {"label": "netværk", "page_type": ["networks.NetworkPage"]},
        ),
        4: (
            "wagtail.blocks.ListBlock",
            (3,),
            {"default": [], "label": "netværk, der udfører handlingen"},
        ),
        5: (
            "wagtail.blocks.StructBlock",
            [[("text", 0), ("theme_days", 2), ("networks", 4)]],
            {},
        ),
    },
    help_text="Én række pr. handling, med de temadage og netværk, der udfører den.",
    verbose_name="handlinger",
)


def lines(text):
    return [
        line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")
    ]


def rows(text):
    return [
        {
            "type": "action",
            "value": {"text": line, "theme_days": [], "networks": []},
            "id": str(uuid.uuid4()),
        }
        for line in lines(text)
    ]


def is_stream(value):
    try:
        return isinstance(json.loads(value), list)
    except (TypeError, ValueError):
        return False


def text_to_stream(value):
    """Stored text (one action per line) as stored rows; None if it is
    rows already."""
    return None if is_stream(value) else json.dumps(rows(value))


def stream_to_text(value):
    """Stored rows as text, one action per line (for going back)."""
    if not is_stream(value):
        return None
    return "\n".join(row["value"]["text"] for row in json.loads(value))


def convert_revisions(apps, convert):
    """Convert the actions in every saved revision of an agreement."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(
        app_label="agreements", model="frameworkagreementpage"
    ).first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        changed = False
        for entry in revision.content.get("focus_area_entries") or []:
            new = convert(entry.get("actions"))
            if new is not None:
                entry["actions"] = new
                changed = True
        if changed:
            revision.save(update_fields=["content"])


def text_to_rows(apps, schema_editor):
    AgreementFocusArea = apps.get_model("agreements", "AgreementFocusArea")
    for entry in AgreementFocusArea.objects.all():
        entry.action_rows = text_to_stream(entry.actions)
        entry.save(update_fields=["action_rows"])
    convert_revisions(apps, text_to_stream)


def rows_to_text(apps, schema_editor):
    AgreementFocusArea = apps.get_model("agreements", "AgreementFocusArea")
    for entry in AgreementFocusArea.objects.all():
        entry.actions = "\n".join(
            row["value"]["text"] for row in entry.action_rows.raw_data
        )
        entry.save(update_fields=["actions"])
    convert_revisions(apps, stream_to_text)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0002_status_from_period"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="agreementfocusarea", name="action_rows", field=ACTIONS
        ),
        migrations.RunPython(text_to_rows, rows_to_text),
        migrations.RemoveField(model_name="agreementfocusarea", name="actions"),
        migrations.RenameField(
            model_name="agreementfocusarea", old_name="action_rows", new_name="actions"
        ),
    ]
