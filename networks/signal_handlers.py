from django.db import transaction

from networks import services


def on_event_published(sender, instance, **kwargs):
    """Publishing an event as cancelled tells everyone registered; publishing
    it with more seats gives them to the waiting list."""
    if instance.is_cancelled:
        transaction.on_commit(lambda: services.notify_cancelled_event(instance))
    else:
        transaction.on_commit(lambda: services.serve_waiting_list(event_id=instance.pk))


def on_registration_deleted(sender, instance, **kwargs):
    """A registration removed outright (in the admin, or with its user) frees
    its seat like a cancellation does."""
    if instance.status == instance.Status.CONFIRMED:
        event_id = instance.event_id
        transaction.on_commit(lambda: services.serve_waiting_list(event_id=event_id))
