"""Wagtail's user screens for administrators: one form with the user's
account, organisation and roles; the listing (searchable by name, username
and e-mail) shows each user's organisation. And the locked logins
(Settings → Låste logins), which administrators unlock."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.users.views import users

from accounts import lockout
from accounts.forms import (
    UserCreationWithOrganisationForm,
    UserEditWithOrganisationForm,
)


def _organisation(user):
    affiliation = getattr(user, "affiliation", None)
    return affiliation.organisation if affiliation else "–"


class IndexView(users.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("affiliation__municipality", "affiliation__region")
        )

    @property
    def columns(self):
        columns = list(super().columns)
        columns.insert(
            3,
            Column(
                "organisation",
                accessor=_organisation,
                label=_("Organisation"),
                classname="organisation",
                width="20%",
            ),
        )
        return columns


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView

    def get_form_class(self, for_update=False):
        if for_update:
            return UserEditWithOrganisationForm
        return UserCreationWithOrganisationForm


def may_unlock(user) -> bool:
    """Those who manage users unlock their logins."""
    return user.has_perm("auth.change_user")


class LockedLoginsView(WagtailAdminTemplateMixin, TemplateView):
    """Accounts and addresses locked after too many wrong passwords, each
    with a button that unlocks it at once."""

    template_name = "accounts/admin/locked_logins.html"
    page_title = _("Låste logins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not may_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **lockout.locked_logins(),
            minutes=lockout.cool_off_minutes(),
            account_limit=settings.AXES_FAILURE_LIMIT,
            address_limit=settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT,
            **kwargs,
        )


@require_POST
def unlock_login(request):
    if not may_unlock(request.user):
        raise PermissionDenied
    account = request.POST.get("account", "").strip()
    address = request.POST.get("address", "").strip()
    if account:
        lockout.unlock_account(account)
        messages.success(
            request, gettext("%(account)s kan logge ind igen.") % {"account": account}
        )
    elif address:
        lockout.unlock_address(address)
        messages.success(
            request,
            gettext("Adressen %(address)s kan logge ind igen.") % {"address": address},
        )
    return redirect("locked_logins")
