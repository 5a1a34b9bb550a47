"""A mail server that is down never breaks an action that succeeded: the
registration or membership request is saved and answered as usual, its
e-mails wait in the task table, and the worker sends them once the server
takes mail again."""

from django.core import mail
from django.test import Client
from django.urls import reverse

from kb.taxonomy.models import Municipality
from networks import services
from networks.models import EventRegistration, NetworkMembership, NetworkPage
from tests import factories
from tests.networks.conftest import make_user

DELIVER = "kb.core.mail.deliver_mail"


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_registration_and_membership_request_succeed_while_smtp_is_down(
    small_event,
    people,
    task_worker,
    smtp_down,
    django_capture_on_commit_callbacks,
):
    anne, bent = people[:2]
    network = factories.network_page(
        title="Erfanetværk om efterværn",
        membership=NetworkPage.Membership.CLOSED,
    )
    coordinator = make_user("koordinator")
    services.make_network_coordinator(network=network, user=coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        registered = client_for(anne).post(
            reverse("networks:register", args=[small_event.pk]),
            {
                "name": "Anne Hansen",
                "organisation": "Vejle Kommune",
                "municipality": Municipality.objects.get(name="Vejle").pk,
                "email": anne.email,
                "needs": "",
            },
        )
        requested = client_for(bent).post(
            reverse("networks:join_network", args=[network.pk]),
            {"organisation": "Odense Kommune"},
        )

    assert registered.status_code == 302
    assert registered["Location"] == reverse("networks:my_events")
    assert EventRegistration.objects.get(event=small_event, user=anne).status == (
        EventRegistration.Status.CONFIRMED
    )
    assert requested.status_code == 302
    assert NetworkMembership.objects.get(network=network, user=bent).status == (
        NetworkMembership.Status.REQUESTED
    )
    # The confirmation and the coordinator's notice wait to be sent.
    assert task_worker.waiting(DELIVER).count() == 2
    assert mail.outbox == []

    task_worker.run()  # the mail server is still down
    assert mail.outbox == []
    assert task_worker.failed(DELIVER).count() == 2
    # Each failed attempt is recorded with its cause; as a retry waits, it is
    # not a task given up.
    for result in task_worker.failed(DELIVER):
        assert result.exception_class_path == "kb.core.tasks.RetryScheduled"
        assert "ConnectionRefusedError" in result.traceback
    retries = task_worker.waiting(DELIVER)
    assert [r.args_kwargs["kwargs"] for r in retries] == [{}, {}]
    assert sorted(r.args_kwargs["args"][1] for r in retries) == [2, 2]

    task_worker.run()  # before the pause has passed nothing is tried
    assert task_worker.failed(DELIVER).count() == 2

    smtp_down.come_back()
    task_worker.let_pauses_pass()
    task_worker.run()

    sent = {message.to[0]: message for message in mail.outbox}
    assert sorted(sent) == [anne.email, coordinator.email]
    assert sent[anne.email].subject == f"Du er tilmeldt: {small_event.title}"
    (ics,) = sent[anne.email].attachments
    assert ics[0].endswith(".ics") and "BEGIN:VEVENT" in ics[1]
    assert "Erfanetværk om efterværn" in sent[coordinator.email].subject
    assert not task_worker.waiting(DELIVER).exists()
