"""Every write to bookings, their close-out (report and rating), the
specialists' availability and their calendar feeds.

Each function runs in one transaction, locks the specialist's row first
(``SELECT ... FOR UPDATE``; the same lock order everywhere, so no deadlocks),
re-reads what it decides on, checks who may do it and whether the status
change is allowed, writes the change and its history, and sends e-mail only
after commit. Who may do what is decided by the policies in
:mod:`corps.permissions`, the same ones the views ask; every write also
leaves an entry in Wagtail's audit log (``kb.booking.*`` and friends, see
``corps/wagtail_hooks.py``). A refused action raises :class:`kb.core.exceptions.ActionRefused`,
whose message is Danish and meant for the user.

No double booking: a specialist's busy (accepted or completed) bookings never
overlap each other or an unavailable period. Periods are half-open
``[start, end)``, so one booking may end exactly when the next starts. The
lock makes the check-then-write safe; on PostgreSQL an exclusion constraint
(migration 0004) guarantees it in the database as well.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_
from wagtail.log_actions import log

from accounts.models import affiliation_of
from corps import notifications
from corps.models import (
    BookingRating,
    BookingReport,
    BookingRequest,
    BookingStatusChange,
    CalendarFeed,
    SpecialistPage,
    UnavailablePeriod,
)
from corps.models.closeout import is_valid_score
from corps.permissions import booking_policy, cancel_needs_reason, specialist_policy
from kb.core import tokens
from kb.core.cpr import CPR_MESSAGE, contains_cpr_number
from kb.core.exceptions import ActionRefused
from kb.taxonomy.models import TargetGroup
from offers.models import Offer

#: The PostgreSQL exclusion constraint added by migration 0004.
NO_OVERLAP_CONSTRAINT = "corps_booking_no_overlap"

# Marked for translation here, translated when raised.
ALREADY_BOOKED = N_("Specialisten er allerede booket i perioden.")
UNAVAILABLE = N_("Specialisten er ikke til rådighed i perioden.")


def request_booking(
    *,
    requested_by,
    specialist: SpecialistPage,
    start: dt.datetime,
    end: dt.datetime,
    target_group: TargetGroup,
    purpose: str,
    case_description: str,
    offer: Offer | None = None,
    address: str = "",
) -> BookingRequest:
    """A professional asks for ``specialist`` from ``start`` to ``end`` at an
    offer or an address. The coordinators are told by e-mail."""
    if not booking_policy.user_has_permission(requested_by, "request"):
        raise ActionRefused(
            gettext(
                "Du skal være fagperson i en kommune eller region for at booke "
                "en specialist."
            )
        )
    affiliation = affiliation_of(requested_by)
    address = address.strip()
    _check_period(start, end)
    if start <= timezone.now():
        raise ActionRefused(gettext("Perioden skal ligge i fremtiden."))
    if offer is None and not address:
        raise ActionRefused(gettext("Angiv stedet: et tilbud eller en adresse."))
    if not purpose.strip() or not case_description.strip():
        raise ActionRefused(gettext("Beskriv formålet og sagen."))
    if any(contains_cpr_number(text) for text in (purpose, case_description, address)):
        raise ActionRefused(str(CPR_MESSAGE))

    with transaction.atomic():
        specialist = _lock_specialist(specialist.pk)
        if not specialist.live or not specialist.bookable:
            raise ActionRefused(gettext("Specialisten kan ikke bookes i øjeblikket."))
        region = offer.region if offer is not None else _region_of(affiliation)
        travel_regions = list(specialist.travel_regions.all())
        if travel_regions and region not in travel_regions:
            raise ActionRefused(
                gettext("Specialisten rejser ikke til %(region)s.") % {"region": region}
            )
        _check_free(specialist, start, end)
        booking = BookingRequest.objects.create(
            specialist=specialist,
            requested_by=requested_by,
            municipality=affiliation.municipality,
            region=affiliation.region,
            start=start,
            end=end,
            offer=offer,
            address=address,
            target_group=target_group,
            purpose=purpose.strip(),
            case_description=case_description.strip(),
        )
        _record(booking, "", BookingRequest.REQUESTED, by=requested_by)
        _log(booking, "kb.booking.requested", by=requested_by)
        transaction.on_commit(
            lambda: notifications.booking_requested(booking), robust=True
        )
    return booking


def accept_booking(*, booking: BookingRequest, by) -> BookingRequest:
    """A coordinator accepts a requested booking if the specialist is free."""
    with transaction.atomic():
        booking = _lock(booking)
        _require(
            by,
            "accept",
            booking,
            gettext("Kun specialistens korpskoordinator kan acceptere bookingen."),
        )
        _require_transition(
            booking,
            BookingRequest.ACCEPTED,
            gettext("Bookingen kan ikke accepteres, fordi den er %(status)s."),
        )
        if booking.has_started():
            raise ActionRefused(
                gettext("Bookingen kan ikke accepteres, fordi perioden er begyndt.")
            )
        _check_free(booking.specialist, booking.start, booking.end, exclude=booking)
        _change_status(booking, BookingRequest.ACCEPTED, by=by)
    return booking


def decline_booking(*, booking: BookingRequest, by, reason: str) -> BookingRequest:
    """A coordinator declines a requested booking, with a reason."""
    with transaction.atomic():
        booking = _lock(booking)
        _require(
            by,
            "decline",
            booking,
            gettext("Kun specialistens korpskoordinator kan afvise bookingen."),
        )
        _require_transition(
            booking,
            BookingRequest.DECLINED,
            gettext("Bookingen kan ikke afvises, fordi den er %(status)s."),
        )
        _change_status(
            booking,
            BookingRequest.DECLINED,
            by=by,
            reason=_require_reason(
                reason, gettext("Skriv en begrundelse for afvisningen.")
            ),
        )
    return booking


def cancel_booking(*, booking: BookingRequest, by, reason: str = "") -> BookingRequest:
    """The requester cancels before the period starts (a reason is optional);
    a coordinator cancels at any time, with a reason."""
    with transaction.atomic():
        booking = _lock(booking)
        if not booking_policy.user_has_permission_for_instance(by, "cancel", booking):
            if by.pk == booking.requested_by_id:
                raise ActionRefused(
                    gettext(
                        "Bookingen kan ikke aflyses, fordi perioden er begyndt. "
                        "Kontakt korpskoordinatoren."
                    )
                )
            raise ActionRefused(
                gettext(
                    "Kun den, der har anmodet om bookingen, eller "
                    "korpskoordinatoren kan aflyse den."
                )
            )
        if cancel_needs_reason(by, booking):
            reason = _require_reason(
                reason, gettext("Skriv en begrundelse for aflysningen.")
            )
        _require_transition(
            booking,
            BookingRequest.CANCELLED,
            gettext("Bookingen kan ikke aflyses, fordi den er %(status)s."),
        )
        _check_no_cpr(reason)
        _change_status(booking, BookingRequest.CANCELLED, by=by, reason=reason.strip())
    return booking


def complete_booking(
    *,
    booking: BookingRequest,
    by,
    reason: str = "",
    now: dt.datetime | None = None,
) -> BookingRequest:
    """The coordinator or the specialist marks an accepted booking as done:
    once its period has ended, or earlier with a stated reason (e.g. the
    visit was cut short)."""
    now = now or timezone.now()
    with transaction.atomic():
        booking = _lock(booking)
        _require(
            by,
            "complete",
            booking,
            gettext(
                "Kun korpskoordinatoren eller specialisten kan afslutte bookingen."
            ),
        )
        _require_transition(
            booking,
            BookingRequest.COMPLETED,
            gettext("Bookingen kan ikke afsluttes, fordi den er %(status)s."),
        )
        reason = reason.strip()
        if now < booking.end and not reason:
            raise ActionRefused(
                gettext(
                    "Perioden er ikke slut endnu. Skriv en begrundelse, hvis "
                    "bookingen skal afsluttes før tid."
                )
            )
        if not booking.has_started(now) and reason:
            raise ActionRefused(
                gettext("Bookingen kan først afsluttes, når besøget er begyndt.")
            )
        _check_no_cpr(reason)
        _change_status(booking, BookingRequest.COMPLETED, by=by, reason=reason)
    return booking


def mark_unavailable(
    *,
    specialist: SpecialistPage,
    start: dt.datetime,
    end: dt.datetime,
    by,
    reason: str = "",
) -> UnavailablePeriod:
    """A coordinator marks a period when the specialist cannot be booked;
    refused while accepted bookings fall in it."""
    _check_period(start, end)
    _check_no_cpr(reason)
    with transaction.atomic():
        specialist = _lock_specialist(specialist.pk)
        _require_availability_manager(by, specialist)
        if specialist.bookings.busy().overlapping(start, end).exists():
            raise ActionRefused(
                gettext(
                    "Specialisten har accepterede bookinger i perioden. "
                    "Aflys dem først."
                )
            )
        period = UnavailablePeriod.objects.create(
            specialist=specialist,
            start=start,
            end=end,
            reason=reason.strip(),
            created_by=by,
        )
        _log(period, "kb.unavailable_period.added", by=by, **_period_data(period))
    return period


def remove_unavailable(*, period: UnavailablePeriod, by) -> None:
    """A coordinator removes a period marked unavailable: the specialist can
    be booked in it again."""
    with transaction.atomic():
        specialist = _lock_specialist(period.specialist_id)
        _require_availability_manager(by, specialist)
        period = UnavailablePeriod.objects.filter(pk=period.pk).first()
        if period is None:  # removed meanwhile
            return
        _log(
            period,
            "kb.unavailable_period.removed",
            by=by,
            deleted=True,
            **_period_data(period),
        )
        period.delete()


def _require_availability_manager(user, specialist: SpecialistPage) -> None:
    if not specialist_policy.user_has_permission_for_instance(
        user, "manage_availability", specialist
    ):
        raise ActionRefused(
            gettext(
                "Kun specialistens korpskoordinator kan ændre specialistens "
                "tilgængelighed."
            )
        )


def _period_data(period: UnavailablePeriod) -> dict:
    return {
        "specialist": period.specialist.title,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "reason": period.reason,
    }


# --- Close-out --------------------------------------------------------------


def write_report(
    *, booking: BookingRequest, by, what_was_done: str, advice: str
) -> BookingReport:
    """The specialist (or their coordinator, for a specialist without a login)
    reports on a completed visit: what was done and which advice was given.
    Written once; refused if it contains a CPR number."""
    what_was_done, advice = what_was_done.strip(), advice.strip()
    if not what_was_done or not advice:
        raise ActionRefused(
            gettext("Beskriv, hvad der blev gjort, og hvilke råd I gav.")
        )
    _check_no_cpr(what_was_done)
    _check_no_cpr(advice)
    with transaction.atomic():
        booking = _lock(booking)
        _require(
            by,
            "report",
            booking,
            gettext("Kun specialisten eller korpskoordinatoren kan skrive rapporten."),
        )
        if booking.status != BookingRequest.COMPLETED:
            raise ActionRefused(
                gettext("Rapporten kan først skrives, når bookingen er gennemført.")
            )
        if BookingReport.objects.filter(booking=booking).exists():
            raise ActionRefused(gettext("Rapporten er allerede skrevet."))
        report = BookingReport.objects.create(
            booking=booking,
            what_was_done=what_was_done,
            advice=advice,
            written_by=by,
        )
        _record(
            booking,
            booking.status,
            booking.status,
            by=by,
            kind=BookingStatusChange.REPORT,
        )
        _log(booking, "kb.booking.report_written", by=by)
    return report


def rate_booking(
    *, booking: BookingRequest, by, score: int, comment: str = ""
) -> BookingRating:
    """A professional of the requesting organisation rates the help of a
    completed booking, 1–5, with an optional comment. Rated once."""
    if not is_valid_score(score):
        raise ActionRefused(gettext("Vælg en bedømmelse fra 1 til 5."))
    comment = comment.strip()
    _check_no_cpr(comment)
    with transaction.atomic():
        booking = _lock(booking)
        _require(
            by,
            "rate",
            booking,
            gettext(
                "Kun fagpersoner i den kommune eller region, der bookede "
                "specialisten, kan bedømme hjælpen."
            ),
        )
        if booking.status != BookingRequest.COMPLETED:
            raise ActionRefused(
                gettext("Hjælpen kan først bedømmes, når bookingen er gennemført.")
            )
        if BookingRating.objects.filter(booking=booking).exists():
            raise ActionRefused(gettext("Hjælpen er allerede bedømt."))
        rating = BookingRating.objects.create(
            booking=booking, score=score, comment=comment, rated_by=by
        )
        _record(
            booking,
            booking.status,
            booking.status,
            by=by,
            kind=BookingStatusChange.RATING,
        )
        _log(booking, "kb.booking.rated", by=by, score=score)
    return rating


# --- Calendar feed ----------------------------------------------------------


def create_calendar_feed(*, specialist: SpecialistPage, by) -> str:
    """Make a new secret feed address for ``specialist`` and return its token
    (only its hash is stored, so this is the one chance to show it). An
    earlier address stops working."""
    token, token_hash = tokens.issue_token()
    with transaction.atomic():
        specialist = _lock_specialist(specialist.pk)
        _require_feed_manager(by, specialist)
        feed, _created = CalendarFeed.objects.update_or_create(
            specialist=specialist,
            defaults={
                "token_hash": token_hash,
                "created_by": by,
                "created_at": timezone.now(),
            },
        )
        _log(feed, "kb.calendar_feed.issued", by=by, specialist=specialist.title)
    return token


def revoke_calendar_feed(*, specialist: SpecialistPage, by) -> None:
    """Stop ``specialist``'s feed address from working."""
    with transaction.atomic():
        specialist = _lock_specialist(specialist.pk)
        _require_feed_manager(by, specialist)
        feed = CalendarFeed.objects.filter(specialist=specialist).first()
        if feed is not None:
            _log(
                feed,
                "kb.calendar_feed.revoked",
                by=by,
                deleted=True,
                specialist=specialist.title,
            )
            feed.delete()


def _require_feed_manager(user, specialist: SpecialistPage) -> None:
    if not specialist_policy.user_has_permission_for_instance(
        user, "manage_calendar_feed", specialist
    ):
        raise ActionRefused(
            gettext(
                "Kun specialisten eller korpskoordinatoren kan ændre "
                "kalenderabonnementet."
            )
        )


# --- Rules ------------------------------------------------------------------


def bookings_to_anonymise(*, ended_before: dt.datetime):
    """Bookings that ended before ``ended_before`` and still hold a case
    description or a rating comment."""
    return BookingRequest.objects.filter(end__lt=ended_before).filter(
        ~Q(case_description="") | (Q(rating__isnull=False) & ~Q(rating__comment=""))
    )


def anonymise_bookings(bookings) -> int:
    """Clear the case descriptions and rating comments of ``bookings``;
    the booking itself, its status history and the score stay (the corps'
    numbers are counted from them). Logged on each booking."""
    with transaction.atomic():
        pks = list(bookings.values_list("pk", flat=True))
        BookingRequest.objects.filter(pk__in=pks).update(case_description="")
        BookingRating.objects.filter(booking__in=pks).update(comment="")
        for booking in BookingRequest.objects.filter(pk__in=pks):
            _log(booking, "kb.booking.anonymised", by=None)
    return len(pks)


def is_free(
    specialist: SpecialistPage,
    start: dt.datetime,
    end: dt.datetime,
    *,
    exclude: BookingRequest | None = None,
) -> bool:
    """Whether ``specialist`` has neither a busy booking nor an unavailable
    period overlapping ``[start, end)``."""
    try:
        _check_free(specialist, start, end, exclude=exclude)
    except ActionRefused:
        return False
    return True


def acceptance_conflict(booking: BookingRequest) -> str:
    """Why ``booking`` cannot be accepted because its specialist is taken in
    its period (booked or unavailable), or ``""`` when they are free."""
    try:
        _check_free(booking.specialist, booking.start, booking.end, exclude=booking)
    except ActionRefused as error:
        return error.message
    return ""


def _check_free(specialist, start, end, *, exclude=None) -> None:
    busy = BookingRequest.objects.busy().filter(specialist=specialist)
    if exclude is not None:
        busy = busy.exclude(pk=exclude.pk)
    if busy.overlapping(start, end).exists():
        raise ActionRefused(gettext(ALREADY_BOOKED))
    if specialist.unavailable_periods.overlapping(start, end).exists():
        raise ActionRefused(gettext(UNAVAILABLE))


def _check_period(start: dt.datetime, end: dt.datetime) -> None:
    if timezone.is_naive(start) or timezone.is_naive(end):
        raise ActionRefused(gettext("Start og slut skal angives med tidszone."))
    if end <= start:
        raise ActionRefused(gettext("Slutningen skal ligge efter starten."))


def _check_no_cpr(text: str) -> None:
    if contains_cpr_number(text):
        raise ActionRefused(str(CPR_MESSAGE))


def _require_reason(reason: str, missing: str) -> str:
    """The stripped ``reason``; refused with the message ``missing`` when
    empty."""
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(missing)
    _check_no_cpr(reason)
    return reason


def _require(user, action: str, booking: BookingRequest, refusal: str) -> None:
    """Refuse with ``refusal`` unless the policy lets ``user`` do ``action``
    on ``booking``."""
    if not booking_policy.user_has_permission_for_instance(user, action, booking):
        raise ActionRefused(refusal)


def _require_transition(booking: BookingRequest, status: str, refusal: str) -> None:
    """Refuse with ``refusal`` (which names the current ``%(status)s``) unless
    the booking may move to ``status``."""
    if not booking.can_change_to(status):
        raise ActionRefused(
            refusal % {"status": str(booking.get_status_display()).lower()}
        )


def _region_of(affiliation):
    return affiliation.region or affiliation.municipality.region


# --- Writing ----------------------------------------------------------------


def _lock_specialist(pk: int) -> SpecialistPage:
    return SpecialistPage.objects.select_for_update(of=("self",)).get(pk=pk)


def _lock(booking: BookingRequest) -> BookingRequest:
    """Lock the booking's specialist, then re-read the booking itself: what
    the caller holds may be stale."""
    specialist = _lock_specialist(booking.specialist_id)
    booking = BookingRequest.objects.select_for_update(of=("self",)).get(pk=booking.pk)
    booking.specialist = specialist
    return booking


def _change_status(booking: BookingRequest, status: str, *, by, reason: str = ""):
    previous = booking.status
    booking.status = status
    if reason:
        booking.status_reason = reason
    try:
        # A savepoint, so the PostgreSQL constraint's refusal can be reported.
        with transaction.atomic():
            booking.save(update_fields=["status", "status_reason", "updated_at"])
    except IntegrityError as error:
        if NO_OVERLAP_CONSTRAINT in str(error):
            raise ActionRefused(gettext(ALREADY_BOOKED)) from error
        raise
    _record(booking, previous, status, by=by, reason=reason)
    _log(
        booking,
        f"kb.booking.{status}",
        by=by,
        from_status=previous,
        to_status=status,
        reason=reason,
    )
    transaction.on_commit(
        lambda: notifications.booking_status_changed(booking, previous, by),
        robust=True,
    )


def _record(
    booking,
    from_status: str,
    to_status: str,
    *,
    by,
    reason: str = "",
    kind: str = BookingStatusChange.STATUS,
):
    BookingStatusChange.objects.create(
        booking=booking,
        from_status=from_status,
        to_status=to_status,
        by=by,
        reason=reason,
        kind=kind,
    )


def _log(instance, action: str, *, by, deleted: bool = False, **data) -> None:
    """Who did what to ``instance`` and why, in Wagtail's audit log (Reports
    → Site history); the booking's own history stays in
    :class:`BookingStatusChange`, which the booking page shows."""
    log(
        instance=instance,
        action=action,
        user=by,
        data={key: value for key, value in data.items() if value not in ("", None)},
        deleted=deleted,
    )
