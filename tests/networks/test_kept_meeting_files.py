"""A browser never fills a file input again: a meeting file that passed its
checks while the rest of the meeting form did not is kept for the next
submit (privately, for this coordinator only), shown on the form, can be
removed or replaced, and is attached when the meeting is saved."""

import datetime as dt
import re
import time

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from kb.core import uploads
from networks import services
from networks.models import MeetingDocument, NetworkMeeting
from networks.models.membership import private_storage
from tests.networks import test_coordination
from tests.networks.test_coordination import client_for, meeting_data, pdf

# The coordination tests' world: networks X and Y, their coordinators, members.
world = test_coordination.world
on_commit = test_coordination.on_commit
private_media = test_coordination.private_media

NOTICE = "Filen »oplaeg.pdf« er med og gemmes, når du gemmer mødet."


def kept_files(root):
    folder = root / uploads.KEPT_UPLOAD_DIR
    return (
        sorted(p.name for p in folder.rglob("*") if p.is_file())
        if folder.exists()
        else []
    )


def token_in(html):
    return re.search(r'name="document_file-kept" value="([^"]+)"', html).group(1)


def post_new(client, world, **fields):
    return client.post(
        reverse("networks:new_meeting", args=[world["x"].pk]), meeting_data(**fields)
    )


def refused_with_file(client, world, **fields):
    """A submit with a good file and a bad date: the form comes back."""
    response = post_new(
        client,
        world,
        start="not a date",
        document_title="Oplæg om efterværn",
        document_file=pdf(),
        **fields,
    )
    assert response.status_code == 200
    return response.content.decode()


def test_a_kept_file_survives_an_invalid_submit_and_is_attached_on_the_valid_one(
    world, settings, on_commit
):
    client = client_for(world["koordinator"])
    html = refused_with_file(client, world)
    assert "Indtast gyldig dato/tid." in html
    assert NOTICE in html
    assert "Fjern filen" in html
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == ["oplaeg.pdf"]
    assert not NetworkMeeting.objects.filter(title="Erfamøde i Vejle").exists()

    with on_commit():
        response = post_new(
            client,
            world,
            document_title="Oplæg om efterværn",
            **{"document_file-kept": token_in(html)},
        )
    assert response.status_code == 302
    document = MeetingDocument.objects.get(meeting__title="Erfamøde i Vejle")
    assert document.title == "Oplæg om efterværn"
    with document.file.open("rb") as stored:
        assert stored.read() == b"%PDF-1.4 fortrolige slides"
    assert not document.file.name.startswith(uploads.KEPT_UPLOAD_DIR)
    # Used: the waiting copy is gone; the members hear of the file.
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == []
    download = client_for(world["medlem"]).get(document.get_absolute_url())
    assert download.status_code == 200
    download.close()


def test_a_cpr_number_in_the_minutes_keeps_the_file_too(world, settings):
    client = client_for(world["koordinator"])
    response = post_new(
        client, world, minutes="Barnets cpr 010203-1234", document_file=pdf()
    )
    html = response.content.decode()
    assert NOTICE in html
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == ["oplaeg.pdf"]


def test_a_kept_file_is_kept_again_when_the_next_submit_is_refused_too(world):
    client = client_for(world["koordinator"])
    token = token_in(refused_with_file(client, world))
    again = post_new(client, world, start="", **{"document_file-kept": token})
    html = again.content.decode()
    assert NOTICE in html
    assert token_in(html) == token


def test_removing_the_kept_file_saves_the_meeting_without_it(world, settings):
    client = client_for(world["koordinator"])
    token = token_in(refused_with_file(client, world))
    response = post_new(
        client, world, **{"document_file-kept": token, "document_file-remove": "1"}
    )
    assert response.status_code == 302
    meeting = NetworkMeeting.objects.get(title="Erfamøde i Vejle")
    assert not meeting.documents.exists()
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == []


def test_a_new_upload_replaces_the_kept_file(world, settings):
    client = client_for(world["koordinator"])
    token = token_in(refused_with_file(client, world))
    response = post_new(
        client,
        world,
        document_file=pdf("nyt.pdf", b"%PDF-1.4 ny udgave"),
        **{"document_file-kept": token},
    )
    assert response.status_code == 302
    document = MeetingDocument.objects.get(meeting__title="Erfamøde i Vejle")
    assert document.title == "nyt.pdf"
    with document.file.open("rb") as stored:
        assert stored.read() == b"%PDF-1.4 ny udgave"
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == []


@pytest.mark.parametrize("forged", ["", "garbage", "x" * 500])
def test_a_forged_token_is_refused_in_danish(world, forged):
    client = client_for(world["koordinator"])
    token = token_in(refused_with_file(client, world)) if not forged else forged
    if not forged:
        token = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = post_new(client, world, **{"document_file-kept": token})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Den gemte fil kan ikke bruges. Vælg filen igen." in html
    assert "Erfamøde i Vejle" in html  # the rest of the input is kept
    assert not NetworkMeeting.objects.filter(title="Erfamøde i Vejle").exists()


def test_another_users_token_opens_nothing(world, settings):
    """The other coordinator's token, posted by this one: refused, and the
    file stays the other's (not attached, not deleted)."""
    other_client = client_for(world["anden"])
    response = other_client.post(
        reverse("networks:new_meeting", args=[world["y"].pk]),
        meeting_data(start="", document_file=pdf()),
    )
    their_token = token_in(response.content.decode())

    client = client_for(world["koordinator"])
    for extra in ({}, {"document_file-remove": "1"}):
        response = post_new(
            client, world, **{"document_file-kept": their_token}, **extra
        )
        if extra:  # removing someone else's file deletes nothing
            assert kept_files(settings.PRIVATE_MEDIA_ROOT) == ["oplaeg.pdf"]
            continue
        assert response.status_code == 200
        html = response.content.decode()
        assert "Den gemte fil kan ikke bruges. Vælg filen igen." in html
        assert "oplaeg.pdf" not in html
    assert not MeetingDocument.objects.filter(meeting__network=world["x"]).exists()
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == ["oplaeg.pdf"]


class SignedTwoDaysAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 2 * 24 * 60 * 60)


def test_an_expired_token_is_refused_in_danish(world):
    client = client_for(world["koordinator"])
    token = token_in(refused_with_file(client, world))
    salt = uploads._KEPT_UPLOAD_SALT
    expired = SignedTwoDaysAgo(salt=salt).sign_object(signing.loads(token, salt=salt))
    response = post_new(client, world, **{"document_file-kept": expired})
    assert response.status_code == 200
    assert "Den gemte fil er for gammel og er slettet. Vælg filen igen." in (
        response.content.decode()
    )


def test_stale_kept_files_are_deleted_by_the_daily_job(world, settings):
    storage = private_storage()
    user = world["koordinator"]
    uploads.keep_upload(pdf("gammel.pdf"), user=user, storage=storage)
    assert services.delete_stale_kept_uploads() == 0  # fresh: kept
    later = timezone.now() + uploads.KEPT_UPLOAD_MAX_AGE + dt.timedelta(minutes=1)
    uploads.keep_upload(
        SimpleUploadedFile("ny.txt", b"tekst"), user=user, storage=storage
    )
    # "now" a day on: the first is stale, and so is the second (both a day old).
    assert services.delete_stale_kept_uploads(now=later) == 2
    assert kept_files(settings.PRIVATE_MEDIA_ROOT) == []
    assert not list((settings.PRIVATE_MEDIA_ROOT / uploads.KEPT_UPLOAD_DIR).iterdir())
    assert "networks.tasks.delete_stale_kept_uploads" in settings.KB_PERIODIC_TASKS
