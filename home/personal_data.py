"""Personal data across the features: kept only as long as needed, handed
to its owner on request, and forgotten when they delete their account.

Lives in ``home`` (the top layer) because it spans ``networks`` (event
registrations, memberships) and ``corps`` (bookings); each feature owns how
its own rows are anonymised (``networks.services.anonymise_registrations``,
``corps.services.anonymise_bookings``). Modelled on pretix's data shredders:
the counts the reports need stay, the people behind them go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from accounts.models import affiliation_of
from corps import services as corps_services
from corps.models import BookingRating, BookingRequest
from kb.core.exceptions import ActionRefused
from networks import services as network_services
from networks.models import EventRegistration, NetworkMembership


@dataclass
class Anonymised:
    registrations: int
    bookings: int


def anonymise_personal_data(
    *, now: dt.datetime | None = None, dry_run: bool = False
) -> Anonymised:
    """Anonymise registrations of events that ended, and bookings whose
    period ended, longer ago than the retention settings. Idempotent: what
    is anonymised is not found again. With ``dry_run`` only counts."""
    now = now or timezone.now()
    registrations = network_services.registrations_to_anonymise(
        ended_before=now - dt.timedelta(days=settings.KB_RETENTION_DAYS_REGISTRATIONS)
    )
    bookings = corps_services.bookings_to_anonymise(
        ended_before=now - dt.timedelta(days=settings.KB_RETENTION_DAYS_BOOKINGS)
    )
    if dry_run:
        return Anonymised(registrations.count(), bookings.count())
    return Anonymised(
        network_services.anonymise_registrations(registrations),
        corps_services.anonymise_bookings(bookings),
    )


# --- a user's own data ----------------------------------------------------------


def _when(value) -> str | None:
    return value.isoformat() if value else None


def personal_data_of(user) -> dict:
    """Everything the site holds about ``user``, as plain JSON values."""
    affiliation = affiliation_of(user)
    return {
        "profil": {
            "brugernavn": user.get_username(),
            "e-mail": user.email,
            "fornavn": user.first_name,
            "efternavn": user.last_name,
            "oprettet": _when(user.date_joined),
            "sidst_logget_ind": _when(user.last_login),
            "roller": sorted(user.groups.values_list("name", flat=True)),
        },
        "tilknytning": str(affiliation.organisation) if affiliation else None,
        "tilmeldinger": [
            {
                "arrangement": r.event.title,
                "starter": _when(r.event.start),
                "status": r.get_status_display(),
                "navn": r.name,
                "e-mail": r.email,
                "organisation": r.organisation,
                "kommune": r.municipality.name if r.municipality else None,
                "behov": r.needs,
                "tilmeldt": _when(r.created_at),
                "mødt_op": r.attended,
            }
            for r in EventRegistration.objects.filter(user=user).select_related(
                "event", "municipality"
            )
        ],
        "medlemskaber": [
            {
                "netværk": m.network.title,
                "status": m.get_status_display(),
                "rolle": m.get_role_display(),
                "organisation": m.organisation,
                "oprettet": _when(m.created_at),
            }
            for m in NetworkMembership.objects.filter(user=user).select_related(
                "network"
            )
        ],
        "bookinger": [
            {
                "reference": str(b.reference),
                "specialist": b.specialist.title,
                "fra": _when(b.start),
                "til": _when(b.end),
                "status": b.get_status_display(),
                "formål": b.purpose,
                "sagsbeskrivelse": b.case_description,
                "adresse": b.address,
                "oprettet": _when(b.created_at),
            }
            for b in BookingRequest.objects.filter(requested_by=user).select_related(
                "specialist"
            )
        ],
        "bedømmelser": [
            {
                "booking": str(r.booking.reference),
                "bedømmelse": r.score,
                "kommentar": r.comment,
                "bedømt": _when(r.rated_at),
            }
            for r in BookingRating.objects.filter(rated_by=user).select_related(
                "booking"
            )
        ],
    }


# --- deleting an account ----------------------------------------------------------


def account_deletion_refusal(user) -> str | None:
    """Why ``user`` cannot delete their account now (Danish), or None."""
    coordinated = NetworkMembership.objects.filter(
        user=user,
        status=NetworkMembership.Status.MEMBER,
        role=NetworkMembership.Role.COORDINATOR,
    ).select_related("network")
    for membership in coordinated:
        others = (
            NetworkMembership.objects.filter(
                network=membership.network,
                status=NetworkMembership.Status.MEMBER,
                role=NetworkMembership.Role.COORDINATOR,
            )
            .exclude(user=user)
            .exists()
        )
        if not others:
            return _(
                "Du er den eneste koordinator af netværket »%(network)s«. Bed "
                "en administrator udpege en ny koordinator, før du sletter din "
                "konto."
            ) % {"network": membership.network.title}
    for specialist in user.coordinated_specialists.all():
        alone = not specialist.coordinators.exclude(pk=user.pk).exists()
        if alone and specialist.bookings.open().exists():
            return _(
                "Du er den eneste korpskoordinator for %(specialist)s, som har "
                "åbne bookinger. Bed en administrator tilføje en anden "
                "koordinator, før du sletter din konto."
            ) % {"specialist": specialist.title}
    if BookingRequest.objects.open().filter(requested_by=user).exists():
        return _(
            "Du har bookinger, der ikke er afsluttet. Aflys dem, eller vent "
            "til de er gennemført, før du sletter din konto."
        )
    return None


def delete_account(*, user) -> None:
    """Cancel the user's seats for coming events, anonymise their
    registrations and the case descriptions and rating comments of their
    bookings, and delete the user. If bookings of their organisation still
    name them as requester (kept for the organisation and the corps), the
    account stays as an anonymous, inactive placeholder instead: no name,
    no e-mail, no password, no roles. Refused (``ActionRefused``) while
    :func:`account_deletion_refusal` has a reason."""
    refusal = account_deletion_refusal(user)
    if refusal:
        raise ActionRefused(refusal)
    now = timezone.now()
    for registration in EventRegistration.objects.filter(
        user=user, status__in=EventRegistration.ACTIVE, event__end__gte=now
    ):
        try:
            network_services.cancel_registration(
                registration=registration, by_user=user
            )
        except ActionRefused:
            pass  # too late to cancel: anonymised below like the rest
    with transaction.atomic():
        network_services.anonymise_registrations(
            EventRegistration.objects.filter(user=user)
        )
        corps_services.anonymise_bookings(
            BookingRequest.objects.filter(requested_by=user)
        )
        BookingRating.objects.filter(rated_by=user).update(comment="")
        pk = user.pk
        log(instance=user, action="kb.account.deleted", user=None, data={"user": pk})
        try:
            with transaction.atomic():
                get_user_model().objects.filter(pk=pk).delete()
        except ProtectedError:
            _make_placeholder(user)


def _make_placeholder(user) -> None:
    user.username = f"slettet-bruger-{user.pk}"
    user.email = ""
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    user.coordinated_specialists.clear()
    NetworkMembership.objects.filter(user=user).delete()
    for related in ("affiliation", "emailaddress_set", "socialaccount_set"):
        manager = getattr(user, related, None)
        if manager is None:
            continue
        if hasattr(manager, "all"):
            manager.all().delete()
        else:
            manager.delete()
