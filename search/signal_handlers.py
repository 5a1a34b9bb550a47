"""Index updates on every change that affects what may be found.

Publishing, unpublishing, moving, deleting and restricting pages, and saving
or deleting registered non-page objects (offers), update every backend after
the transaction commits. Which models are watched comes from the registry.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from kb.taxonomy.models import FocusArea, TargetGroup
from search.index import remove_on_commit, update_on_commit
from search.models import SearchSynonym
from search.query_words import forget_synonyms
from search.registry import registry


def _update_subtree(page: Page) -> None:
    """The page and its descendants: their URLs or visibility may change."""
    update_on_commit(page.specific)
    for descendant in page.get_descendants().specific():
        if registry.document_id(descendant):
            update_on_commit(descendant)


def on_page_published(sender, instance, **kwargs):
    _update_subtree(instance)


def on_page_unpublished(sender, instance, **kwargs):
    _update_subtree(instance)


def on_page_moved(sender, instance, **kwargs):
    _update_subtree(Page.objects.get(pk=instance.pk))


def on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _update_subtree(page)


def on_object_saved(sender, instance, **kwargs):
    update_on_commit(instance)


def on_object_deleted(sender, instance, **kwargs):
    remove_on_commit(instance)


def on_tag_saved(sender, instance, created, **kwargs):
    """A renamed target group or focus area changes the tagged documents."""
    if created:
        return
    field = "target_groups" if sender is TargetGroup else "focus_areas"
    for kind in registry.types():
        if hasattr(kind.model, field):
            for obj in kind.model._default_manager.filter(
                **{field: instance}
            ).distinct():
                update_on_commit(obj)


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="kb_search_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="kb_search_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="kb_search_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"kb_search_restriction_{id(signal)}",
        )
    for kind in registry.types():
        post_delete.connect(
            on_object_deleted,
            sender=kind.model,
            dispatch_uid=f"kb_search_delete_{kind.key}",
        )
        if not kind.is_page:
            post_save.connect(
                on_object_saved,
                sender=kind.model,
                dispatch_uid=f"kb_search_save_{kind.key}",
            )
    for tag_model in (TargetGroup, FocusArea):
        post_save.connect(
            on_tag_saved,
            sender=tag_model,
            dispatch_uid=f"kb_search_tag_{tag_model.__name__}",
        )
    # Editors' synonyms take effect with the next search.
    for signal in (post_save, post_delete):
        signal.connect(
            forget_synonyms,
            sender=SearchSynonym,
            dispatch_uid=f"kb_search_synonyms_{id(signal)}",
        )
