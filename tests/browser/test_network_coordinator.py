"""Journey: an administrator appoints a network coordinator in the admin;
the coordinator decides a membership request that reached them by e-mail,
posts a meeting with minutes and a file for their own network (the file
survives a refused first submit; the members hear of it by e-mail) and is
refused for another network."""

import re

from playwright.sync_api import expect

from tests.browser.harness import (
    EDITOR_EMAIL,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
    search_user_picker,
)

NEW_NETWORK = """
from networks.models import NetworkIndexPage, NetworkPage
network = NetworkPage(
    title=args["title"], kind="netvaerk", membership=args["membership"],
    purpose="At dele erfaringer med efterværn.",
    coordinator_email="kontakt@example.dk",
)
NetworkIndexPage.objects.first().add_child(instance=network)
network.save_revision().publish()
result = {"id": network.pk, "url": network.url}
"""

MAKE_MEMBER = """
from django.contrib.auth import get_user_model
from networks.models import NetworkMembership
NetworkMembership.objects.create(
    network_id=args["network"],
    user=get_user_model().objects.get(email=args["email"]),
    status="member",
)
"""

MEETINGS = """
from networks.models import NetworkMeeting
result = [
    {"network": m.network_id, "title": m.title, "minutes": m.minutes,
     "documents": [d.title for d in m.documents.all()]}
    for m in NetworkMeeting.objects.filter(title__startswith=args["prefix"])
]
"""


def log_out(page):
    page.get_by_role("button", name="Log ud").click()
    page.wait_for_load_state()


def check(page, context):
    assert_accessible(page, context)
    assert_no_sideways_scroll(page, context)


def test_a_coordinator_runs_their_own_network(page, site_server, viewport, tmp_path):
    suffix = viewport.id
    own = site_server.run_python(
        NEW_NETWORK, title=f"Erfanetværk Syd {suffix}", membership="closed"
    )
    other = site_server.run_python(
        NEW_NETWORK, title=f"Erfanetværk Nord {suffix}", membership="closed"
    )
    coordinator, applicant, member = (
        site_server.create_user(
            f"{name}-{suffix}@vejle.dk", first_name=first, last_name="Test"
        )["email"]
        for name, first in (
            ("koordinator", "Karen"),
            ("ansoeger", "Anders"),
            ("medlem", "Mette"),
        )
    )
    site_server.run_python(MAKE_MEMBER, network=own["id"], email=member)

    # The administrator appoints Karen in the admin (Settings menu).
    log_in(page, EDITOR_EMAIL)
    page.goto("/admin/netvaerkskoordinatorer/")
    check(page, "admin: network coordinators")
    page.get_by_label("Netværk").select_option(label=f"Erfanetværk Syd {suffix}")
    search_user_picker(page, page.locator("#id_user-chooser"), coordinator).get_by_role(
        "link", name="Karen Test"
    ).click()
    expect(page.locator("#id_user-chooser [data-chooser-title]")).to_have_text(
        f"Karen Test ({coordinator})"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Udpeg som koordinator").click()
    assert page.get_by_text(
        f"Karen Test er nu koordinator for Erfanetværk Syd {suffix}."
    ).is_visible()
    assert page.get_by_role(
        "button",
        name=f"Fjern Karen Test som koordinator for Erfanetværk Syd {suffix}",
    ).is_visible()
    # Wagtail's own success banner is 4.45:1 (its colours, not ours): the
    # page was checked whole above; here the content after the change.
    assert_accessible(page, "admin: coordinator appointed", include=".nice-padding")
    assert_no_sideways_scroll(page, "admin: coordinator appointed")
    page.goto("/")
    log_out(page)

    # Anders asks to join; the request reaches Karen by e-mail.
    log_in(page, applicant, next=own["url"])
    page.goto(own["url"])
    page.get_by_label("Din organisation").fill("Vejle Kommune")
    with page.expect_navigation():
        page.get_by_role("button", name="Anmod om medlemskab").click()
    assert page.get_by_text("Din anmodning er sendt").is_visible()
    check(page, "network page, request sent")
    log_out(page)
    request_mail = site_server.find_mail(
        to=coordinator, subject="Ny anmodning om medlemskab"
    )
    assert not site_server.read_mails(to="kontakt@example.dk")
    decide_url = re.search(r"https?://\S+/anmodning/\d+/", request_mail.body).group(0)

    # Karen follows the link and approves.
    path = re.sub(r"^https?://[^/]+", "", decide_url)
    log_in(page, coordinator, next=path)
    page.goto(path)
    assert page.get_by_text("Vejle Kommune").is_visible()
    check(page, "membership request")
    with page.expect_navigation():
        page.get_by_role("button", name="Godkend anmodningen").click()
    assert page.get_by_text("Anders Test er optaget").is_visible()
    check(page, "coordination page")
    site_server.find_mail(to=applicant, subject="Dit medlemskab af")

    # Karen posts a meeting with minutes and a file.
    page.get_by_role("link", name="Opret et møde").click()
    check(page, "new meeting form")
    title = f"Erfamøde {suffix}"
    page.get_by_label(re.compile("^Titel")).fill(title)
    page.get_by_label(re.compile("^Tidspunkt")).fill("1900-03-04T10:00")
    page.get_by_label(re.compile("^Sted")).fill("Vejle Rådhus")
    page.get_by_label(re.compile("^Dagsorden")).fill("1. Velkomst\n2. Efterværn")
    page.get_by_label(re.compile("^Referat")).fill(
        "Vi drøftede efterværn og ventelister."
    )
    page.get_by_label("Filens titel").fill("Oplæg om efterværn")
    slides = tmp_path / "oplaeg.pdf"
    slides.write_bytes(b"%PDF-1.4 fortrolige slides")
    page.get_by_label("Tilføj en fil").set_input_files(str(slides))
    # A date out of range: the form comes back, and the file is not lost.
    with page.expect_navigation():
        page.get_by_role("button", name="Gem mødet").click()
    assert page.get_by_text(
        "Datoen skal ligge mellem 1.1.2000 og 31.12.2100."
    ).is_visible()
    assert page.get_by_text(
        "Filen »oplaeg.pdf« er med og gemmes, når du gemmer mødet."
    ).is_visible()
    expect(page.get_by_label("Fjern filen")).not_to_be_checked()
    expect(page.get_by_label("Filens titel")).to_have_value("Oplæg om efterværn")
    check(page, "meeting form with an error and the kept file")
    page.get_by_label(re.compile("^Tidspunkt")).fill("2027-03-04T10:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Gem mødet").click()
    assert page.get_by_text(f"Mødet «{title}» er gemt.").is_visible()
    assert page.get_by_text("1 fil.").is_visible()  # the kept file is attached
    assert page.get_by_role("link", name=f"Redigér «{title}»").is_visible()
    check(page, "coordination page with the meeting")
    for address in (member, applicant):
        news = site_server.find_mail(
            to=address, subject=f"Nyt referat og nye filer: {title}"
        )
        assert "Oplæg om efterværn" in news.body
    assert not site_server.read_mails(to=coordinator, subject=title)

    # Another network: not found, and nothing is created there.
    for url in (
        f"/koordinering/netvaerk/{other['id']}/",
        f"/koordinering/netvaerk/{other['id']}/nyt-moede/",
    ):
        response = page.goto(url)
        assert response.status == 404, url
        check(page, "another network: not found")
    page.goto(other["url"])
    assert page.get_by_role("link", name="Koordinér netværket").count() == 0
    log_out(page)

    # The member reads the minutes and downloads the file.
    log_in(page, member, next=own["url"])
    page.goto(own["url"])
    assert page.get_by_text("Vi drøftede efterværn og ventelister.").is_visible()
    check(page, "network page, member area")
    with page.expect_download() as download:
        page.get_by_role("link", name="Oplæg om efterværn").click()
    assert download.value.suggested_filename == "oplaeg.pdf"

    assert site_server.run_python(MEETINGS, prefix=title) == [
        {
            "network": own["id"],
            "title": title,
            "minutes": "Vi drøftede efterværn og ventelister.",
            "documents": ["Oplæg om efterværn"],
        }
    ]
