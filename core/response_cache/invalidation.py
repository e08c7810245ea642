"""Any change to content bumps the generation, once the transaction that made it commits.

Generic on purpose: every model of the project's content apps and Wagtail's content
models counts, so models that later apps add are covered without code here.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.images.models import AbstractRendition
from wagtail.signals import post_page_move

from core.response_cache import generation

PROJECT_APPS = frozenset({"core", "blog", "events", "resources", "site_pages"})
CONTENT_APPS = PROJECT_APPS | {
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailembeds",
    "taggit",
}
# Of wagtailcore, only what readers see; revisions, logs, workflow and the reference
# index change when editors work on drafts, not when the public site does.
WAGTAILCORE_MODELS = frozenset(
    {"page", "site", "locale", "collection", "pageviewrestriction"}
    | {"collectionviewrestriction"}
)


def invalidates(model):
    """True when a save or delete of model can change what readers are served."""
    meta = model._meta
    if issubclass(model, AbstractRendition):
        return False  # made on first render; new renditions change no page
    if meta.app_label == "wagtailcore":
        return meta.model_name in WAGTAILCORE_MODELS
    return meta.app_label in CONTENT_APPS


def content_changed(sender, using=None, action="post", **kwargs):
    if invalidates(sender) and action.startswith("post"):
        transaction.on_commit(generation.bump, using=using)


def page_moved(sender, **kwargs):
    # Treebeard moves rows with UPDATEs, which send no post_save.
    transaction.on_commit(generation.bump)


def connect():
    """Listen to every model's saves, deletes and many-to-many changes."""
    for signal in (post_save, post_delete):
        signal.connect(content_changed, dispatch_uid=f"response-cache-{signal}")
    m2m_changed.connect(content_changed, dispatch_uid="response-cache-m2m")
    post_page_move.connect(page_moved, dispatch_uid="response-cache-move")
