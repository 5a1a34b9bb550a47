"""Tasks that failed for good: the administrators' screen (Settings →
Mislykkede opgaver) with «Send igen», and ``manage.py retry_failed_tasks``
for operators. Sent again, a task starts afresh and the worker runs it."""

import datetime as dt
import importlib
import io

import pytest
from django.apps import apps as django_apps
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.models import COORDINATOR_GROUP
from kb.core.failed_tasks import (
    RETRIED,
    RETRY_PERMISSION,
    describe,
    given_up,
    retry_failed_task,
)
from kb.core.mail import MAX_ATTEMPTS, send_message
from tests import factories

DELIVER = "kb.core.mail.deliver_mail"
REFUSED = "ConnectionRefusedError: [Errno 111] Connection refused"

pytestmark = pytest.mark.django_db


def listing():
    return reverse("failed_tasks")


def send_again():
    return reverse("failed_tasks_retry")


# --- what counts as failed ---------------------------------------------------


def test_only_a_message_given_up_counts_as_failed(task_worker, smtp_down):
    send_message(
        EmailMessage("Hej Åse", "Tekst", to=["aase@example.dk", "bo@example.dk"])
    )
    task_worker.run()  # the first attempt fails; the second waits

    assert task_worker.failed(DELIVER).count() == 1
    assert not given_up().exists()

    (waiting,) = task_worker.waiting(DELIVER)
    message = waiting.args_kwargs["args"][0]
    waiting.args_kwargs = {"args": [message, MAX_ATTEMPTS], "kwargs": {}}
    waiting.save()
    task_worker.let_pauses_pass()
    task_worker.run()  # the last attempt fails too: given up

    (failed,) = given_up()
    view = describe(failed)
    assert view.title == "E-mail «Hej Åse» til 2 modtagere"
    assert view.recipients == ["aase@example.dk", "bo@example.dk"]
    assert view.attempts == MAX_ATTEMPTS
    assert view.error == REFUSED
    assert view.can_retry


def test_attempts_recorded_before_the_screen_existed_are_not_failed_tasks():
    """Earlier, an attempt that queued its successor kept the mail server's
    error; the migration marks those, so nothing sent later is offered
    again."""
    retried = factories.failed_mail("Sendt senere", attempts=3)
    given_up_mail = factories.failed_mail("Opgivet", attempts=MAX_ATTEMPTS)
    job = factories.failed_task("networks.tasks.send_event_reminders")
    assert set(given_up()) == {retried, given_up_mail, job}

    migration = importlib.import_module("kb.core.migrations.0001_failed_tasks")
    migration.mark_retried_attempts(django_apps, None)

    assert set(given_up()) == {given_up_mail, job}
    retried.refresh_from_db()
    assert REFUSED in retried.traceback  # the error itself is kept


def test_a_crashed_job_has_its_danish_name_and_one_attempt():
    job = factories.failed_task(
        "networks.tasks.send_event_reminders", error="RuntimeError: " + "x" * 300
    )
    view = describe(job)
    assert view.title == "Påmindelser om arrangementer"
    assert view.attempts == 1
    assert view.recipients == []
    assert len(view.error) == 160 and view.error.endswith("…")


# --- the screen -------------------------------------------------------------


def test_an_administrator_sees_what_failed_and_for_whom(admin_client):
    factories.failed_mail("Du er tilmeldt: Temadag", to=["anne@example.dk"])
    factories.failed_task(
        "networks.tasks.send_event_reminders",
        error="RuntimeError: Databasen svarede ikke",
    )

    response = admin_client.get(listing())

    assert response.status_code == 200
    html = response.content.decode()
    assert "E-mail «Du er tilmeldt: Temadag» til 1 modtager" in html
    assert "anne@example.dk" in html
    assert REFUSED in html
    assert f"<td>{MAX_ATTEMPTS}</td>" in html
    assert "Påmindelser om arrangementer" in html
    assert "RuntimeError: Databasen svarede ikke" in html
    # One form (with its CSRF token), a button per row and one for the chosen.
    assert html.count('name="retry"') == 2
    assert html.count('type="checkbox" name="task"') == 2
    assert 'name="csrfmiddlewaretoken"' in html
    assert "Send de valgte igen" in html
    assert (
        "Mislykkede opgaver"
        in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_the_permission_opens_the_screen_but_not_the_addresses(client):
    holder = factories.user(permissions=("wagtailadmin.access_admin", RETRY_PERMISSION))
    client.force_login(holder)
    factories.failed_mail("Hej", to=["anne@example.dk", "bo@example.dk"])

    response = client.get(listing())

    assert response.status_code == 200
    html = response.content.decode()
    assert "E-mail «Hej» til 2 modtagere" in html
    assert "anne@example.dk" not in html and "bo@example.dk" not in html
    assert ">Modtagere<" not in html


def test_nothing_failed_says_so(admin_client):
    html = admin_client.get(listing()).content.decode()
    assert "Ingen mislykkede opgaver." in html


@pytest.mark.parametrize("role", ["editor", "coordinator", "anonymous"])
def test_others_neither_see_nor_send(role, editor):
    failed = factories.failed_mail("Hej", to=["anne@example.dk"])
    client = Client()
    if role == "editor":
        client.force_login(editor)
    elif role == "coordinator":
        client.force_login(factories.user(groups=[COORDINATOR_GROUP]))

    seen = client.get(listing())
    sent = client.post(send_again(), {"retry": failed.pk})

    for response in (seen, sent):
        assert response.status_code == 302
        if role == "editor":  # Wagtail's "no permission": back to the dashboard
            assert response["Location"] == reverse("wagtailadmin_home")
        else:
            assert response["Location"].startswith(reverse("account_login"))
    assert list(given_up()) == [failed]
    if role == "editor":
        home = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Mislykkede opgaver" not in home


def test_send_again_needs_the_csrf_token(superuser):
    failed = factories.failed_mail()
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    assert client.post(send_again(), {"retry": failed.pk}).status_code == 403
    assert list(given_up()) == [failed]


# --- «Send igen» -------------------------------------------------------------


def test_send_again_queues_the_message_afresh_and_the_worker_delivers_it(
    admin_client, superuser, task_worker
):
    failed = factories.failed_mail("Du er tilmeldt", to=["anne@example.dk"])

    response = admin_client.post(send_again(), {"retry": failed.pk})

    assert response.status_code == 302
    assert response["Location"] == listing()
    assert not given_up().exists()
    (waiting,) = task_worker.waiting(DELIVER)
    # A fresh start: all its attempts again.
    assert waiting.args_kwargs == {
        "args": [],
        "kwargs": {"message": failed.args_kwargs["args"][0]},
    }
    entry = ModelLogEntry.objects.get(action=RETRIED)
    assert entry.user == superuser
    assert entry.label == "E-mail «Du er tilmeldt» til 1 modtager"
    assert entry.message == (
        f"E-mail «Du er tilmeldt» til 1 modtager blev sat i kø igen efter "
        f"{MAX_ATTEMPTS} forsøg"
    )
    assert "anne@example.dk" not in str(entry.data)

    task_worker.run()

    (sent,) = mail.outbox
    assert (sent.subject, sent.to) == ("Du er tilmeldt", ["anne@example.dk"])
    html = admin_client.get(listing()).content.decode()
    assert "1 opgave er sat i kø igen." in html
    assert "Ingen mislykkede opgaver." in html


def test_send_the_chosen_ones_again(admin_client, task_worker):
    first, second, third = (factories.failed_mail(s) for s in ("A", "B", "C"))

    response = admin_client.post(
        send_again(), {"task": [first.pk, third.pk], "retry_selected": "1"}, follow=True
    )

    assert "2 opgaver er sat i kø igen." in response.content.decode()
    assert list(given_up()) == [second]
    task_worker.run()
    assert sorted(message.subject for message in mail.outbox) == ["A", "C"]


def test_nothing_chosen_or_nonsense_changes_nothing(admin_client):
    failed = factories.failed_mail()

    none = admin_client.post(send_again(), {"retry_selected": "1"}, follow=True)
    nonsense = admin_client.post(send_again(), {"retry": "ikke-et-id"}, follow=True)

    assert "Vælg mindst én opgave, der skal sendes igen." in none.content.decode()
    assert nonsense.status_code == 200
    assert "Ingen af de valgte opgaver blev sat i kø igen" in nonsense.content.decode()
    assert admin_client.get(send_again()).status_code == 405
    assert list(given_up()) == [failed]


def test_a_task_is_sent_again_once_only(task_worker):
    failed = factories.failed_mail()
    assert retry_failed_task(failed) is True
    assert retry_failed_task(failed) is False  # e.g. two administrators at once
    assert task_worker.waiting(DELIVER).count() == 1


def test_a_task_that_no_longer_exists_is_shown_but_not_sent(admin_client):
    gone = factories.failed_task("networks.tasks.findes_ikke")

    html = admin_client.get(listing()).content.decode()

    assert "findes_ikke" in html
    assert "Opgaven findes ikke længere" in html
    assert 'name="retry"' not in html
    assert retry_failed_task(gone) is False
    assert list(given_up()) == [gone]


# --- manage.py retry_failed_tasks ---------------------------------------------


def run(*args):
    out = io.StringIO()
    call_command("retry_failed_tasks", *args, stdout=out)
    return out.getvalue()


def test_the_command_lists_what_it_would_send_and_changes_nothing(task_worker):
    factories.failed_mail("Gammel", failed_at=timezone.now() - dt.timedelta(days=3))
    factories.failed_task("networks.tasks.send_event_reminders")

    out = run("--dry-run")

    assert "2 mislykkede opgave(r) ville blive sendt igen (--dry-run):" in out
    assert f"E-mail «Gammel» til 1 modtager  ({MAX_ATTEMPTS} forsøg): {REFUSED}" in out
    assert "Påmindelser om arrangementer  (1 forsøg)" in out
    assert given_up().count() == 2
    assert not task_worker.waiting(DELIVER).exists()
    assert not ModelLogEntry.objects.filter(action=RETRIED).exists()


def test_the_command_sends_again_by_task_and_age(task_worker):
    now = timezone.now()
    old = factories.failed_mail("Gammel", failed_at=now - dt.timedelta(days=3))
    factories.failed_mail("Ny", failed_at=now - dt.timedelta(hours=1))
    job = factories.failed_task("networks.tasks.send_event_reminders")

    out = run("--task", "deliver_mail", "--failed-within-hours", "24")

    assert "1 mislykkede opgave(r) sendes igen:" in out
    assert "1/1" in out  # the progress bar's last state
    assert "1 af 1 opgave(r) sat i kø igen." in out
    assert set(given_up()) == {old, job}
    entry = ModelLogEntry.objects.get(action=RETRIED)
    assert entry.user is None
    task_worker.run()
    assert [message.subject for message in mail.outbox] == ["Ny"]

    out = run("--failed-hours-ago", "48")
    assert "1 af 1 opgave(r) sat i kø igen." in out
    assert list(given_up()) == [job]
    assert run("--task", "kb.core.mail.deliver_mail") == (
        "Ingen mislykkede opgaver passer.\n"
    )
