"""E-mail to the coordinators on a new request and to the requester on every
status change, sent after commit."""

from corps import services
from tests.corps.conftest import move_to_past


def test_a_new_request_emails_the_coordinators(
    make_booking,
    coordinator,
    other_coordinator,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_booking()
    to_coordinators = [m for m in mailoutbox if m.to == ["koordinator@example.dk"]]
    assert len(to_coordinators) == 1  # not the other corps' coordinator
    assert {m.to[0] for m in mailoutbox} == {
        "koordinator@example.dk",
        "booker@example.dk",
    }
    message = to_coordinators[0]
    assert message.subject.startswith("Ny anmodning om booking af Nanna Skovgaard Juhl")
    assert "Roskilde anmoder om at booke Nanna Skovgaard Juhl" in message.body
    assert "Skolevej 1, 4000 Roskilde" in message.body
    assert f"/bookinger/{booking.reference}/" in message.body
    # The case itself stays on the platform.
    assert booking.case_description not in message.body


def test_nothing_is_sent_before_commit(make_booking, coordinator, mailoutbox):
    make_booking()
    assert mailoutbox == []


def test_every_status_change_emails_the_requester(
    make_booking,
    coordinator,
    booker,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    booking = make_booking()
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_booking(booking=booking, by=coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_booking(
            booking=booking, by=coordinator, reason="Specialisten er syg."
        )
    to_requester = [m for m in mailoutbox if m.to == ["booker@example.dk"]]
    assert len(to_requester) == 2
    accepted, cancelled = to_requester
    assert accepted.subject.startswith(
        "Bookingen er accepteret: Nanna Skovgaard Juhl kommer"
    )
    assert "Din booking af Nanna Skovgaard Juhl er accepteret." in accepted.body
    assert cancelled.subject == "Din booking af Nanna Skovgaard Juhl er aflyst"
    assert "Begrundelse: Specialisten er syg." in cancelled.body
    assert f"/bookinger/{booking.reference}/" in cancelled.body


def test_decline_and_completion_are_emailed_too(
    make_booking, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    declined = make_booking()
    done = make_booking(start=declined.end, end=declined.end.replace(hour=17))
    with django_capture_on_commit_callbacks(execute=True):
        services.decline_booking(booking=declined, by=coordinator, reason="Optaget")
        services.accept_booking(booking=done, by=coordinator)
        services.complete_booking(booking=move_to_past(done), by=coordinator)
    subjects = [m.subject for m in mailoutbox if m.to == ["booker@example.dk"]]
    assert subjects[0].endswith(" afvist")
    assert subjects[1].startswith("Bookingen er accepteret")
    assert subjects[2].endswith(" gennemført")
    assert len(subjects) == 3
