"""Writes and rules about who a user works for.

Attaching happens only on a confirmed address (allauth's ``email_confirmed``
signal, or a sign-up through the municipal login whose provider vouches for
the address), never on what someone typed into the sign-up form.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import (
    BOOKER_GROUP,
    Affiliation,
    affiliation_of,
    organisation_domain_for,
)

#: The permission that lets a professional request the corps (granted by the
#: booker role; see corps.permissions, which asks the same).
REQUEST_BOOKING = "corps.request_booking"


def attach_by_email(*, user, email: str) -> Affiliation | None:
    """Attach ``user`` to the municipality or region owning the domain of
    their confirmed ``email`` and give them the booker role; returns the new
    affiliation, or None when the domain is no organisation's or the user is
    attached already (an administrator's choice is never overridden)."""
    domain = organisation_domain_for(email)
    if domain is None:
        return None
    with transaction.atomic():
        if Affiliation.objects.filter(user=user).exists():
            return None
        affiliation = Affiliation.objects.create(
            user=user, municipality=domain.municipality, region=domain.region
        )
        booker = Group.objects.filter(name=BOOKER_GROUP).first()
        if booker is not None:
            user.groups.add(booker)
    return affiliation


def booking_refusal(user) -> str | None:
    """Why a logged-in ``user`` cannot request the corps, and what to do
    about it, in Danish; None when they can (or are anonymous: the login
    page is their way in)."""
    if not user.is_authenticated:
        return None
    affiliation = affiliation_of(user)
    if affiliation is not None and user.has_perm(REQUEST_BOOKING):
        return None
    if affiliation is None:
        return _(
            "Du kan ikke booke specialistkorpset endnu, fordi din bruger ikke er "
            "knyttet til en kommune eller region. Det sker automatisk, når du "
            "opretter dig med din arbejdsmail fra en kommune eller region, vi "
            "kender. Bed ellers en administrator i Vidensbankens sekretariat om "
            "at knytte dig til din kommune eller region. Indtil da kan du "
            "tilmelde dig arrangementer og følge indhold."
        )
    return _(
        "Du er knyttet til %(organisation)s, men din bruger har ikke rollen "
        "fagperson/booker, som skal til for at booke specialistkorpset. Bed en "
        "administrator i Vidensbankens sekretariat om rollen."
    ) % {"organisation": affiliation.organisation}
