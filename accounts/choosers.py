"""A searchable user picker for the admin (Wagtail's chooser modal), used
wherever an administrator points something at a user: a specialist's own
login, a network's coordinator, an affiliation. A plain ``<select>`` of every
user does not scale past a few dozen accounts and cannot be searched by
e-mail."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser
from wagtail.permission_policies.pages import PagePermissionPolicy


def user_label(user) -> str:
    """How a user is named in pickers: the name, and the e-mail that tells
    two people of the same name apart."""
    name = user.get_full_name() or user.get_username()
    if user.email and user.email.lower() != name.lower():
        return f"{name} ({user.email})"
    return name


def search_users(users, query: str):
    """Users whose name, username or e-mail contains every word of
    ``query`` (case-insensitive), so "aarhus.dk" or "hansen" both find."""
    for word in query.split():
        users = users.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__icontains=word)
            | Q(email__icontains=word)
        )
    return users


def may_pick_users(user) -> bool:
    """Who may list users in the picker: those who manage users, and editors
    who can change pages (a specialist page's login field)."""
    return user.has_perm("auth.change_user") or (
        PagePermissionPolicy().user_has_any_permission(user, ["change", "publish"])
    )


class UserSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Søg efter navn eller e-mail"),
        widget=forms.TextInput(attrs={"placeholder": _("Fx hansen eller aarhus.dk")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = search_users(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class UserChooseViewMixin:
    filter_form_class = UserSearchForm
    ordering = ["first_name", "last_name", "username"]

    def dispatch(self, request, *args, **kwargs):
        if not may_pick_users(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return get_user_model().objects.filter(is_active=True)

    @property
    def columns(self):
        return [
            TitleColumn(
                "name",
                label=_("Navn"),
                accessor=lambda user: user.get_full_name() or user.get_username(),
                get_url=lambda user: self.append_preserved_url_parameters(
                    reverse(self.chosen_url_name, args=(user.pk,))
                ),
                link_attrs={"data-chooser-modal-choice": True},
            ),
            Column("email", label=_("E-mail")),
        ]


class UserChooseView(UserChooseViewMixin, chooser_views.ChooseView):
    pass


class UserChooseResultsView(UserChooseViewMixin, chooser_views.ChooseResultsView):
    pass


class UserChosenView(chooser_views.ChosenView):
    def dispatch(self, request, *args, **kwargs):
        if not may_pick_users(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_display_title(self, instance):
        return user_label(instance)


class BaseUserChooser(BaseChooser):
    clear_choice_text = _("Fjern brugeren")

    def get_display_title(self, instance):
        return user_label(instance)


class UserChooserViewSet(ChooserViewSet):
    model = settings.AUTH_USER_MODEL
    icon = "user"
    choose_one_text = _("Vælg en bruger")
    choose_another_text = _("Vælg en anden bruger")
    edit_item_text = _("Rediger brugeren")
    search_tab_label = _("Søg")
    per_page = 20
    choose_view_class = UserChooseView
    choose_results_view_class = UserChooseResultsView
    chosen_view_class = UserChosenView
    base_widget_class = BaseUserChooser
    # Every admin form field pointing at a user gets the picker.
    register_widget = True


user_chooser_viewset = UserChooserViewSet("user_chooser", url_prefix="brugervalg")
#: The picker as a form widget, for forms that are not model forms.
UserChooserWidget = user_chooser_viewset.widget_class
