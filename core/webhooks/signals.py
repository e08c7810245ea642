"""Page events that webhooks report: published, unpublished, deleted, moved."""

from django.db.models.signals import pre_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.webhooks.delivery import queue_event


def on_published(sender, instance, **kwargs):
    queue_event("published", instance)


def on_unpublished(sender, instance, **kwargs):
    queue_event("unpublished", instance)


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before != url_path_after:
        queue_event("moved", instance)


def on_deleted(sender, instance, **kwargs):
    if instance.depth > 1:
        queue_event("deleted", instance)


def connect():
    """Listen for page events (from CoreConfig.ready())."""
    page_published.connect(on_published, dispatch_uid="webhooks_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhooks_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="webhooks_moved")
    pre_delete.connect(on_deleted, sender=Page, dispatch_uid="webhooks_deleted")
