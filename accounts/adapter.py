"""allauth's hooks for Vidensbanken.

Users made by trusted hands (the Wagtail admin, the demo loader,
``createsuperuser``) get their e-mail address as a verified allauth address
(:mod:`accounts.signals`), so they can log in with it at once; users made by
allauth's sign-up (by e-mail or through the municipal login, whose
adapter asks this one for the new user) are marked here, so that only their confirmation
link verifies them.

allauth's e-mails (confirmation, password reset, …) need nothing here: they
are queued like every other e-mail of the site, by the mail backend
(:class:`kb.core.mail.QueuedEmailBackend`), so a sign-up succeeds while the
mail server is down and the link arrives later.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import user_username
from django.contrib.auth import get_user_model

#: Set on a user instance that allauth is signing up (see accounts.signals).
SIGNING_UP = "_kb_signing_up"


class AccountAdapter(DefaultAccountAdapter):
    def new_user(self, request):
        user = super().new_user(request)
        setattr(user, SIGNING_UP, True)
        return user

    def populate_username(self, request, user):
        """The e-mail address is the username, as for the users the
        administrators create, so the admin's lists show who it is."""
        email = (user.email or "").lower()
        User = get_user_model()
        if (
            email
            and not user_username(user)
            and len(email) <= User._meta.get_field("username").max_length
            and not User.objects.filter(username__iexact=email).exists()
        ):
            user_username(user, email)
        super().populate_username(request, user)
