"""A network coordinator runs their own network without an editor: the
meetings (agenda, minutes, member-only files), the membership requests
that reach them by e-mail, and administrators who appoint and remove them.

The rules are asked of the policies in :mod:`networks.permissions`, the
same ones the views use to find objects (another network's meeting is not
found). Members hear of new minutes and files once per change: what was
announced is remembered on the meeting and its files, so a save that
changes nothing sends nothing, whichever way the meeting was saved (the
coordinator's pages or the editors' snippet in the admin)."""

from __future__ import annotations

import hashlib

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from kb.core.exceptions import ActionRefused
from networks import notifications
from networks.models import (
    MeetingDocument,
    NetworkMeeting,
    NetworkMembership,
    NetworkPage,
)
from networks.permissions import (
    COORDINATE,
    MANAGE_MEMBERSHIPS,
    meeting_policy,
    network_policy,
)
from networks.services import make_network_coordinator


def minutes_hash(minutes: str) -> str:
    """What identifies a version of the minutes ('' when there are none)."""
    text = minutes.strip()
    return hashlib.sha256(text.encode()).hexdigest() if text else ""


# --- who ---------------------------------------------------------------------


def coordinator_accounts(network: NetworkPage):
    """The active user accounts recorded as coordinators of ``network``."""
    return get_user_model().objects.filter(
        is_active=True,
        network_memberships__network=network,
        network_memberships__status=NetworkMembership.Status.MEMBER,
        network_memberships__role=NetworkMembership.Role.COORDINATOR,
    )


def request_recipients(network: NetworkPage) -> list[str]:
    """Who is told of a membership request: the network's coordinator
    accounts (who may decide it, unlike the contact text on the page); a
    network without one falls back to those who manage every network's
    memberships, so a request never goes unseen."""
    users = coordinator_accounts(network)
    if not users.exists():
        permission = Permission.objects.filter(
            content_type__app_label="networks",
            codename=MANAGE_MEMBERSHIPS.split(".", 1)[1],
        )
        users = get_user_model().objects.filter(
            Q(user_permissions__in=permission) | Q(groups__permissions__in=permission),
            is_active=True,
            is_superuser=False,
        )
    return sorted({user.email for user in users if user.email})


def member_recipients(network: NetworkPage, *, exclude_user=None) -> list[str]:
    """E-mail addresses of the network's accepted members."""
    memberships = NetworkMembership.objects.filter(
        network=network,
        status=NetworkMembership.Status.MEMBER,
        user__is_active=True,
    ).exclude(user__email="")
    if exclude_user is not None:
        memberships = memberships.exclude(user=exclude_user)
    return sorted(set(memberships.values_list("user__email", flat=True)))


# --- appointing coordinators (administrators, in the admin) -------------------


def _may_appoint(user) -> None:
    if not network_policy.user_has_permission(user, "appoint_coordinators"):
        raise ActionRefused(_("Kun administratorer kan udpege netværkskoordinatorer."))


def appoint_coordinator(*, network: NetworkPage, user, by) -> NetworkMembership:
    """``user`` coordinates ``network`` from now on (see
    :func:`networks.services.make_network_coordinator`)."""
    _may_appoint(by)
    if not user.is_active:
        raise ActionRefused(_("Brugeren er deaktiveret."))
    if coordinator_accounts(network).filter(pk=user.pk).exists():
        raise ActionRefused(_("Brugeren er allerede koordinator for netværket."))
    return make_network_coordinator(network=network, user=user, by=by)


def _coordinator_groups(network: NetworkPage, user):
    """The user's groups that give the coordinator's rights on exactly this
    network's pages (one group per network)."""
    return user.groups.filter(
        page_permissions__page=network,
        permissions__content_type__app_label="networks",
        permissions__codename=COORDINATE.split(".", 1)[1],
    ).distinct()


def remove_coordinator(*, membership: NetworkMembership, by) -> NetworkMembership:
    """The user stops coordinating the network and keeps being a member:
    the role goes back to *member* and the network's coordinator group (its
    page rights in the admin) is taken from them."""
    _may_appoint(by)
    with transaction.atomic():
        membership = (
            NetworkMembership.objects.select_for_update()
            .select_related("network", "user")
            .get(pk=membership.pk)
        )
        if membership.role != NetworkMembership.Role.COORDINATOR:
            raise ActionRefused(_("Brugeren er ikke koordinator for netværket."))
        membership.role = NetworkMembership.Role.MEMBER
        membership.save(update_fields=["role"])
        user = membership.user
        user.groups.remove(*_coordinator_groups(membership.network, user))
        log(
            instance=membership.network,
            action="kb.network.coordinator_removed",
            user=by,
            data={
                "membership": membership.pk,
                "member": user.get_full_name() or user.get_username(),
                "status": membership.status,
            },
        )
    return membership


# --- meetings ----------------------------------------------------------------


def save_meeting(
    *,
    meeting: NetworkMeeting,
    by,
    document_title: str = "",
    document_file=None,
) -> NetworkMeeting:
    """Create or change a meeting of a network ``by`` coordinates, with an
    optional new file; the members hear of new minutes and files once the
    change is committed."""
    with transaction.atomic():
        if meeting.pk is None:
            allowed = network_policy.user_has_permission_for_instance(
                by, "coordinate", meeting.network
            )
        else:
            stored = NetworkMeeting.objects.select_for_update().get(pk=meeting.pk)
            # The network of a meeting is not the coordinator's to change.
            allowed = (
                stored.network_id == meeting.network_id
                and meeting_policy.user_has_permission_for_instance(
                    by, "change", stored
                )
            )
        if not allowed:
            raise ActionRefused(
                _("Du kan kun holde møder i de netværk, du koordinerer.")
            )
        meeting.full_clean()
        meeting.save()
        if document_file is not None:
            document = MeetingDocument(
                meeting=meeting,
                title=document_title.strip() or document_file.name,
            )
            document.file.save(document_file.name, document_file, save=False)
            document.full_clean()
            document.save()
        announce_after_commit(meeting, by=by)
    return meeting


def announce_after_commit(meeting: NetworkMeeting, *, by=None) -> None:
    meeting_id = meeting.pk
    transaction.on_commit(lambda: announce_changes(meeting_id, by=by))


def announce_changes(meeting_id: int, *, by=None) -> int:
    """E-mail the network's members about minutes and files they have not
    yet been told about, and remember them as told. Returns the number of
    members written to (0 when nothing is new)."""
    with transaction.atomic():
        meeting = (
            NetworkMeeting.objects.select_for_update()
            .select_related("network")
            .filter(pk=meeting_id)
            .first()
        )
        if meeting is None:
            return 0
        current = minutes_hash(meeting.minutes)
        new_minutes = bool(current) and current != meeting.minutes_announced_hash
        new_documents = list(meeting.documents.filter(announced_at__isnull=True))
        if current != meeting.minutes_announced_hash:
            meeting.minutes_announced_hash = current
            meeting.save(update_fields=["minutes_announced_hash"])
        if not new_minutes and not new_documents:
            return 0
        MeetingDocument.objects.filter(pk__in=[d.pk for d in new_documents]).update(
            announced_at=timezone.now()
        )
        recipients = member_recipients(meeting.network, exclude_user=by)
        transaction.on_commit(
            lambda: notifications.meeting_updated(
                meeting,
                recipients,
                new_minutes=new_minutes,
                new_documents=new_documents,
            )
        )
    return len(recipients)
