"""Open and closed networks, member-only content, and coordinators who may
edit their own network and nothing else."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from kb.core.exceptions import ActionRefused
from kb.core.tokens import hash_token
from networks.models import (
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
    NetworkPage,
    ThemeDayPage,
)
from networks.services import (
    decide_membership,
    issue_calendar_token,
    join_network,
    make_network_coordinator,
)
from tests import factories
from tests.networks.conftest import make_user


@pytest.fixture
def closed_network(db):
    return factories.network_page(membership=NetworkPage.Membership.CLOSED)


@pytest.fixture
def minutes(closed_network, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    meeting = NetworkMeeting.objects.create(
        network=closed_network,
        title="Erfamøde i Vejle",
        start=timezone.now(),
        agenda="1. Velkomst",
        minutes="Vi drøftede overgange og ventelister.",
    )
    document = MeetingDocument(meeting=meeting, title="Oplæg om efterværn")
    document.file.save("oplaeg.pdf", ContentFile(b"%PDF-1.4 fortrolige slides"))
    return meeting, document


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_open_network_admits_at_once(db):
    network = factories.network_page(membership=NetworkPage.Membership.OPEN)
    user = make_user("erik")
    assert (
        join_network(network=network, user=user, organisation="Odense Kommune").status
        == "member"
    )
    with pytest.raises(ActionRefused):
        join_network(network=network, user=user)


def test_closed_network_needs_the_coordinators_approval(closed_network):
    applicant, coordinator, stranger = (
        make_user("fie"),
        make_user("gorm"),
        make_user("hans"),
    )
    make_network_coordinator(network=closed_network, user=coordinator)
    membership = join_network(
        network=closed_network, user=applicant, organisation="Vejle Kommune"
    )
    assert membership.status == "requested"

    with pytest.raises(ActionRefused, match="Kun netværkets koordinator"):
        decide_membership(membership=membership, by_user=stranger, approve=True)
    with pytest.raises(ActionRefused, match="begrundelse"):
        decide_membership(membership=membership, by_user=coordinator, approve=False)
    assert (
        decide_membership(
            membership=membership, by_user=coordinator, approve=True
        ).status
        == "member"
    )


def test_member_only_content_is_hidden_from_others(closed_network, minutes):
    meeting, document = minutes
    member, outsider = make_user("ida"), make_user("jens")
    NetworkMembership.objects.create(
        network=closed_network, user=member, status="member"
    )

    member_page = client_for(member).get(closed_network.url).content.decode()
    assert (
        "Vi drøftede overgange" in member_page and "Oplæg om efterværn" in member_page
    )

    for client in (Client(), client_for(outsider)):
        html = client.get(closed_network.url).content.decode()
        assert "Vi drøftede overgange" not in html and "Oplæg om efterværn" not in html
        assert client.get(document.get_absolute_url()).status_code == 404

    response = client_for(member).get(document.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_member_only_content_is_not_in_search_or_feeds(client, closed_network, minutes):
    search = client.get(
        reverse("search:search"), {"q": "drøftede overgange ventelister"}
    )
    assert "Erfamøde i Vejle" not in search.content.decode()
    feed = client.get(reverse("networks:ical_network", args=[closed_network.slug]))
    assert b"Erfam\xc3\xb8de i Vejle" not in feed.content


def test_private_files_live_outside_media(minutes, settings):
    _, document = minutes
    assert not document.file.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        _ = document.file.url  # no public URL at all


def test_coordinator_edits_own_network_only(closed_network):
    coordinator = make_user("kirsten")
    make_network_coordinator(network=closed_network, user=coordinator)
    own_event = ThemeDayPage(
        title="Netværksmøde om efterværn",
        start=timezone.now(),
        end=timezone.now(),
        location="Vejle",
        organiser="Netværket",
        audience="Medlemmer",
        intro="Møde.",
    )
    closed_network.add_child(instance=own_event)
    other = factories.network_page()
    other_event = factories.theme_day()
    client = client_for(coordinator)

    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[own_event.pk])).status_code
        == 200
    )
    add_event = reverse(
        "wagtailadmin_pages:add", args=["networks", "themedaypage", closed_network.pk]
    )
    assert client.get(add_event).status_code == 200
    for page in (other, other_event):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403), page


def _address_on_page(html: str) -> str:
    match = re.search(
        r'value="(http://testserver/ical/medlem/[A-Za-z0-9_-]+\.ics)"', html
    )
    assert match, "no calendar address on the page"
    return match.group(1).removeprefix("http://testserver")


def test_members_private_calendar_includes_meetings_and_can_be_revoked(closed_network):
    member = make_user("lone")
    membership = NetworkMembership.objects.create(
        network=closed_network, user=member, status="member"
    )
    meeting = NetworkMeeting.objects.create(
        network=closed_network,
        title="Erfamøde om ventelister",
        start=timezone.now() + timezone.timedelta(days=10),
        location="Fredericia",
    )
    client = client_for(member)
    page = reverse("networks:member_calendar", args=[membership.pk])
    assert "Du har ingen kalenderadresse endnu" in client.get(page).content.decode()

    response = client.post(
        reverse("networks:new_member_calendar_token", args=[membership.pk]),
        follow=True,
    )
    html = response.content.decode()
    assert "vises kun denne ene gang" in html
    url = _address_on_page(html)
    # Shown once: the next visit cannot show it again.
    again = client.get(page)
    assert "/ical/medlem/" not in again.content.decode()
    assert "no-store" in again["Cache-Control"]

    feed = Client().get(url)
    assert feed["Cache-Control"] == "private, no-store"
    assert feed["X-Robots-Tag"] == "noindex"
    calendar = Calendar.from_ical(feed.content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert meeting.title in summaries

    client.post(reverse("networks:new_member_calendar_token", args=[membership.pk]))
    assert Client().get(url).status_code == 404
    fresh = _address_on_page(client.get(page).content.decode())
    assert Client().get(fresh).status_code == 200

    membership.status = "left"
    membership.save()
    assert Client().get(fresh).status_code == 404


def test_only_the_hash_of_the_calendar_token_is_stored(closed_network):
    member = make_user("ole")
    membership = NetworkMembership.objects.create(
        network=closed_network, user=member, status="member"
    )
    token = issue_calendar_token(membership=membership, user=member)
    membership.refresh_from_db()
    assert membership.calendar_token_hash == hash_token(token)
    assert token not in membership.calendar_token_hash
    ok = Client().get(reverse("networks:ical_member", args=[token]))
    assert ok.status_code == 200
    wrong = Client().get(
        reverse("networks:ical_member", args=[membership.calendar_token_hash])
    )
    assert wrong.status_code == 404


def test_nobody_renews_someone_elses_calendar_address(closed_network):
    owner, other = make_user("mads"), make_user("nina")
    membership = NetworkMembership.objects.create(
        network=closed_network, user=owner, status="member"
    )
    token = issue_calendar_token(membership=membership, user=owner)
    response = client_for(other).post(
        reverse("networks:new_member_calendar_token", args=[membership.pk])
    )
    assert response.status_code == 404
    page = client_for(other).get(
        reverse("networks:member_calendar", args=[membership.pk])
    )
    assert page.status_code == 404
    membership.refresh_from_db()
    assert membership.calendar_token_hash == hash_token(token)
    with pytest.raises(ActionRefused):
        issue_calendar_token(membership=membership, user=other)
