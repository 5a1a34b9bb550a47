"""Closing a completed booking: the specialist's report, the requesting
organisation's rating (once), history entries, and the averages the corps'
coordinators see."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from accounts.models import COORDINATOR_GROUP
from corps import queries, services
from corps.models import BookingRating, BookingReport, BookingStatusChange
from corps.permissions import specialist_policy
from kb.core.exceptions import ActionRefused
from tests.forms import form_values

CPR_MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. Anonymisér sagen, og skriv "
    "aldrig CPR-numre eller navne på borgere."
)
REPORT = {
    "what_was_done": "Observation i klassen og sparring med to lærere.",
    "advice": "Visuel dagsplan og faste overgangsritualer.",
}


def detail_url(booking):
    return reverse("corps:booking_detail", args=[booking.reference])


def report_url(booking):
    return reverse("corps:write_report", args=[booking.reference])


def rating_url(booking):
    return reverse("corps:rate_booking", args=[booking.reference])


@pytest.fixture
def completed(make_completed):
    return make_completed()


# --- The report -------------------------------------------------------------------


def test_the_specialist_writes_the_report(completed, specialist_user):
    report = services.write_report(booking=completed, by=specialist_user, **REPORT)
    assert report.written_by == specialist_user
    assert report.what_was_done == REPORT["what_was_done"]
    entry = completed.history.last()
    assert entry.kind == BookingStatusChange.REPORT
    assert entry.by == specialist_user
    assert entry.describe() == "Rapport skrevet"


def test_the_coordinator_may_write_it_for_a_specialist_without_login(
    completed, coordinator
):
    report = services.write_report(booking=completed, by=coordinator, **REPORT)
    assert report.written_by == coordinator


@pytest.mark.parametrize("who", ["booker", "other_coordinator", "other_booker"])
def test_others_may_not_write_the_report(completed, request, who):
    with pytest.raises(ActionRefused) as error:
        services.write_report(
            booking=completed, by=request.getfixturevalue(who), **REPORT
        )
    assert str(error.value) == (
        "Kun specialisten eller korpskoordinatoren kan skrive rapporten."
    )
    assert not BookingReport.objects.exists()


def test_the_report_waits_for_completion(make_booking, coordinator, specialist_user):
    accepted = services.accept_booking(booking=make_booking(), by=coordinator)
    with pytest.raises(ActionRefused) as error:
        services.write_report(booking=accepted, by=specialist_user, **REPORT)
    assert str(error.value) == (
        "Rapporten kan først skrives, når bookingen er gennemført."
    )


def test_the_report_is_written_once(completed, specialist_user, coordinator):
    services.write_report(booking=completed, by=specialist_user, **REPORT)
    with pytest.raises(ActionRefused) as error:
        services.write_report(booking=completed, by=coordinator, **REPORT)
    assert str(error.value) == "Rapporten er allerede skrevet."
    assert BookingReport.objects.count() == 1


@pytest.mark.parametrize("field", ["what_was_done", "advice"])
def test_the_report_refuses_cpr_numbers(completed, specialist_user, field):
    values = {**REPORT, field: "Drengen (0101901234) fik hjælp."}
    with pytest.raises(ActionRefused) as error:
        services.write_report(booking=completed, by=specialist_user, **values)
    assert str(error.value) == CPR_MESSAGE
    assert not BookingReport.objects.exists()


def test_the_report_needs_both_parts(completed, specialist_user):
    with pytest.raises(ActionRefused) as error:
        services.write_report(
            booking=completed, by=specialist_user, what_was_done="Besøg", advice=" "
        )
    assert str(error.value) == "Beskriv, hvad der blev gjort, og hvilke råd I gav."


def test_the_specialist_writes_the_report_on_the_page(
    client, completed, specialist_user
):
    client.force_login(specialist_user)
    html = client.get(detail_url(completed)).content.decode()
    assert report_url(completed) in html
    response = client.post(report_url(completed), REPORT, follow=True)
    html = response.content.decode()
    assert "Rapporten er gemt." in html
    assert REPORT["advice"] in html
    assert "Rapport skrevet" in html  # in the history
    assert report_url(completed) not in html  # no second form


def test_a_report_with_a_cpr_number_is_refused_and_the_input_kept(
    client, completed, specialist_user
):
    client.force_login(specialist_user)
    data = {**REPORT, "advice": "Se journal for 010190-1234."}
    response = client.post(report_url(completed), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert CPR_MESSAGE in html
    assert "Rapporten er ikke gemt." in html
    values = form_values(html, "form.report-form")
    assert values["what_was_done"] == [REPORT["what_was_done"]]
    assert not BookingReport.objects.exists()


def test_an_empty_report_shows_danish_errors(client, completed, specialist_user):
    client.force_login(specialist_user)
    response = client.post(report_url(completed), {"what_was_done": "", "advice": ""})
    assert response.status_code == 200
    assert "Dette felt er påkrævet." in response.content.decode()


def test_the_requester_sees_the_report_but_gets_no_form(
    client, completed, specialist_user, booker
):
    services.write_report(booking=completed, by=specialist_user, **REPORT)
    client.force_login(booker)
    html = client.get(detail_url(completed)).content.decode()
    assert REPORT["what_was_done"] in html


def test_a_requester_posting_a_report_is_refused(client, completed, booker):
    client.force_login(booker)
    html = client.get(detail_url(completed)).content.decode()
    assert report_url(completed) not in html
    assert client.post(report_url(completed), REPORT).status_code == 403
    assert not BookingReport.objects.exists()


# --- The rating -------------------------------------------------------------------


def test_the_requester_rates_the_help(completed, booker):
    rating = services.rate_booking(
        booking=completed, by=booker, score=4, comment=" Meget brugbart. "
    )
    assert (rating.score, rating.comment, rating.rated_by) == (
        4,
        "Meget brugbart.",
        booker,
    )
    entry = completed.history.last()
    assert (entry.kind, entry.by) == (BookingStatusChange.RATING, booker)


def test_a_colleague_in_the_same_municipality_may_rate(completed, colleague):
    assert services.rate_booking(booking=completed, by=colleague, score=5).score == 5


def test_the_help_is_rated_once(completed, booker, colleague):
    services.rate_booking(booking=completed, by=booker, score=4)
    with pytest.raises(ActionRefused) as error:
        services.rate_booking(booking=completed, by=colleague, score=1)
    assert str(error.value) == "Hjælpen er allerede bedømt."
    assert BookingRating.objects.get().score == 4


@pytest.mark.parametrize(
    "who", ["other_booker", "coordinator", "specialist_user", "superuser"]
)
def test_only_the_requesting_organisation_rates(completed, request, who):
    with pytest.raises(ActionRefused) as error:
        services.rate_booking(
            booking=completed, by=request.getfixturevalue(who), score=5
        )
    assert str(error.value) == (
        "Kun fagpersoner i den kommune eller region, der bookede specialisten, "
        "kan bedømme hjælpen."
    )
    assert not BookingRating.objects.exists()


@pytest.mark.parametrize("score", [0, 6, -1, True, "5", 4.5])
def test_scores_off_the_scale_are_refused(completed, booker, score):
    with pytest.raises(ActionRefused) as error:
        services.rate_booking(booking=completed, by=booker, score=score)
    assert str(error.value) == "Vælg en bedømmelse fra 1 til 5."


def test_the_database_refuses_scores_off_the_scale(completed, booker):
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingRating.objects.create(booking=completed, score=6, rated_by=booker)


def test_the_rating_waits_for_completion(make_booking, booker):
    with pytest.raises(ActionRefused) as error:
        services.rate_booking(booking=make_booking(), by=booker, score=3)
    assert str(error.value) == (
        "Hjælpen kan først bedømmes, når bookingen er gennemført."
    )


def test_a_comment_with_a_cpr_number_is_refused(completed, booker):
    with pytest.raises(ActionRefused) as error:
        services.rate_booking(
            booking=completed, by=booker, score=3, comment="Om 010190-1234"
        )
    assert str(error.value) == CPR_MESSAGE


def test_the_requester_rates_on_the_page(client, completed, booker):
    client.force_login(booker)
    html = client.get(detail_url(completed)).content.decode()
    assert rating_url(completed) in html
    response = client.post(
        rating_url(completed), {"score": "5", "comment": "Tak!"}, follow=True
    )
    html = response.content.decode()
    assert "Tak for din bedømmelse." in html
    assert "5 – hjalp rigtig godt" in html
    assert rating_url(completed) not in html
    assert BookingRating.objects.get().score == 5


@pytest.mark.parametrize("score", ["", "9", "fem"])
def test_a_missing_or_wrong_score_is_refused_and_the_comment_kept(
    client, completed, booker, score
):
    client.force_login(booker)
    response = client.post(rating_url(completed), {"score": score, "comment": "Godt"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vælg en bedømmelse fra 1 til 5." in html
    assert form_values(html, "form.rating-form")["comment"] == ["Godt"]
    assert not BookingRating.objects.exists()


def test_the_coordinator_cannot_rate_on_the_page(client, completed, coordinator):
    client.force_login(coordinator)
    assert (
        rating_url(completed) not in client.get(detail_url(completed)).content.decode()
    )
    assert client.post(rating_url(completed), {"score": "5"}).status_code == 403


@pytest.mark.parametrize("who", ["other_booker", "other_coordinator", "editor"])
def test_outsiders_get_404_for_the_close_out(client, completed, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(rating_url(completed), {"score": "1"}).status_code == 404
    assert client.post(report_url(completed), REPORT).status_code == 404
    assert not BookingRating.objects.exists()
    assert not BookingReport.objects.exists()


def test_anonymous_users_are_sent_to_log_in(client, completed):
    response = client.post(rating_url(completed), {"score": "1"})
    assert response.status_code == 302
    assert response.url.startswith("/konto/login/")


# --- Averages -----------------------------------------------------------------------


def coordinated(user):
    return specialist_policy.instances_user_has_permission_for(user, "coordinate")


@pytest.fixture
def ratings(make_completed, booker, colleague, other_specialist, make_user, specialist):
    """Two ratings of ``specialist`` (4 and 5) and one of ``other_specialist``
    (2), booked by the same municipality; returns a coordinator of both."""
    both = make_user(
        "begge",
        groups=[COORDINATOR_GROUP],
        region=booker.affiliation.municipality.region,
        specialists=[specialist, other_specialist],
    )
    services.rate_booking(booking=make_completed(), by=booker, score=4)
    services.rate_booking(booking=make_completed(), by=colleague, score=5)
    services.rate_booking(
        booking=make_completed(specialist_=other_specialist, by=both),
        by=booker,
        score=2,
    )
    return both


def test_rating_summary_per_specialist_and_overall(
    ratings, specialist, other_specialist, coordinator
):
    summary = queries.rating_summary(coordinated(ratings))
    rows = {row.specialist.pk: row for row in summary.specialists}
    assert (rows[specialist.pk].average, rows[specialist.pk].count) == (4.5, 2)
    assert (rows[other_specialist.pk].average, rows[other_specialist.pk].count) == (
        2,
        1,
    )
    assert summary.count == 3
    assert summary.average == pytest.approx(11 / 3)
    own = queries.rating_summary(coordinated(coordinator))
    assert [(row.average, row.count) for row in own.specialists] == [(4.5, 2)]
    assert (own.average, own.count) == (4.5, 2)


def test_a_specialist_not_yet_rated_is_listed(coordinator, specialist):
    summary = queries.rating_summary(coordinated(coordinator))
    assert [(r.specialist, r.average, r.count) for r in summary.specialists] == [
        (specialist, None, 0)
    ]
    assert (summary.average, summary.count) == (None, 0)


def test_coordinators_see_the_averages_on_their_overview(client, ratings, specialist):
    client.force_login(ratings)
    html = client.get(reverse("corps:my_bookings")).content.decode()
    assert "Kommunernes bedømmelse af hjælpen" in html
    assert "4,5" in html  # Danish decimal comma
    assert "3,7" in html  # overall: (4 + 5 + 2) / 3


def test_bookers_do_not_see_averages(client, ratings, booker):
    client.force_login(booker)
    html = client.get(reverse("corps:my_bookings")).content.decode()
    assert "Kommunernes bedømmelse af hjælpen" not in html
