"""Settings → Mislykkede opgaver: the tasks that failed for good (an e-mail
given up after all its attempts, a job that crashed), each with «Send igen»,
and the chosen ones at once. Plain forms, no JavaScript needed; only for
superusers and holders of ``core.retry_failedtask``
(:mod:`kb.core.failed_tasks`)."""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.base import BaseListingView

from kb.core import failed_tasks


class FailedTasksView(BaseListingView):
    template_name = "core/admin/failed_tasks.html"
    results_template_name = "core/admin/failed_tasks_results.html"
    page_title = _("Mislykkede opgaver")
    header_icon = "warning"
    index_url_name = "failed_tasks"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not failed_tasks.may_retry(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return failed_tasks.given_up()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [
            failed_tasks.describe(task) for task in context["object_list"]
        ]
        context["show_recipients"] = failed_tasks.may_see_recipients(self.request.user)
        return context


@require_POST
def retry(request):
    """«Send igen» of one row (``retry``: its id) or of the chosen rows
    (``task``: their ids); back to the list with what happened."""
    if not failed_tasks.may_retry(request.user):
        raise PermissionDenied
    if request.POST.get("retry"):
        ids = [request.POST["retry"]]
    else:
        ids = request.POST.getlist("task")
    if not ids:
        messages.error(request, gettext("Vælg mindst én opgave, der skal sendes igen."))
        return redirect("failed_tasks")
    chosen = failed_tasks.given_up().filter(pk__in=_valid_ids(ids))
    queued = failed_tasks.retry_failed_tasks(chosen, by=request.user)
    if queued:
        messages.success(request, failed_tasks.summary(queued))
    else:
        messages.warning(request, failed_tasks.nothing_retried())
    return redirect("failed_tasks")


def _valid_ids(ids):
    """The ids that are ids at all (a task id is a UUID); anything else is
    ignored rather than a database error."""
    valid = []
    for value in ids:
        try:
            valid.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return valid
