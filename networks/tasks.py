"""Background jobs of networks, run by the task worker."""

from django.utils.translation import gettext_lazy as _
from django_tasks import task

from kb.core.tasks import name_task
from networks import services


@task()
def send_event_reminders() -> int:
    """The reminders that are due (see :func:`networks.services.send_event_reminders`);
    enqueued every ``KB_EVENT_REMINDER_INTERVAL`` seconds by ``run_worker``."""
    return services.send_event_reminders()


@task()
def delete_unconfirmed_registrations() -> int:
    """Guest registrations whose address was never confirmed in time (see
    :func:`networks.services.delete_unconfirmed_registrations`); enqueued
    once a day by ``run_worker``."""
    return services.delete_unconfirmed_registrations()


@task()
def delete_stale_kept_uploads() -> int:
    """Meeting files kept from refused submits and not used within a day
    (see :func:`networks.services.delete_stale_kept_uploads`); enqueued once
    a day by ``run_worker``."""
    return services.delete_stale_kept_uploads()


name_task(send_event_reminders, _("Påmindelser om arrangementer"))
name_task(
    delete_unconfirmed_registrations, _("Sletning af ubekræftede gæstetilmeldinger")
)
name_task(delete_stale_kept_uploads, _("Sletning af gemte mødefiler"))
