"""The comment moderation queue in the Wagtail admin (wagtail-modeladmin)."""

from django.contrib.admin import SimpleListFilter
from django.utils.text import Truncator

from wagtail_modeladmin.options import ModelAdmin

from blog.models.comment import Comment
from blog.models.post import BlogPage
from core.exports import FormulaSafeIndexView
from core.moderation import (
    Decision,
    ModerationAdminMixin,
    ModerationPermissionHelper,
    decisions_by_action,
)

Status = Comment.Status

DECISIONS = decisions_by_action(
    "blog.comment",
    Decision("approve", Status.APPROVED, "Approve", "Approved", "button-primary"),
    Decision("reject", Status.REJECTED, "Reject", "Rejected", "button-secondary"),
    Decision("spam", Status.SPAM, "Mark as spam", "Marked as spam", "no"),
)


class CommentedPostFilter(SimpleListFilter):
    """Posts that have comments, by title.

    Django's related-field filter asks django.contrib.admin's site for the post's
    ordering, and that app is not installed here.
    """

    title = "post"
    parameter_name = "post"

    def lookups(self, request, model_admin):
        posts = (
            BlogPage.objects.filter(comments__isnull=False).distinct().order_by("title")
        )
        return [(str(pk), title) for pk, title in posts.values_list("pk", "title")]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(post_id=int(value))
        return queryset


class CommentPermissionHelper(ModerationPermissionHelper):
    """Readers write comments; moderators (change permission) decide, never add or edit."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class CommentAdmin(ModerationAdminMixin, ModelAdmin):
    """Readers' comments awaiting or past moderation, newest first."""

    model = Comment
    menu_label = "Comments"
    menu_icon = "comment"
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = FormulaSafeIndexView
    permission_helper_class = CommentPermissionHelper
    decisions = DECISIONS
    moderate_template_name = "blog/admin/moderate_comment.html"
    pending_query = f"?status__exact={Status.PENDING}"
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "post",
        "body",
        "status",
        "created_at",
        "moderated_at",
        "moderated_by",
        "ip_address",
        "user_agent",
    ]
    list_display = ("name", "post", "excerpt", "status", "created_at")
    list_filter = ("status", CommentedPostFilter, "created_at")
    list_select_related = ("post",)
    search_fields = ("name", "email", "body")
    ordering = ("-created_at", "-pk")
    list_per_page = 50
    list_export = (
        "created_at",
        "status",
        "name",
        "email",
        "post",
        "body",
        "moderated_at",
        "moderated_by",
    )
    export_filename = "comments"

    @staticmethod
    def excerpt(obj):
        return Truncator(obj.body).chars(80)

    excerpt.short_description = "Comment"

    def describe(self, obj):
        return f"comment by {obj.name}"
