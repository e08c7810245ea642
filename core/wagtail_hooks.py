"""Admin registration for content shared across apps."""

from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.options import modeladmin_register

from core.dashboard import ModerationPanel, moderation_counts
from core.lockouts import LockoutAdmin
from core.models import Author
from core.preview import HeadlessPreviewButton, headless_preview
from core.webhooks.admin import WebhookDeliveryAdmin, WebhookEndpointViewSet


class AuthorViewSet(SnippetViewSet):
    """Authors, listed and searchable in the admin under Snippets."""

    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "slug"]
    search_fields = ["name", "role"]
    add_to_admin_menu = True
    menu_order = 250


register_snippet(AuthorViewSet)


@hooks.register("register_admin_urls")
def register_headless_preview_url():
    return [
        path(
            "pages/<int:page_id>/headless-preview/",
            headless_preview,
            name="headless_preview",
        )
    ]


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    yield HeadlessPreviewButton(page=page)


register_snippet(WebhookEndpointViewSet)
modeladmin_register(WebhookDeliveryAdmin)
modeladmin_register(LockoutAdmin)


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    """The moderators' counts (see core.dashboard), for users who moderate anything."""
    items = moderation_counts(request)
    if items:
        panels.append(ModerationPanel(items))
