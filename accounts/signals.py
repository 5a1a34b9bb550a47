"""Signal receivers, connected in :meth:`accounts.apps.AccountsConfig.ready`."""

from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed, user_signed_up
from allauth.account.utils import has_verified_email
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.utils.translation import gettext as _

from accounts.adapter import SIGNING_UP
from accounts.services import attach_by_email, booking_refusal
from accounts.sessions import note_login_time


def trust_address_of_user_made_by_hand(sender, instance, **kwargs):
    """A user created or edited outside allauth's sign-up (the Wagtail admin,
    the demo loader, ``createsuperuser``) can log in with their e-mail: the
    address counts as verified, unless another user verified it first."""
    email = (instance.email or "").strip().lower()
    if not email or getattr(instance, SIGNING_UP, False):
        return
    addresses = EmailAddress.objects.filter(email__iexact=email)
    if (
        addresses.filter(user=instance).exists()
        or addresses.filter(verified=True).exists()
    ):
        return
    has_primary = EmailAddress.objects.filter(user=instance, primary=True).exists()
    EmailAddress.objects.create(
        user=instance, email=email, verified=True, primary=not has_primary
    )


def attach_on_confirmation(sender, request, email_address, **kwargs):
    """A confirmed address at an organisation's domain attaches its user;
    either way, tell them what they can do now."""
    user = email_address.user
    affiliation = attach_by_email(user=user, email=email_address.email)
    if request is None:
        return
    if affiliation is not None:
        messages.success(
            request,
            _(
                "Din e-mailadresse er bekræftet, og du er knyttet til "
                "%(organisation)s. Du kan nu anmode om specialister fra "
                "specialistkorpset."
            )
            % {"organisation": affiliation.organisation},
        )
        return
    refusal = booking_refusal(user)
    messages.info(
        request,
        _("Din e-mailadresse er bekræftet.") + (" " + refusal if refusal else ""),
    )


def attach_on_verified_sign_up(sender, request, user, **kwargs):
    """A sign-up through the municipal login arrives with an address its
    provider has verified: attach at once (no confirmation mail follows)."""
    if has_verified_email(user, user.email):
        attach_by_email(user=user, email=user.email)


def connect():
    post_save.connect(
        trust_address_of_user_made_by_hand,
        sender=settings.AUTH_USER_MODEL,
        dispatch_uid="accounts_trust_address",
    )
    email_confirmed.connect(attach_on_confirmation, dispatch_uid="accounts_attach")
    user_signed_up.connect(
        attach_on_verified_sign_up, dispatch_uid="accounts_attach_sign_up"
    )
    user_logged_in.connect(note_login_time, dispatch_uid="accounts_login_time")
