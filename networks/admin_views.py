"""Administrators appoint and remove network coordinators in the Wagtail
admin (Settings → Netværkskoordinatorer); the rules and the audit log are
in :mod:`networks.coordination`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from kb.core.exceptions import ActionRefused
from networks import coordination
from networks.forms import AppointCoordinatorForm
from networks.models import NetworkMembership
from networks.permissions import network_policy


def may_appoint(user) -> bool:
    return network_policy.user_has_permission(user, "appoint_coordinators")


class CoordinatorsView(WagtailAdminTemplateMixin, FormView):
    """The coordinators of every network, and a form to appoint one."""

    template_name = "networks/admin/coordinators.html"
    form_class = AppointCoordinatorForm
    page_title = gettext_lazy("Netværkskoordinatorer")
    header_icon = "group"
    success_url = reverse_lazy("network_coordinators")

    def dispatch(self, request, *args, **kwargs):
        if not may_appoint(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            coordinators=NetworkMembership.objects.filter(
                role=NetworkMembership.Role.COORDINATOR
            )
            .select_related("network", "user")
            .order_by("network__title", "user__first_name", "user__username"),
            **kwargs,
        )

    def form_valid(self, form):
        network, user = form.cleaned_data["network"], form.cleaned_data["user"]
        try:
            coordination.appoint_coordinator(
                network=network, user=user, by=self.request.user
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(user)s er nu koordinator for %(network)s.")
            % {
                "user": user.get_full_name() or user.get_username(),
                "network": network.title,
            },
        )
        return super().form_valid(form)


@require_POST
def remove_coordinator(request, pk):
    if not may_appoint(request.user):
        raise PermissionDenied
    membership = get_object_or_404(
        NetworkMembership.objects.select_related("network", "user"),
        pk=pk,
        role=NetworkMembership.Role.COORDINATOR,
    )
    try:
        coordination.remove_coordinator(membership=membership, by=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        user = membership.user
        messages.success(
            request,
            _("%(user)s er ikke længere koordinator for %(network)s.")
            % {
                "user": user.get_full_name() or user.get_username(),
                "network": membership.network.title,
            },
        )
    return redirect("network_coordinators")
