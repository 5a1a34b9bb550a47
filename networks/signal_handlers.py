from django.db import transaction


def on_event_published(sender, instance, **kwargs):
    """Publishing an event as cancelled tells everyone registered."""
    if instance.is_cancelled:
        from networks.services import notify_cancelled_event

        transaction.on_commit(lambda: notify_cancelled_event(instance))
