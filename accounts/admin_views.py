"""Wagtail's user screens for administrators: one form with the user's
account, organisation and roles; the listing (searchable by name, username
and e-mail) shows each user's organisation."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.views import users

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
