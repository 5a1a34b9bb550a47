"""«Koordinér netværket»: the coordinator's pages on the site. Every object
is looked up through the policies in :mod:`networks.permissions`, so another
network, its meetings and its requests are simply not found (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from kb.core.exceptions import ActionRefused
from kb.core.http import private_page
from networks import coordination, services
from networks.forms import DeclineForm, MeetingForm
from networks.models import NetworkMeeting, NetworkMembership
from networks.permissions import meeting_policy, membership_policy, network_policy


def _coordinated_network_or_404(user, pk):
    return get_object_or_404(
        network_policy.instances_user_has_permission_for(user, "coordinate"), pk=pk
    )


@private_page
@login_required
def coordinate(request, pk):
    network = _coordinated_network_or_404(request.user, pk)
    return render(
        request,
        "networks/coordinate.html",
        {
            "network": network,
            "meetings": network.meetings.prefetch_related("documents"),
            "pending_requests": network.memberships.filter(
                status=NetworkMembership.Status.REQUESTED
            ).select_related("user"),
            "members": network.memberships.filter(
                status=NetworkMembership.Status.MEMBER
            ).select_related("user"),
        },
    )


def _meeting_form(request, meeting, *, network):
    form = MeetingForm(
        request.POST or None,
        request.FILES or None,
        instance=meeting,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        try:
            coordination.save_meeting(
                meeting=form.instance,
                by=request.user,
                document_title=form.cleaned_data["document_title"],
                document_file=form.cleaned_data["document_file"],
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            form.release_kept_file()
            messages.success(
                request,
                _("Mødet «%(title)s» er gemt.") % {"title": form.instance.title},
            )
            return redirect("networks:coordinate_network", pk=network.pk)
    if request.method == "POST":
        form.keep_document_file()
    return render(
        request,
        "networks/meeting_form.html",
        {"network": network, "meeting": meeting, "form": form},
    )


@private_page
@login_required
def new_meeting(request, pk):
    network = _coordinated_network_or_404(request.user, pk)
    return _meeting_form(request, NetworkMeeting(network=network), network=network)


@private_page
@login_required
def edit_meeting(request, pk):
    meeting = get_object_or_404(
        meeting_policy.instances_user_has_permission_for(
            request.user, "change"
        ).select_related("network"),
        pk=pk,
    )
    return _meeting_form(request, meeting, network=meeting.network)


@private_page
@login_required
def decide_membership(request, pk):
    """The request as the coordinator's e-mail links to it (GET), and the
    decision (POST): approve, or decline with a reason the applicant gets."""
    membership = get_object_or_404(
        membership_policy.instances_user_has_permission_for(
            request.user, "decide"
        ).select_related("network", "user"),
        pk=pk,
    )
    network = membership.network
    can_coordinate = network_policy.user_has_permission_for_instance(
        request.user, "coordinate", network
    )
    form = DeclineForm(request.POST or None)
    if request.method == "POST":
        approve = request.POST.get("decision") == "approve"
        if approve or form.is_valid():
            try:
                services.decide_membership(
                    membership=membership,
                    by_user=request.user,
                    approve=approve,
                    reason="" if approve else form.cleaned_data["reason"],
                )
            except ActionRefused as refused:
                messages.error(request, refused.message)
            else:
                name = membership.user.get_full_name() or membership.user.username
                messages.success(
                    request,
                    (
                        _("%(name)s er optaget og får besked på e-mail.")
                        if approve
                        else _("%(name)s er afvist og får begrundelsen på e-mail.")
                    )
                    % {"name": name},
                )
            if can_coordinate:
                return redirect("networks:coordinate_network", pk=network.pk)
            return redirect(network.url)
    else:
        form = DeclineForm()
    return render(
        request,
        "networks/membership_request.html",
        {
            "membership": membership,
            "network": network,
            "form": form,
            "can_coordinate": can_coordinate,
        },
    )
