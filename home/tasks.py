"""Background jobs of the site as a whole, run by the task worker."""

from django.utils.translation import gettext_lazy as _
from django_tasks import task

from home.personal_data import anonymise_personal_data as _anonymise
from kb.core.tasks import name_task


@task()
def anonymise_personal_data() -> str:
    """Anonymise what is past its retention period (see
    :func:`home.personal_data.anonymise_personal_data`); enqueued once a day
    by ``run_worker`` (``KB_PERIODIC_TASKS``)."""
    return str(_anonymise())


name_task(anonymise_personal_data, _("Anonymisering af persondata"))
