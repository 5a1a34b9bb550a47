"""Permission policies built from Django permissions and object relations.

A feature app declares, per protected model, which *grants* allow each
action. A grant pairs a Django permission (``"corps.coordinate_bookings"``,
or ``None`` for any active, logged-in user) with a *relation*: a function
from the user to a ``Q`` over the model saying which instances the grant
covers (``Q()`` for all of them, ``None`` for none). A user may do an action
on an instance if some grant's permission is theirs and its relation covers
the instance.

The rules are written once, as querysets, so list views, 404-instead-of-403
look-ups, buttons and the services' checks all ask the same question.
Groups are only bundles of permissions: renaming one changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import BaseDjangoAuthPermissionPolicy

Relation = Callable[[Any], Q | None]


def everything(user) -> Q:
    return Q()


class Grant(NamedTuple):
    """``permission`` (app_label.codename, or None: any active user) allows the
    action on the instances ``relation(user)`` selects."""

    permission: str | None
    relation: Relation = everything


def is_active_user(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


class RulePermissionPolicy(BaseDjangoAuthPermissionPolicy):
    """A Wagtail permission policy whose rules are :class:`Grant` lists per
    action (the class attribute ``rules``). Unknown actions are refused."""

    rules: Mapping[str, Iterable[Grant]] = {}

    def _grants(self, action: str) -> list[Grant]:
        try:
            return list(self.rules[action])
        except KeyError as error:
            raise ValueError(
                f"{type(self).__name__}: unknown action {action!r}"
            ) from error

    def _filter(self, user, actions: Iterable[str]) -> Q | None:
        """The instances ``user`` may do any of ``actions`` on, as one Q, or
        None if none at all."""
        if not is_active_user(user):
            return None
        combined = None
        for action in actions:
            for grant in self._grants(action):
                if grant.permission is not None and not user.has_perm(grant.permission):
                    continue
                relation = grant.relation(user)
                if relation is None:
                    continue
                if not relation:
                    # Q(): every instance (and Q() | Q(x) would be Q(x)).
                    return Q()
                combined = relation if combined is None else combined | relation
        return combined

    # --- model level: may the user do this on some instance (or create one)?

    def user_has_permission(self, user, action) -> bool:
        return self._filter(user, [action]) is not None

    def user_has_any_permission(self, user, actions) -> bool:
        return self._filter(user, actions) is not None

    # --- instance level ------------------------------------------------------

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        manager = self.model._default_manager
        rule = self._filter(user, actions)
        if rule is None:
            return manager.none()
        if not rule:  # Q(): everything
            return manager.all()
        # A subquery, so joins over to-many relations never duplicate rows.
        return manager.filter(pk__in=manager.filter(rule).values("pk"))

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        if instance is None or instance.pk is None:
            return False
        return (
            self.instances_user_has_permission_for(user, action)
            .filter(pk=instance.pk)
            .exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        if instance is None or instance.pk is None:
            return False
        return (
            self.instances_user_has_any_permission_for(user, actions)
            .filter(pk=instance.pk)
            .exists()
        )

    def allowed_actions(self, user, instance, actions: Iterable[str]) -> set[str]:
        """Which of ``actions`` ``user`` may do on ``instance``."""
        return {
            action
            for action in actions
            if self.user_has_permission_for_instance(user, action, instance)
        }

    # --- users ---------------------------------------------------------------

    def users_with_any_permission(self, actions) -> QuerySet:
        """Active users holding a permission of some grant of ``actions``
        (the relation to a particular instance is not applied)."""
        users = get_user_model().objects.filter(is_active=True)
        codenames = set()
        for action in actions:
            for grant in self._grants(action):
                if grant.permission is None:
                    return users
                codenames.add(grant.permission)
        rule = Q(is_superuser=True)
        for name in codenames:
            app_label, codename = name.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
            rule |= Q(
                pk__in=users.filter(
                    Q(user_permissions__in=permission)
                    | Q(groups__permissions__in=permission)
                ).values("pk")
            )
        return users.filter(rule)
