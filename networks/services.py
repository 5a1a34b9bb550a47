"""Every change to registrations and memberships goes through here: small,
keyword-only functions inside a transaction that lock the event or network
row, so concurrent requests cannot overfill an event. Who may do what is
decided by the policies in :mod:`networks.permissions`, the same ones the
views and pages ask. A change the rules do not allow raises
:class:`kb.core.exceptions.ActionRefused` with a Danish message for the user.
Every change leaves an entry in Wagtail's audit log on the event's or the
network's page (``kb.registration.*``, ``kb.membership.*``, see
``networks/wagtail_hooks.py``), so it shows in the page's history and in
Reports → Site history."""

import datetime as dt
import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission

from kb.core import tokens, uploads
from kb.core.cpr import contains_cpr_number
from kb.core.exceptions import ActionRefused, TooManyRequests
from kb.core.http import hashed_client
from networks import notifications
from networks.models import (
    GUEST_CLIENT_SALT,
    GUEST_CONFIRMATION_PERIOD,
    GUEST_RATE_WINDOW,
    EventRegistration,
    NetworkMembership,
    NetworkPage,
    ThemeDayPage,
)
from networks.models.membership import private_storage
from networks.permissions import (
    event_policy,
    membership_policy,
    registration_policy,
)

logger = logging.getLogger(__name__)


def _locked_event(event: ThemeDayPage) -> ThemeDayPage:
    return ThemeDayPage.objects.select_for_update().get(pk=event.pk)


def register_for_event(
    *,
    event: ThemeDayPage,
    user,
    name: str,
    organisation: str,
    email: str,
    municipality=None,
    needs: str = "",
    now: dt.datetime | None = None,
) -> EventRegistration:
    """A seat if one is free, otherwise a place on the waiting list."""
    now = now or timezone.now()
    if not registration_policy.user_has_permission(user, "register"):
        raise ActionRefused(_("Log ind for at tilmelde dig."))
    with transaction.atomic():
        event = _locked_event(event)
        reason = event.registration_closed_reason(now=now)
        if reason:
            raise ActionRefused(reason)
        if EventRegistration.objects.filter(
            event=event, user=user, status__in=EventRegistration.ACTIVE
        ).exists():
            raise ActionRefused(_("Du er allerede tilmeldt dette arrangement."))
        registration = EventRegistration(
            event=event,
            user=user,
            name=name,
            organisation=organisation,
            municipality=municipality,
            email=email,
            needs=needs,
        )
        _seat_or_queue(event, registration, now=now, by=user)
        registration.full_clean()
        registration.save()
        _log_registration(event, registration, "kb.registration.created", by=user)
        transaction.on_commit(lambda: notifications.registration_received(registration))
    return registration


def _seat_or_queue(
    event: ThemeDayPage, registration: EventRegistration, *, now: dt.datetime, by
) -> None:
    """The one capacity rule for every registration, with an account or as
    a guest: a seat if one is free and nobody is waiting for it, otherwise
    the last place in the queue. The caller holds the lock on ``event``'s
    row; ``registration`` holds no place yet (new, or a guest's unconfirmed
    one) and is saved by the caller."""
    # Seats freed by any path (a raised capacity, a deleted registration)
    # go to the waiting list before a newcomer gets one.
    _serve_waiting_list(event, now=now, by=by)
    active = EventRegistration.objects.filter(
        event=event, status__in=EventRegistration.ACTIVE
    )
    full = active.filter(status=EventRegistration.Status.WAITING).exists() or (
        event.capacity is not None
        and active.filter(status=EventRegistration.Status.CONFIRMED).count()
        >= event.capacity
    )
    registration.status = (
        EventRegistration.Status.WAITING if full else EventRegistration.Status.CONFIRMED
    )


def cancel_registration(
    *, registration: EventRegistration, by_user, now: dt.datetime | None = None
) -> EventRegistration | None:
    """Cancel (up to the deadline); returns whoever was promoted from the
    waiting list, if anyone."""
    return _cancel(
        registration,
        by=by_user,
        may_cancel=lambda r: registration_policy.user_has_permission_for_instance(
            by_user, "cancel", r
        ),
        now=now,
    )


def _cancel(
    registration: EventRegistration, *, by, may_cancel, now: dt.datetime | None
) -> EventRegistration | None:
    """Cancel for an account (``by``) or a guest (``by`` None), if
    ``may_cancel(registration)``; the seat goes to the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked_event(registration.event)
        registration = EventRegistration.objects.select_for_update().get(
            pk=registration.pk
        )
        if not may_cancel(registration):
            raise ActionRefused(_("Du kan kun afmelde din egen tilmelding."))
        registration.event = event
        reason = registration.cancellation_closed_reason(now=now)
        if reason:
            raise ActionRefused(reason)
        was_confirmed = registration.status == EventRegistration.Status.CONFIRMED
        registration.status = EventRegistration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        _log_registration(event, registration, "kb.registration.cancelled", by=by)
        transaction.on_commit(
            lambda: notifications.registration_cancelled(registration)
        )
        promoted = _serve_waiting_list(event, now=now, by=by) if was_confirmed else []
    return promoted[0] if promoted else None


# --- guests ------------------------------------------------------------------


def request_guest_registration(
    *,
    event: ThemeDayPage,
    name: str,
    organisation: str,
    email: str,
    municipality=None,
    needs: str = "",
    client_address: str = "",
    now: dt.datetime | None = None,
) -> EventRegistration:
    """A registration without an account, unconfirmed: it holds no seat,
    and the only e-mail sent to the address (which anyone could have typed)
    asks its owner to confirm it through their personal link. Confirming
    (:func:`confirm_guest_registration`) takes the seat. ``client_address``
    is the IP the request came from (:func:`kb.core.http.client_address`),
    for the limit per client."""
    now = now or timezone.now()
    requested_from = hashed_client(client_address, salt=GUEST_CLIENT_SALT)
    with transaction.atomic():
        event = _locked_event(event)
        reason = event.registration_closed_reason(now=now)
        if reason:
            raise ActionRefused(reason)
        _refuse_taken_email(event, email, now=now)
        _refuse_too_many_guest_requests(
            email=email, requested_from=requested_from, now=now
        )
        registration = EventRegistration(
            event=event,
            user=None,
            name=name,
            organisation=organisation,
            municipality=municipality,
            email=email,
            needs=needs,
            status=EventRegistration.Status.UNCONFIRMED,
            requested_from=requested_from,
        )
        registration.full_clean()
        registration.save()
        _log_registration(
            event, registration, "kb.registration.guest_requested", by=None
        )
        transaction.on_commit(
            lambda: notifications.guest_confirmation_requested(registration)
        )
    return registration


def _refuse_taken_email(event: ThemeDayPage, email: str, *, now: dt.datetime) -> None:
    """One registration per address and event. A guest's unconfirmed
    registration whose link has expired is void: it is deleted, so it
    blocks nothing (and keeps no personal data)."""
    same_address = EventRegistration.objects.filter(event=event, email__iexact=email)
    for stale in same_address.filter(status=EventRegistration.Status.UNCONFIRMED):
        if stale.confirmation_expired(now):
            stale.delete()
    if same_address.filter(status__in=EventRegistration.ACTIVE).exists():
        raise ActionRefused(
            _(
                "Der er allerede en tilmelding til arrangementet med denne "
                "e-mailadresse. Brug linket i e-mailen fra os for at se eller "
                "ændre den."
            )
        )
    if same_address.filter(status=EventRegistration.Status.UNCONFIRMED).exists():
        raise ActionRefused(
            _(
                "Vi har allerede sendt en e-mail til denne adresse. Følg linket "
                "i e-mailen for at bekræfte tilmeldingen."
            )
        )


def _refuse_too_many_guest_requests(
    *, email: str, requested_from: str, now: dt.datetime
) -> None:
    """The guest form sends an e-mail to whatever address is typed, so it
    must not serve to flood an inbox or to send mail in bulk: within
    ``GUEST_RATE_WINDOW`` at most ``KB_GUEST_RATE_PER_EMAIL`` unconfirmed
    registrations (one e-mail each) per address, across events, and
    ``KB_GUEST_RATE_PER_ADDRESS`` per client. Counted from the registrations
    themselves, so every server process sees the same numbers (concurrent
    requests for different events may pass a request or two more). A
    confirmed one no longer counts: its owner wanted it."""
    recent = EventRegistration.objects.filter(
        user__isnull=True,
        status=EventRegistration.Status.UNCONFIRMED,
        created_at__gte=now - GUEST_RATE_WINDOW,
    )
    if (
        requested_from
        and recent.filter(requested_from=requested_from).count()
        >= settings.KB_GUEST_RATE_PER_ADDRESS
    ):
        raise TooManyRequests(
            _(
                "Der er sendt for mange tilmeldinger uden konto fra din "
                "internetforbindelse. Prøv igen om en time, eller log ind for at "
                "tilmelde dig med din konto."
            )
        )
    if recent.filter(email__iexact=email).count() >= settings.KB_GUEST_RATE_PER_EMAIL:
        raise TooManyRequests(
            _(
                "Der er sendt for mange bekræftelser til denne adresse. Prøv igen "
                "om en time."
            )
        )


def delete_unconfirmed_registrations(*, now: dt.datetime | None = None) -> int:
    """Delete the guests' registrations never confirmed within
    ``GUEST_CONFIRMATION_PERIOD``: they hold nothing, and the site keeps no
    personal data that nobody confirmed. Returns how many went."""
    now = now or timezone.now()
    deleted, _by_model = EventRegistration.objects.filter(
        status=EventRegistration.Status.UNCONFIRMED,
        created_at__lt=now - GUEST_CONFIRMATION_PERIOD,
    ).delete()
    return deleted


def delete_stale_kept_uploads(*, now: dt.datetime | None = None) -> int:
    """Delete the meeting files kept from refused submits that nobody came
    back for within ``KEPT_UPLOAD_MAX_AGE`` (see :mod:`kb.core.uploads`).
    Returns how many went."""
    return uploads.delete_stale_kept_uploads(storage=private_storage(), now=now)


def guest_registration_for_token(token: str) -> EventRegistration | None:
    """The guest's registration that ``token`` (from their personal link)
    opens, or None for a wrong link. Holding the link is the guest's key."""
    pk = EventRegistration.pk_from_guest_token(token)
    if pk is None:
        return None
    return (
        EventRegistration.objects.filter(pk=pk, user__isnull=True)
        .select_related("event", "municipality")
        .first()
    )


def confirm_guest_registration(
    *, registration: EventRegistration, now: dt.datetime | None = None
) -> EventRegistration:
    """The guest confirmed their address from the personal link: now the
    registration takes a seat or a place in the queue, by the same rule as
    an account's, and the usual confirmation is sent. Confirming twice
    changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked_event(registration.event)
        registration = EventRegistration.objects.select_for_update().get(
            pk=registration.pk
        )
        registration.event = event
        if registration.status != EventRegistration.Status.UNCONFIRMED:
            return registration
        if registration.confirmation_expired(now):
            raise ActionRefused(
                _("Linket er udløbet. Tilmeld dig igen på arrangementets side.")
            )
        reason = event.registration_closed_reason(now=now)
        if reason:
            raise ActionRefused(reason)
        if (
            EventRegistration.objects.filter(
                event=event,
                email__iexact=registration.email,
                status__in=EventRegistration.ACTIVE,
            )
            .exclude(pk=registration.pk)
            .exists()
        ):
            raise ActionRefused(
                _(
                    "Der er allerede en tilmelding til arrangementet med denne "
                    "e-mailadresse."
                )
            )
        _seat_or_queue(event, registration, now=now, by=None)
        # The queue counts from the confirmation, not from the form.
        registration.created_at = now
        # Only unconfirmed requests are counted per client (and kept).
        registration.requested_from = ""
        registration.save(update_fields=["status", "created_at", "requested_from"])
        _log_registration(event, registration, "kb.registration.created", by=None)
        transaction.on_commit(lambda: notifications.registration_received(registration))
    return registration


def change_guest_registration(
    *,
    registration: EventRegistration,
    name: str,
    organisation: str,
    municipality=None,
    needs: str = "",
    now: dt.datetime | None = None,
) -> EventRegistration:
    """The guest corrects their details from the personal link (not the
    address: it is the one that was confirmed)."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = (
            EventRegistration.objects.select_for_update()
            .select_related("event")
            .get(pk=registration.pk)
        )
        reason = registration.change_closed_reason(now)
        if reason:
            raise ActionRefused(reason)
        registration.name = name
        registration.organisation = organisation
        registration.municipality = municipality
        registration.needs = needs
        registration.full_clean()
        registration.save(
            update_fields=["name", "organisation", "municipality", "needs"]
        )
        _log_registration(
            registration.event, registration, "kb.registration.changed", by=None
        )
    return registration


def cancel_guest_registration(
    *, registration: EventRegistration, now: dt.datetime | None = None
) -> EventRegistration | None:
    """The guest cancels from the personal link (holding it is the key);
    otherwise as :func:`cancel_registration`."""
    return _cancel(registration, by=None, may_cancel=lambda r: r.is_guest, now=now)


def serve_waiting_list(
    *, event_id: int, now: dt.datetime | None = None
) -> list[EventRegistration]:
    """Give every free seat of ``event`` to the waiting list, in order, and
    e-mail those promoted. Called whenever seats may have freed up: a
    capacity raised in the admin, a registration removed."""
    now = now or timezone.now()
    with transaction.atomic():
        event = ThemeDayPage.objects.select_for_update().filter(pk=event_id).first()
        if event is None:  # deleted meanwhile
            return []
        return _serve_waiting_list(event, now=now)


def _serve_waiting_list(
    event: ThemeDayPage, *, now: dt.datetime, by=None
) -> list[EventRegistration]:
    """The caller holds the lock on ``event``'s row; ``by`` is whoever freed
    the seats (None: the system, e.g. a capacity raised in the admin)."""
    if event.is_cancelled or now >= event.start:
        return []
    waiting = (
        EventRegistration.objects.select_for_update()
        .filter(event=event, status=EventRegistration.Status.WAITING)
        .order_by("created_at", "pk")
    )
    if event.capacity is not None:
        confirmed = EventRegistration.objects.filter(
            event=event, status=EventRegistration.Status.CONFIRMED
        ).count()
        free = event.capacity - confirmed
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        _confirm_from_waiting_list(registration, now=now)
        _log_registration(event, registration, "kb.registration.promoted", by=by)
    return promoted


def _confirm_from_waiting_list(
    registration: EventRegistration, *, now: dt.datetime
) -> None:
    registration.status = EventRegistration.Status.CONFIRMED
    registration.promoted_at = now
    registration.save(update_fields=["status", "promoted_at"])
    transaction.on_commit(
        lambda: notifications.promoted_from_waiting_list(registration)
    )


def give_seat_by_hand(
    *, registration: EventRegistration, by_user, now: dt.datetime | None = None
) -> EventRegistration:
    """An organiser moves one person from the waiting list to a seat, out of
    turn and, if the event is full, beyond its capacity."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked_event(registration.event)
        registration = EventRegistration.objects.select_for_update().get(
            pk=registration.pk
        )
        if not registration_policy.user_has_permission_for_instance(
            by_user, "give_seat", registration
        ):
            raise ActionRefused(_("Kun arrangøren kan give en plads fra ventelisten."))
        if registration.status != EventRegistration.Status.WAITING:
            raise ActionRefused(_("Personen står ikke længere på ventelisten."))
        if event.is_cancelled:
            raise ActionRefused(_("Arrangementet er aflyst."))
        _confirm_from_waiting_list(registration, now=now)
        _log_registration(event, registration, "kb.registration.seat_given", by=by_user)
    return registration


def notify_cancelled_event(event: ThemeDayPage) -> int:
    """Tell everyone registered that the event is cancelled (once each)."""
    registrations = list(
        EventRegistration.objects.filter(
            event=event,
            status__in=EventRegistration.ACTIVE,
            event_cancelled_notified_at__isnull=True,
        )
    )
    for registration in registrations:
        notifications.event_cancelled(registration)
    EventRegistration.objects.filter(pk__in=[r.pk for r in registrations]).update(
        event_cancelled_notified_at=timezone.now()
    )
    return len(registrations)


def send_event_reminders(*, now: dt.datetime | None = None) -> int:
    """E-mail a reminder to every confirmed participant of a live, not
    cancelled event that starts within ``settings.KB_EVENT_REMINDER_DAYS``
    days of ``now``; once per registration (``reminded_at``), so the command
    can run as often as cron likes. Returns how many were sent."""
    now = now or timezone.now()
    window = dt.timedelta(days=settings.KB_EVENT_REMINDER_DAYS)
    due = EventRegistration.objects.filter(
        status=EventRegistration.Status.CONFIRMED,
        reminded_at__isnull=True,
        event__live=True,
        event__is_cancelled=False,
        event__start__gt=now,
        event__start__lte=now + window,
    ).select_related("event")
    sent = 0
    for registration in due:
        # Claim the registration first: two runs at once send one reminder.
        claimed = EventRegistration.objects.filter(
            pk=registration.pk, reminded_at__isnull=True
        ).update(reminded_at=now)
        if not claimed:
            continue
        try:
            notifications.event_reminder(registration, now=now)
        except Exception:
            # Unclaim, so the next run tries again.
            EventRegistration.objects.filter(pk=registration.pk).update(
                reminded_at=None
            )
            logger.exception("Reminder for registration %s failed", registration.pk)
            continue
        sent += 1
    return sent


def participants_to_email(event: ThemeDayPage, *, include_waiting: bool):
    statuses = [EventRegistration.Status.CONFIRMED]
    if include_waiting:
        statuses.append(EventRegistration.Status.WAITING)
    return EventRegistration.objects.filter(event=event, status__in=statuses)


def email_participants(
    *, event: ThemeDayPage, by_user, subject: str, message: str, include_waiting: bool
) -> int:
    """The organiser writes to the event's participants: one e-mail each,
    so nobody sees the others' addresses. The text is stored nowhere but
    the audit log's subject line, so it must not hold a CPR number."""
    if not event_policy.user_has_permission_for_instance(
        by_user, "email_participants", event
    ):
        raise ActionRefused(_("Kun arrangøren kan skrive til deltagerne."))
    if contains_cpr_number(subject) or contains_cpr_number(message):
        raise ActionRefused(_("Skriv ikke CPR-numre i beskeder til deltagerne."))
    registrations = list(participants_to_email(event, include_waiting=include_waiting))
    sent = sum(
        notifications.message_to_participant(
            registration, subject=subject, message=message
        )
        for registration in registrations
    )
    log(
        instance=event,
        action="kb.registration.participants_emailed",
        user=by_user,
        data={
            "subject": subject,
            "recipients": sent,
            "group": "tilmeldte og venteliste" if include_waiting else "tilmeldte",
        },
    )
    return sent


def attendance_closed_reason(
    event: ThemeDayPage, now: dt.datetime | None = None
) -> str | None:
    """Why attendance cannot be recorded for ``event`` at ``now``, or None."""
    now = now or timezone.now()
    if event.is_cancelled:
        return _("Arrangementet er aflyst.")
    if now < event.start:
        return _("Fremmøde kan registreres, når arrangementet er begyndt.")
    return None


def record_attendance(
    *, event: ThemeDayPage, by_user, attended_ids, now: dt.datetime | None = None
) -> tuple[int, int]:
    """Mark every confirmed participant of ``event`` as attended (their id
    in ``attended_ids``) or not; returns (attended, confirmed)."""
    if not event_policy.user_has_permission_for_instance(
        by_user, "record_attendance", event
    ):
        raise ActionRefused(_("Kun arrangøren kan registrere fremmøde."))
    reason = attendance_closed_reason(event, now)
    if reason:
        raise ActionRefused(reason)
    attended_ids = {int(pk) for pk in attended_ids}
    with transaction.atomic():
        confirmed = EventRegistration.objects.select_for_update().filter(
            event=event, status=EventRegistration.Status.CONFIRMED
        )
        ids = set(confirmed.values_list("pk", flat=True))
        present = ids & attended_ids
        EventRegistration.objects.filter(pk__in=present).update(attended=True)
        EventRegistration.objects.filter(pk__in=ids - present).update(attended=False)
        log(
            instance=event,
            action="kb.registration.attendance_recorded",
            user=by_user,
            data={"attended": len(present), "confirmed": len(ids)},
        )
    return len(present), len(ids)


# --- personal data -------------------------------------------------------------

ANONYMISED_NAME = "Anonymiseret"


def registrations_to_anonymise(*, ended_before: dt.datetime):
    """Registrations for events that ended before ``ended_before`` that still
    say who registered."""
    return EventRegistration.objects.filter(
        event__end__lt=ended_before, anonymised_at__isnull=True
    )


def anonymise_registrations(registrations) -> int:
    """Forget who registered (name, e-mail, organisation, needs, the user,
    a guest's client hash) and keep what the activity report counts: the event, the status, the
    municipality and attendance. One entry per event in its history."""
    with transaction.atomic():
        per_event = dict(
            registrations.values("event")
            .annotate(n=Count("pk"))
            .values_list("event", "n")
        )
        changed = EventRegistration.objects.filter(
            pk__in=list(registrations.values_list("pk", flat=True))
        ).update(
            user=None,
            name=ANONYMISED_NAME,
            email="",
            organisation="",
            needs="",
            requested_from="",
            anonymised_at=timezone.now(),
        )
        for event in ThemeDayPage.objects.filter(pk__in=per_event):
            log(
                instance=event,
                action="kb.registration.anonymised",
                user=None,
                data={"count": per_event[event.pk]},
            )
    return changed


# --- networks ----------------------------------------------------------------


def join_network(
    *, network: NetworkPage, user, organisation: str = ""
) -> NetworkMembership:
    """Open networks admit at once; closed ones record a request."""
    if not membership_policy.user_has_permission(user, "join"):
        raise ActionRefused(_("Log ind for at blive medlem."))
    with transaction.atomic():
        membership = (
            NetworkMembership.objects.select_for_update()
            .filter(network=network, user=user)
            .first()
        )
        if membership and membership.status in (
            NetworkMembership.Status.MEMBER,
            NetworkMembership.Status.REQUESTED,
        ):
            raise ActionRefused(
                _("Du er allerede medlem eller har anmodet om at blive det.")
            )
        status = (
            NetworkMembership.Status.MEMBER
            if network.membership == NetworkPage.Membership.OPEN
            else NetworkMembership.Status.REQUESTED
        )
        membership = membership or NetworkMembership(network=network, user=user)
        membership.status = status
        membership.organisation = organisation
        membership.decline_reason = ""
        membership.save()
        _log_membership(
            membership,
            "kb.membership.joined"
            if status == NetworkMembership.Status.MEMBER
            else "kb.membership.requested",
            by=user,
        )
        if status == NetworkMembership.Status.REQUESTED:
            transaction.on_commit(
                lambda: notifications.membership_requested(membership)
            )
    return membership


def decide_membership(
    *, membership: NetworkMembership, by_user, approve: bool, reason: str = ""
) -> NetworkMembership:
    with transaction.atomic():
        membership = NetworkMembership.objects.select_for_update().get(pk=membership.pk)
        if not membership_policy.user_has_permission_for_instance(
            by_user, "decide", membership
        ):
            raise ActionRefused(_("Kun netværkets koordinator kan godkende medlemmer."))
        if membership.status != NetworkMembership.Status.REQUESTED:
            raise ActionRefused(_("Anmodningen er allerede behandlet."))
        if not approve and not reason.strip():
            raise ActionRefused(_("Skriv en begrundelse for afvisningen."))
        membership.status = (
            NetworkMembership.Status.MEMBER
            if approve
            else NetworkMembership.Status.DECLINED
        )
        membership.decline_reason = "" if approve else reason.strip()
        membership.decided_at = timezone.now()
        membership.save()
        _log_membership(
            membership,
            "kb.membership.approved" if approve else "kb.membership.declined",
            by=by_user,
            reason=membership.decline_reason,
        )
        transaction.on_commit(lambda: notifications.membership_decided(membership))
    return membership


def leave_network(*, network: NetworkPage, user) -> None:
    """``user`` leaves ``network`` (nothing happens if they are no member)."""
    with transaction.atomic():
        memberships = membership_policy.instances_user_has_permission_for(
            user, "leave"
        ).filter(network=network)
        for membership in memberships.select_for_update():
            membership.status = NetworkMembership.Status.LEFT
            membership.save(update_fields=["status"])
            _log_membership(membership, "kb.membership.left", by=user)


def issue_calendar_token(*, membership: NetworkMembership, user) -> str:
    """A new secret address for the member's private calendar: returns the
    token, stores only its hash, so this is the one chance to show it. The
    previous address stops working."""
    token, token_hash = tokens.issue_token()
    with transaction.atomic():
        membership = NetworkMembership.objects.select_for_update().get(pk=membership.pk)
        if not membership_policy.user_has_permission_for_instance(
            user, "issue_calendar_token", membership
        ):
            if membership.user_id != user.pk:
                raise ActionRefused(_("Du kan kun hente din egen kalenderadresse."))
            raise ActionRefused(_("Kun medlemmer af netværket har en kalender."))
        membership.calendar_token_hash = token_hash
        membership.save(update_fields=["calendar_token_hash"])
        _log_membership(membership, "kb.membership.calendar_issued", by=user)
    return token


def membership_for_calendar_token(token: str) -> NetworkMembership | None:
    """The current membership whose private calendar ``token`` opens."""
    return tokens.find_by_token(
        NetworkMembership.objects.filter(
            status=NetworkMembership.Status.MEMBER
        ).select_related("network"),
        token,
        field="calendar_token_hash",
    )


COORDINATOR_PAGE_PERMISSIONS = ("add", "change", "publish")


def make_network_coordinator(
    *, network: NetworkPage, user, by=None
) -> NetworkMembership:
    """Make ``user`` the coordinator of ``network``: a membership with the
    role *coordinator* (which the policies in :mod:`networks.permissions`
    ask for memberships, registrations and meetings) and the network's
    subtree in the Wagtail admin (add, edit and publish its theme days and
    pages) and nothing else; one group per network, so removing the group's
    member removes the rights."""
    with transaction.atomic():
        group, created = Group.objects.get_or_create(
            name=f"Netværkskoordinator: {network.title}"[:150]
        )
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="wagtailadmin", codename="access_admin"
            ),
            *Permission.objects.filter(
                content_type__app_label="networks",
                codename__in=["view_activity_report", "coordinate_network"],
            ),
        )
        if created:
            for permission_type in COORDINATOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.create(
                    group=group, page=network, permission_type=permission_type
                )
        user.groups.add(group)
        membership, _created = NetworkMembership.objects.update_or_create(
            network=network,
            user=user,
            defaults={
                "status": NetworkMembership.Status.MEMBER,
                "role": NetworkMembership.Role.COORDINATOR,
            },
        )
        _log_membership(membership, "kb.network.coordinator_appointed", by=by)
    return membership


# --- audit log ---------------------------------------------------------------


def _log_registration(event: ThemeDayPage, registration, action: str, *, by) -> None:
    """An entry in the event page's history: who, what, for whom."""
    log(
        instance=event,
        action=action,
        user=by,
        data={
            "registration": registration.pk,
            "name": registration.name,
            "status": registration.status,
            "guest": registration.is_guest,
        },
    )


def _log_membership(membership, action: str, *, by, reason: str = "") -> None:
    """An entry in the network page's history: who, what, for whom, why."""
    data = {
        "membership": membership.pk,
        "member": membership.user.get_full_name() or membership.user.get_username(),
        "status": membership.status,
    }
    if reason:
        data["reason"] = reason
    log(instance=membership.network, action=action, user=by, data=data)
