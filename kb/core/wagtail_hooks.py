"""The shared kit in the admin: Settings → Mislykkede opgaver (failed tasks,
:mod:`kb.core.admin_views`), its permission in the group editor, its entry
in the audit log, and Danish names for Wagtail's own tasks."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.images.tasks import set_image_focal_point_task
from wagtail.tasks import delete_file_from_storage_task, update_reference_index_task

from kb.core import admin_views, failed_tasks
from kb.core.audit import register_audit_actions
from kb.core.tasks import name_task

name_task(update_reference_index_task, _("Opdatering af Wagtails referenceindeks"))
name_task(delete_file_from_storage_task, _("Sletning af en fil"))
name_task(set_image_focal_point_task, _("Billedets fokuspunkt"))


@hooks.register("register_admin_urls")
def register_failed_tasks_urls():
    return [
        path(
            "mislykkede-opgaver/",
            admin_views.FailedTasksView.as_view(),
            name="failed_tasks",
        ),
        path(
            "mislykkede-opgaver/send-igen/",
            admin_views.retry,
            name="failed_tasks_retry",
        ),
    ]


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return failed_tasks.may_retry(request.user)


@hooks.register("register_settings_menu_item")
def register_failed_tasks_menu_item():
    return FailedTasksMenuItem(
        _("Mislykkede opgaver"),
        reverse("failed_tasks"),
        icon_name="warning",
        order=630,
    )


@hooks.register("register_permissions")
def register_failed_tasks_permission():
    app_label, codename = failed_tasks.RETRY_PERMISSION.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    register_audit_actions(
        actions,
        {
            failed_tasks.RETRIED: (
                _("Opgave: sendt igen"),
                _("%(task)s blev sat i kø igen efter %(attempts)s forsøg"),
            )
        },
    )
