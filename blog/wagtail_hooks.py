"""Admin registration for the blog."""

from django.urls import reverse

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.options import modeladmin_register

from blog.comments.moderation import DECISIONS, CommentAdmin
from blog.models import Comment, Series, TagDisplayName
from core.dashboard import ModerationCount
from core.moderation import register_decision_log_actions

# --- Readers' comments: the moderation queue (wagtail-modeladmin) ---------------------
# The ModelAdmin, its buttons and the approve / reject / spam views are in
# blog/comments/moderation.py.

modeladmin_register(CommentAdmin)


@hooks.register("register_log_actions")
def register_comment_moderation_log_actions(actions):
    register_decision_log_actions(actions, DECISIONS, "comment")


@hooks.register("register_moderation_count")
def pending_comments_count(request):
    """Comments waiting for a moderator, on the dashboard of those who may moderate."""
    if not request.user.has_perm("blog.change_comment"):
        return None
    return ModerationCount(
        label="Comments awaiting moderation",
        count=Comment.objects.pending().count(),
        url=reverse("blog_comment_modeladmin_index") + "?status__exact=pending",
        icon="comment",
    )


# --- End of readers' comments ---------------------------------------------------------


# --- Series: numbered runs of posts (snippets) ----------------------------------------


class SeriesViewSet(SnippetViewSet):
    """Series such as the Resource Series, listed and searchable under Snippets."""

    model = Series
    icon = "list-ol"
    menu_label = "Series"
    list_display = ["title", "item_label", "slug"]
    search_fields = ["title"]
    add_to_admin_menu = True
    menu_order = 260


register_snippet(SeriesViewSet)

# --- End of series --------------------------------------------------------------------


# --- Tag display names (snippets) ----------------------------------------------------


class TagDisplayNameViewSet(SnippetViewSet):
    """The names readers see for abbreviated tags ('Facebook' for 'fb')."""

    model = TagDisplayName
    icon = "tag"
    menu_label = "Tag names"
    list_display = ["display_name", "tag"]
    search_fields = ["display_name"]
    add_to_admin_menu = True
    menu_order = 270


register_snippet(TagDisplayNameViewSet)
