"""Network coordinators run their own network: meetings with minutes and
files for their own network only (every id checked), membership requests
e-mailed to the coordinator accounts and decided on the site, members told
once of new minutes and files, and administrators who appoint and remove
coordinators in the admin."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from kb.core.exceptions import ActionRefused
from networks import coordination, services
from networks.models import (
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
    NetworkPage,
)
from tests import factories
from tests.networks.conftest import make_user


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the e-mails) as the request ends."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def world(db):
    """Network X (closed) with a coordinator, two members and an applicant;
    network Y with its own coordinator and a meeting with a file."""
    x = factories.network_page(
        title="Erfanetværk Syd",
        membership=NetworkPage.Membership.CLOSED,
        coordinator_email="kontakt@netvaerk-syd.dk",
    )
    y = factories.network_page(title="Erfanetværk Nord")
    people = {
        name: make_user(name, first_name=name.title())
        for name in ("koordinator", "anden", "medlem", "medlem2", "ude", "ansoeger")
    }
    services.make_network_coordinator(network=x, user=people["koordinator"])
    services.make_network_coordinator(network=y, user=people["anden"])
    for name in ("medlem", "medlem2"):
        NetworkMembership.objects.create(network=x, user=people[name], status="member")
    theirs = NetworkMeeting.objects.create(
        network=y, title="Nords møde", start=timezone.now(), minutes="Nords referat"
    )
    their_document = MeetingDocument(meeting=theirs, title="Nords bilag")
    their_document.file.save("nord.pdf", ContentFile(b"%PDF-1.4 nord"))
    return {
        "x": x,
        "y": y,
        "theirs": theirs,
        "their_document": their_document,
        **people,
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def meeting_data(**fields):
    start = timezone.localtime() + dt.timedelta(days=3)
    return {
        "title": "Erfamøde i Vejle",
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "location": "Vejle Rådhus",
        "agenda": "1. Velkomst\n2. Efterværn",
        "minutes": "",
        "document_title": "",
        **fields,
    }


def pdf(name="oplaeg.pdf", content=b"%PDF-1.4 fortrolige slides"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def recipients(outbox):
    return sorted(address for message in outbox for address in message.to)


# --- meetings ------------------------------------------------------------------


def test_coordinator_posts_a_meeting_with_minutes_and_a_file(world, on_commit):
    client = client_for(world["koordinator"])
    x = world["x"]
    page = client.get(reverse("networks:coordinate_network", args=[x.pk]))
    assert page.status_code == 200
    assert "Opret et møde" in page.content.decode()

    with on_commit():
        response = client.post(
            reverse("networks:new_meeting", args=[x.pk]),
            meeting_data(
                minutes="Vi drøftede efterværn.",
                document_title="Oplæg om efterværn",
                document_file=pdf(),
            ),
        )
    assert response.status_code == 302
    meeting = NetworkMeeting.objects.get(title="Erfamøde i Vejle")
    assert meeting.network_id == x.pk
    document = meeting.documents.get()
    assert document.title == "Oplæg om efterværn"

    # Each accepted member gets one message; not the coordinator who wrote
    # it, not the applicant, not the other network.
    assert recipients(mail.outbox) == ["medlem2@example.dk", "medlem@example.dk"]
    assert mail.outbox[0].subject == "Nyt referat og nye filer: Erfamøde i Vejle"
    assert "Oplæg om efterværn" in mail.outbox[0].body
    assert x.url + "#moeder" in mail.outbox[0].body

    # The member downloads it as an attachment; the other network's
    # coordinator does not find it.
    download = client_for(world["medlem"]).get(document.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == b"%PDF-1.4 fortrolige slides"
    # Closes the file without download.close(), which sends request_finished
    # and so closes the test's database connection on PostgreSQL.
    for close in download._resource_closers:
        close()
    assert (
        client_for(world["anden"]).get(document.get_absolute_url()).status_code == 404
    )

    network_page = client_for(world["medlem"]).get(x.url).content.decode()
    assert "Vi drøftede efterværn." in network_page


def test_the_form_keeps_the_input_and_says_what_is_wrong(world):
    client = client_for(world["koordinator"])
    response = client.post(
        reverse("networks:new_meeting", args=[world["x"].pk]),
        meeting_data(start="", agenda="Punkt 1"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dette felt er påkrævet." in html
    assert "Punkt 1" in html and "Erfamøde i Vejle" in html
    assert not NetworkMeeting.objects.filter(title="Erfamøde i Vejle").exists()


def test_a_file_of_the_wrong_kind_is_refused(world):
    client = client_for(world["koordinator"])
    response = client.post(
        reverse("networks:new_meeting", args=[world["x"].pk]),
        meeting_data(document_file=pdf("virus.exe", b"MZ")),
    )
    assert response.status_code == 200
    assert "Filtypen «.exe» kan ikke uploades" in response.content.decode()
    assert not MeetingDocument.objects.filter(meeting__network=world["x"]).exists()


def test_a_file_named_with_a_cpr_number_is_refused_in_danish(world):
    """Found by the fuzz tests: without a title the file's name became the
    document's title, and its CPR check then failed with HTTP 500."""
    client = client_for(world["koordinator"])
    response = client.post(
        reverse("networks:new_meeting", args=[world["x"].pk]),
        meeting_data(document_file=pdf("Referat 010190-1234.pdf")),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Filens navn ser ud til at indeholde et CPR-nummer" in html
    assert "Erfamøde i Vejle" in html  # the input is kept
    assert not MeetingDocument.objects.filter(meeting__network=world["x"]).exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("slides.pdf", b"<!DOCTYPE html><script>alert(1)</script>"),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(world, name, content):
    client = client_for(world["koordinator"])
    response = client.post(
        reverse("networks:new_meeting", args=[world["x"].pk]),
        meeting_data(document_file=pdf(name, content)),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Filens indhold passer ikke til typen" in html
    assert "Erfamøde i Vejle" in html  # the input is kept
    assert not MeetingDocument.objects.filter(meeting__network=world["x"]).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_networks_pages_and_meetings_are_not_found(world, method):
    """Coordinator of X, with the ids of Y's network and meeting."""
    client = client_for(world["koordinator"])
    y, theirs = world["y"], world["theirs"]
    send = getattr(client, method)
    for url in (
        reverse("networks:coordinate_network", args=[y.pk]),
        reverse("networks:new_meeting", args=[y.pk]),
        reverse("networks:edit_meeting", args=[theirs.pk]),
    ):
        assert send(url, meeting_data(minutes="Overskrevet")).status_code == 404, url
    theirs.refresh_from_db()
    assert theirs.minutes == "Nords referat"
    assert not y.meetings.exclude(pk=theirs.pk).exists()
    response = client.get(world["their_document"].get_absolute_url())
    assert response.status_code == 404


def test_another_networks_meeting_is_not_listed(world):
    NetworkMeeting.objects.create(
        network=world["x"], title="Syds møde", start=timezone.now()
    )
    html = (
        client_for(world["koordinator"])
        .get(reverse("networks:coordinate_network", args=[world["x"].pk]))
        .content.decode()
    )
    assert "Syds møde" in html
    assert "Nords møde" not in html


def test_members_and_strangers_do_not_coordinate(world):
    for name in ("medlem", "ude"):
        client = client_for(world[name])
        url = reverse("networks:coordinate_network", args=[world["x"].pk])
        assert client.get(url).status_code == 404
        assert "Koordinér netværket" not in client.get(world["x"].url).content.decode()
    html = client_for(world["koordinator"]).get(world["x"].url).content.decode()
    assert "Koordinér netværket" in html


def test_the_service_refuses_another_network_and_moving_a_meeting(world):
    with pytest.raises(ActionRefused):
        coordination.save_meeting(
            meeting=NetworkMeeting(
                network=world["y"], title="Ind", start=timezone.now()
            ),
            by=world["koordinator"],
        )
    own = NetworkMeeting.objects.create(
        network=world["x"], title="Vores", start=timezone.now()
    )
    own.network = world["y"]
    with pytest.raises(ActionRefused):
        coordination.save_meeting(meeting=own, by=world["koordinator"])
    assert NetworkMeeting.objects.get(pk=own.pk).network_id == world["x"].pk


def test_members_are_told_once_per_change(world, on_commit):
    client = client_for(world["koordinator"])
    with on_commit():
        client.post(
            reverse("networks:new_meeting", args=[world["x"].pk]), meeting_data()
        )
    assert mail.outbox == []  # an agenda only: nothing to announce yet
    meeting = NetworkMeeting.objects.get(title="Erfamøde i Vejle")
    edit = reverse("networks:edit_meeting", args=[meeting.pk])

    def save(**fields):
        mail.outbox.clear()
        with on_commit():
            response = client.post(edit, meeting_data(**fields))
        assert response.status_code == 302
        return [message.subject for message in mail.outbox]

    assert save(minutes="Referat v1") == ["Nyt referat: Erfamøde i Vejle"] * 2
    assert save(minutes="Referat v1") == []
    assert save(minutes="  Referat v1\n") == []  # only whitespace changed
    assert (
        save(minutes="Referat v1", document_file=pdf())
        == ["Nye filer: Erfamøde i Vejle"] * 2
    )
    assert save(minutes="Referat v1") == []
    assert save(minutes="Referat v2") == ["Nyt referat: Erfamøde i Vejle"] * 2
    assert save(minutes="") == []
    # Announcing again by hand finds nothing new either.
    with on_commit():
        assert coordination.announce_changes(meeting.pk) == 0
    assert len(mail.outbox) == 0


def test_minutes_added_in_the_admin_are_announced_too(world, on_commit, admin_client):
    meeting = NetworkMeeting.objects.create(
        network=world["x"], title="Adminmøde", start=timezone.now()
    )
    url = reverse("wagtailsnippets_networks_networkmeeting:edit", args=[meeting.pk])
    data = {
        "network": world["x"].pk,
        "title": "Adminmøde",
        "start": timezone.localtime(meeting.start).strftime("%Y-%m-%d %H:%M"),
        "location": "",
        "agenda": "",
        "minutes": "Skrevet af sekretariatet",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
    }
    for _ in range(2):
        with on_commit():
            response = admin_client.post(url, data)
        assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes == "Skrevet af sekretariatet"
    # Once, to every member (the coordinator too: someone else wrote it).
    assert recipients(mail.outbox) == [
        "koordinator@example.dk",
        "medlem2@example.dk",
        "medlem@example.dk",
    ]


# --- membership requests ---------------------------------------------------------


def test_requests_are_mailed_to_the_coordinator_accounts(world, on_commit):
    second = make_user("medkoordinator")
    services.make_network_coordinator(network=world["x"], user=second)
    with on_commit():
        membership = services.join_network(
            network=world["x"], user=world["ansoeger"], organisation="Vejle Kommune"
        )
    # Not the contact address on the page, not the other network's coordinator.
    assert recipients(mail.outbox) == [
        "koordinator@example.dk",
        "medkoordinator@example.dk",
    ]
    message = mail.outbox[0]
    assert message.subject == "Ny anmodning om medlemskab: Erfanetværk Syd"
    assert "Ansoeger (Vejle Kommune)" in message.body
    assert reverse("networks:decide_membership", args=[membership.pk]) in message.body


def test_without_a_coordinator_the_request_goes_to_the_secretariat(
    db, editor, on_commit
):
    network = factories.network_page(
        membership=NetworkPage.Membership.CLOSED,
        coordinator_email="kontakt@example.dk",
    )
    editor.user_permissions.add(Permission.objects.get(codename="manage_memberships"))
    with on_commit():
        services.join_network(network=network, user=make_user("ny"))
    assert "kontakt@example.dk" not in recipients(mail.outbox)
    assert editor.email in recipients(mail.outbox)


def test_the_coordinator_decides_the_request_from_the_mail(world, on_commit):
    membership = services.join_network(
        network=world["x"], user=world["ansoeger"], organisation="Vejle Kommune"
    )
    url = reverse("networks:decide_membership", args=[membership.pk])
    # Only the network's coordinator finds it.
    for name in ("anden", "medlem", "ansoeger"):
        assert client_for(world[name]).get(url).status_code == 404
    client = client_for(world["koordinator"])
    page = client.get(url)
    assert page.status_code == 200
    assert "Vejle Kommune" in page.content.decode()

    # Declining needs a reason: the page comes back and says so.
    refused = client.post(url, {"decision": "decline", "reason": ""})
    assert refused.status_code == 200
    assert "Dette felt er påkrævet." in refused.content.decode()
    membership.refresh_from_db()
    assert membership.status == "requested"

    with on_commit():
        done = client.post(
            url, {"decision": "decline", "reason": "Kun for kommuner i Syd."}
        )
    assert done.status_code == 302
    assert done["Location"] == reverse(
        "networks:coordinate_network", args=[world["x"].pk]
    )
    membership.refresh_from_db()
    assert membership.status == "declined"
    assert recipients(mail.outbox) == ["ansoeger@example.dk"]
    assert "Kun for kommuner i Syd." in mail.outbox[0].body
    assert "allerede behandlet" in client.get(url).content.decode()


def test_approving_makes_a_member_who_sees_the_meetings(world, on_commit):
    membership = services.join_network(network=world["x"], user=world["ansoeger"])
    client = client_for(world["koordinator"])
    with on_commit():
        client.post(
            reverse("networks:decide_membership", args=[membership.pk]),
            {"decision": "approve"},
        )
    membership.refresh_from_db()
    assert membership.status == "member"
    assert mail.outbox[0].to == ["ansoeger@example.dk"]
    html = client_for(world["ansoeger"]).get(world["x"].url).content.decode()
    assert "Møder (kun for medlemmer)" in html


# --- appointing coordinators -----------------------------------------------------


def test_an_administrator_appoints_and_removes_a_coordinator(world, admin_client):
    admin_url = reverse("network_coordinators")
    page = admin_client.get(admin_url)
    assert page.status_code == 200
    assert "Nuværende koordinatorer" in page.content.decode()
    user, x = world["medlem"], world["x"]
    coordinate_url = reverse("networks:coordinate_network", args=[x.pk])
    assert client_for(user).get(coordinate_url).status_code == 404

    response = admin_client.post(admin_url, {"network": x.pk, "user": user.pk})
    assert response.status_code == 302
    membership = NetworkMembership.objects.get(network=x, user=user)
    assert membership.role == "coordinator"
    assert client_for(user).get(coordinate_url).status_code == 200
    assert x.permissions_for_user(user).can_edit()
    assert PageLogEntry.objects.filter(
        page=x, action="kb.network.coordinator_appointed"
    ).exists()

    again = admin_client.post(admin_url, {"network": x.pk, "user": user.pk})
    assert again.status_code == 200
    assert "allerede koordinator" in again.content.decode()

    removed = admin_client.post(
        reverse("network_coordinators_remove", args=[membership.pk])
    )
    assert removed.status_code == 302
    membership.refresh_from_db()
    assert (membership.role, membership.status) == ("member", "member")
    assert client_for(user).get(coordinate_url).status_code == 404
    fresh = type(user).objects.get(pk=user.pk)  # no cached permissions
    assert not x.permissions_for_user(fresh).can_edit()
    entry = PageLogEntry.objects.get(page=x, action="kb.network.coordinator_removed")
    assert entry.user_id is not None
    # The other network's coordinator is untouched.
    assert world["y"].permissions_for_user(world["anden"]).can_edit()


def test_removing_one_network_keeps_the_other(world, superuser):
    both = world["anden"]
    services.make_network_coordinator(network=world["x"], user=both)
    membership = NetworkMembership.objects.get(network=world["x"], user=both)
    coordination.remove_coordinator(membership=membership, by=superuser)
    client = client_for(both)
    assert (
        client.get(
            reverse("networks:coordinate_network", args=[world["x"].pk])
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("networks:coordinate_network", args=[world["y"].pk])
        ).status_code
        == 200
    )


@pytest.mark.parametrize("name", ["koordinator", "medlem"])
def test_only_administrators_appoint(world, name, editor):
    for user in (world[name], editor):
        client = client_for(user)
        assert client.get(reverse("network_coordinators")).status_code in (302, 403)
        client.post(
            reverse("network_coordinators"),
            {"network": world["y"].pk, "user": user.pk},
        )
        assert not NetworkMembership.objects.filter(
            network=world["y"], user=user, role="coordinator"
        ).exists()
        with pytest.raises(ActionRefused):
            coordination.appoint_coordinator(network=world["y"], user=user, by=user)


def test_a_network_with_danish_letters_in_its_slug_shows(db, client):
    """Wagtail slugs keep «æ»; the page links its calendar feed by slug."""
    network = factories.network_page(title="Ærø og Møn", slug="ærø-og-møn")
    assert client.get(network.url).status_code == 200
    feed = client.get(reverse("networks:ical_network", args=[network.slug]))
    assert feed.status_code == 200


def test_member_pages_and_documents_are_never_cached(world, client):
    """Meetings, documents and member lists never reach a shared cache."""
    member, coordinator = client_for(world["anden"]), client_for(world["koordinator"])
    document = world["their_document"]
    download = member.get(document.get_absolute_url())
    assert download["Cache-Control"] == "private, no-store"
    for close in download._resource_closers:
        close()
    network_page = member.get(world["y"].url)
    assert "Nords referat" in network_page.content.decode()
    assert network_page["Cache-Control"] == "private, no-store"
    coordination = coordinator.get(
        reverse("networks:coordinate_network", args=[world["x"].pk])
    )
    assert coordination["Cache-Control"] == "private, no-store"
    # Anonymous visitors get the public page, which a cache may keep.
    assert "private" not in client.get(world["y"].url).get("Cache-Control", "")
