"""Remember what the members were told about a meeting (its minutes, its
files), so new minutes and files are announced once. What exists already
counts as announced: deploying this sends nobody mail about old meetings."""

import hashlib

from django.db import migrations, models
from django.utils import timezone


def minutes_hash(minutes: str) -> str:
    # The same as networks.coordination.minutes_hash (frozen here).
    text = minutes.strip()
    return hashlib.sha256(text.encode()).hexdigest() if text else ""


def mark_existing_as_announced(apps, schema_editor):
    NetworkMeeting = apps.get_model("networks", "NetworkMeeting")
    MeetingDocument = apps.get_model("networks", "MeetingDocument")
    for meeting in NetworkMeeting.objects.exclude(minutes=""):
        meeting.minutes_announced_hash = minutes_hash(meeting.minutes)
        meeting.save(update_fields=["minutes_announced_hash"])
    MeetingDocument.objects.update(announced_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0010_registration_reminder_and_attendance"),
    ]

    operations = [
        migrations.AddField(
            model_name="meetingdocument",
            name="announced_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="networkmeeting",
            name="minutes_announced_hash",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.RunPython(mark_existing_as_announced, migrations.RunPython.noop),
    ]
