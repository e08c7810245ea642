"""The comment moderation queue in the Wagtail admin (wagtail-modeladmin)."""

from django.contrib.admin import SimpleListFilter
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InspectView

from blog.models.comment import Comment
from blog.models.post import BlogPage
from core.exports import FormulaSafeIndexView
from core.moderation import (
    Decision,
    ModerateView,
    ModerationAdminMixin,
    ModerationPermissionHelper,
    PendingFirstStatusFilter,
    decisions_by_action,
)
from core.screening import highlight

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


class ModerateCommentView(ModerateView):
    """The decision form, showing what the screening found in a flagged comment."""

    def get_context_data(self, **kwargs):
        comment = self.instance
        return super().get_context_data(
            flag_summary=flag_summary(comment) if comment.flagged else "",
            highlighted_body=(
                highlight(comment.body, comment.screening, "body")
                if comment.flagged
                else ""
            ),
            **kwargs,
        )


class CommentInspectView(InspectView):
    """A comment in full, with what the screening found highlighted."""

    def get_field_display_value(self, field_name, field=None):
        comment = self.instance
        if field_name in {"name", "body"} and comment.flagged:
            return highlight(
                getattr(comment, field_name), comment.screening, field_name
            )
        if field_name == "screening":
            return flag_summary(comment) or "Nothing found"
        return super().get_field_display_value(field_name, field)


def flag_summary(comment):
    """ "Phone number: 507-284-2511; Date of birth: born 04/12/2009", for moderators."""
    return format_html_join(
        "; ",
        "{}: <mark>{}</mark>",
        ((finding["label"], finding["text"]) for finding in comment.screening),
    )


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
    moderate_view_class = ModerateCommentView
    moderate_template_name = "blog/admin/moderate_comment.html"
    inspect_view_enabled = True
    inspect_view_class = CommentInspectView
    index_view_extra_css = ["blog/css/moderation.css"]
    inspect_view_fields = [
        "name",
        "email",
        "post",
        "body",
        "screening",
        "status",
        "created_at",
        "moderated_at",
        "moderated_by",
        "ip_address",
        "user_agent",
    ]
    list_display = ("name", "post", "excerpt", "flag", "status", "created_at")
    list_filter = (
        PendingFirstStatusFilter,
        "flagged",
        CommentedPostFilter,
        "created_at",
    )
    list_select_related = ("post",)
    search_fields = ("name", "email", "body")
    ordering = ("-created_at", "-pk")
    list_per_page = 50
    list_export = (
        "created_at",
        "status",
        "flagged",
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

    @staticmethod
    def flag(obj):
        if not obj.flagged:
            return ""
        return format_html(
            '<span class="status-tag primary" title="{}">Check: {}</span>',
            "May contain a patient's details; inspect to see the matched parts.",
            ", ".join(obj.flag_reasons),
        )

    flag.short_description = "Flagged"

    def describe(self, obj):
        return f"comment by {obj.name}"
