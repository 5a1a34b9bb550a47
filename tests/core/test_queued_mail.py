"""Every e-mail goes through the task queue, whoever sends it: Django's own
functions, Wagtail's moderation notices and admin password reset, allauth's
password reset. While the mail server is down the action succeeds, the
message waits in the task table, and the worker delivers it once the server
is back (fixture ``smtp_down``: as in production, ``EMAIL_BACKEND`` is the
queue and the worker sends by SMTP)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import send_mail
from django.urls import reverse

from accounts.models import EDITOR_GROUP, MODERATOR_GROUP
from kb.core.failed_tasks import describe, given_up
from tests import factories

DELIVER = "kb.core.mail.deliver_mail"

pytestmark = pytest.mark.django_db


def delivered_after_outage(task_worker, smtp_down):
    """The worker tries while the server is down (nothing is sent, nothing
    lost), then again once it is back; returns what was delivered."""
    task_worker.run()
    assert mail.outbox == []
    assert task_worker.waiting(DELIVER).exists()
    smtp_down.come_back()
    task_worker.let_pauses_pass()
    task_worker.run()
    assert not task_worker.waiting(DELIVER).exists()
    return list(mail.outbox)


def test_a_message_sent_with_djangos_functions_is_queued_once(task_worker, smtp_down):
    assert send_mail("Hej", "Tekst", None, ["a@example.dk"]) == 1
    assert task_worker.waiting(DELIVER).count() == 1
    assert mail.outbox == []

    (sent,) = delivered_after_outage(task_worker, smtp_down)

    assert (sent.subject, sent.to) == ("Hej", ["a@example.dk"])


def test_the_worker_never_delivers_into_the_queue_itself(
    task_worker, smtp_down, settings
):
    settings.KB_EMAIL_DELIVERY_BACKEND = settings.EMAIL_BACKEND
    send_mail("Hej", "Tekst", None, ["a@example.dk"])
    task_worker.run()
    # Not queued again for ever: given up at once, with the reason.
    assert not task_worker.waiting(DELIVER).exists()
    (failed,) = given_up()
    assert "KB_EMAIL_DELIVERY_BACKEND must be a backend that sends" in (
        describe(failed).error
    )


def test_a_wagtail_admin_password_reset_waits_for_the_mail_server(
    client, task_worker, smtp_down
):
    user = factories.user(email="redaktoer-glemt@example.dk", groups=[EDITOR_GROUP])

    response = client.post(
        reverse("wagtailadmin_password_reset"), {"email": user.email}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_password_reset_done")
    (sent,) = delivered_after_outage(task_worker, smtp_down)
    assert sent.to == [user.email]
    assert re.search(r"/admin/password_reset/confirm/\S+/\S+/", sent.body)


def test_a_moderation_notice_waits_for_the_mail_server(task_worker, smtp_down):
    moderator = factories.user(email="godkender@example.dk", groups=[MODERATOR_GROUP])
    editor = factories.user(email="skribent@example.dk", groups=[EDITOR_GROUP])
    page = factories.method_page(title="Metode til godkendelse")
    workflow = page.get_workflow()
    assert workflow is not None, "the site's approval workflow"
    # Superusers of the demo site are told too; this test is about the
    # moderator's notice.
    get_user_model().objects.filter(is_superuser=True).update(email="")

    workflow.start(page, editor)  # the editor submits the page for approval

    sent = delivered_after_outage(task_worker, smtp_down)
    (notice,) = [message for message in sent if message.to == [moderator.email]]
    assert "Metode til godkendelse" in notice.subject + notice.body


def test_an_allauth_password_reset_waits_for_the_mail_server(
    client, task_worker, smtp_down
):
    user = factories.user(email="glemsom@example.dk")

    response = client.post(reverse("account_reset_password"), {"email": user.email})

    assert response.status_code == 302
    (sent,) = delivered_after_outage(task_worker, smtp_down)
    assert sent.to == [user.email]
    assert "/konto/password/reset/key/" in sent.body
