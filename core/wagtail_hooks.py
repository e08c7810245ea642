"""Admin registration for content shared across apps."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.dashboard import ModerationPanel, moderation_counts
from core.models import Author


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


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    """The moderators' counts (see core.dashboard), for users who moderate anything."""
    items = moderation_counts(request)
    if items:
        panels.append(ModerationPanel(items))
