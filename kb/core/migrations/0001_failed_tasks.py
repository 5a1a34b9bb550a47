"""The permission to see and resend failed tasks, on a proxy of django-tasks'
task table (no table of its own).

Before this, an e-mail attempt that failed and queued the next one was
recorded with the mail server's error, like a message given up; such rows
are now marked as retried (``kb.core.tasks.RetryScheduled``), so the screen
of failed tasks does not offer to send again a message that was sent later.
"""

from django.db import migrations

DELIVER_MAIL = "kb.core.mail.deliver_mail"
RETRY_SCHEDULED = "kb.core.tasks.RetryScheduled"
# kb.core.mail.MAX_ATTEMPTS when this was written: every attempt before the
# last queued its successor.
MAX_ATTEMPTS = 12


def _attempt(args_kwargs) -> int:
    args = args_kwargs.get("args") or []
    if len(args) > 1:
        return args[1]
    return (args_kwargs.get("kwargs") or {}).get("attempt", 1)


def mark_retried_attempts(apps, schema_editor):
    tasks = apps.get_model("django_tasks_database", "DBTaskResult").objects
    retried = [
        task.pk
        for task in tasks.filter(task_path=DELIVER_MAIL, status="FAILED")
        .exclude(exception_class_path=RETRY_SCHEDULED)
        .only("pk", "args_kwargs")
        if _attempt(task.args_kwargs) < MAX_ATTEMPTS
    ]
    for start in range(0, len(retried), 500):
        tasks.filter(pk__in=retried[start : start + 500]).update(
            exception_class_path=RETRY_SCHEDULED
        )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.CreateModel(
            name="FailedTask",
            fields=[],
            options={
                "verbose_name": "mislykket opgave",
                "verbose_name_plural": "mislykkede opgaver",
                "permissions": [
                    ("retry_failedtask", "Kan se og sende mislykkede opgaver igen")
                ],
                "default_permissions": (),
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("django_tasks_database.dbtaskresult",),
        ),
        # Backwards the rows keep the mark: nothing reads it there.
        migrations.RunPython(mark_retried_attempts, migrations.RunPython.noop),
    ]
