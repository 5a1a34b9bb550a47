"""The waiting list is served first, in order, whenever seats free up: a
raised capacity, a cancellation, a registration removed in the admin; and an
organiser can give one person a seat by hand."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from kb.core.exceptions import ActionRefused
from kb.taxonomy.models import Municipality
from networks.models import EventRegistration
from networks.services import give_seat_by_hand, register_for_event
from tests.forms import form_values, post_data
from tests.networks.conftest import make_user


def register(event, user):
    return register_for_event(
        event=event,
        user=user,
        name=user.username.title(),
        organisation="Vejle Kommune",
        email=user.email,
        municipality=Municipality.objects.get(name="Vejle"),
    )


def statuses(event):
    return {
        r.user.username: r.status
        for r in EventRegistration.objects.filter(event=event).select_related("user")
    }


@pytest.fixture
def full_event(small_event, people):
    """Two seats taken (anne, bent), carla and dorte waiting in that order."""
    for person in people:
        register(small_event, person)
    mail.outbox.clear()
    return small_event


def test_raising_capacity_promotes_the_waiting_list_in_order(
    full_event, people, django_capture_on_commit_callbacks
):
    full_event.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        full_event.save_revision().publish()

    assert statuses(full_event) == {
        "anne": "confirmed",
        "bent": "confirmed",
        "carla": "confirmed",
        "dorte": "waiting",
    }
    assert [m.to for m in mail.outbox] == [["carla@example.dk"]]
    assert mail.outbox[0].subject == f"Du har fået en plads: {full_event.title}"


def test_a_newcomer_never_takes_a_seat_before_the_waiting_list(
    full_event, people, django_capture_on_commit_callbacks
):
    # Capacity raised without the admin (e.g. a script): the next
    # registration still serves the waiting list first.
    type(full_event).objects.filter(pk=full_event.pk).update(capacity=3)
    newcomer = make_user("erik")
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(full_event, newcomer)

    assert registration.status == "waiting"
    assert statuses(full_event)["carla"] == "confirmed"
    assert statuses(full_event)["dorte"] == "waiting"
    assert "carla@example.dk" in [m.to[0] for m in mail.outbox]


def test_removing_the_limit_gives_everyone_waiting_a_seat(
    full_event, django_capture_on_commit_callbacks
):
    full_event.capacity = None
    with django_capture_on_commit_callbacks(execute=True):
        full_event.save_revision().publish()
    assert set(statuses(full_event).values()) == {"confirmed"}
    assert sorted(m.to[0] for m in mail.outbox) == [
        "carla@example.dk",
        "dorte@example.dk",
    ]


def test_deleting_a_registration_frees_its_seat_for_the_waiting_list(
    full_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        EventRegistration.objects.get(user__username="anne").delete()
    assert statuses(full_event) == {
        "bent": "confirmed",
        "carla": "confirmed",
        "dorte": "waiting",
    }


def test_raising_capacity_in_the_admin_promotes_and_emails(
    admin_client, full_event, django_capture_on_commit_callbacks
):
    url = reverse("wagtailadmin_pages:edit", args=[full_event.pk])
    values = form_values(admin_client.get(url).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            url, post_data(values, capacity="4", **{"action-publish": "publish"})
        )
    assert response.status_code == 302
    assert set(statuses(full_event).values()) == {"confirmed"}
    assert len(mail.outbox) == 2


def test_an_organiser_gives_a_seat_out_of_turn_beyond_capacity(
    editor_client, editor, full_event, django_capture_on_commit_callbacks
):
    dorte = EventRegistration.objects.get(user__username="dorte")
    url = reverse("networks:participants", args=[full_event.pk])
    html = editor_client.get(url).content.decode()
    assert "Giv Dorte en plads ud over kapaciteten" in html

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("networks:give_seat", args=[dorte.pk]), follow=True
        )

    assert "Dorte har fået en plads" in response.content.decode()
    assert statuses(full_event)["dorte"] == "confirmed"
    assert statuses(full_event)["carla"] == "waiting"
    assert [m.to for m in mail.outbox] == [["dorte@example.dk"]]


def test_only_organisers_give_seats_by_hand(full_event, people):
    carla = EventRegistration.objects.get(user__username="carla")
    with pytest.raises(ActionRefused):
        give_seat_by_hand(registration=carla, by_user=people[0])
    client = Client()
    client.force_login(people[0])
    response = client.post(reverse("networks:give_seat", args=[carla.pk]))
    assert response.status_code == 404
    assert statuses(full_event)["carla"] == "waiting"


def test_give_seat_refuses_get(editor_client, full_event):
    carla = EventRegistration.objects.get(user__username="carla")
    response = editor_client.get(reverse("networks:give_seat", args=[carla.pk]))
    assert response.status_code == 405
