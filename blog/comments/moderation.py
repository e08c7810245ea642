"""The comment moderation queue in the Wagtail admin (wagtail-modeladmin)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.views.defaults import permission_denied

from wagtail.admin.menu import LinkMenuItemComponent
from wagtail.log_actions import log
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import InspectView, InstanceSpecificView

from blog.models.comment import Comment
from blog.models.post import BlogPage
from core.exports import FormulaSafeIndexView
from core.screening import highlight

Status = Comment.Status


@dataclass(frozen=True)
class Decision:
    """One moderation decision: the status it sets and how the admin words it."""

    action: str
    status: str
    label: str
    past: str
    button_class: str

    @property
    def log_action(self):
        return f"blog.comment.{self.action}"


DECISIONS = {
    decision.action: decision
    for decision in [
        Decision("approve", Status.APPROVED, "Approve", "Approved", "button-primary"),
        Decision("reject", Status.REJECTED, "Reject", "Rejected", "button-secondary"),
        Decision("spam", Status.SPAM, "Mark as spam", "Marked as spam", "no"),
    ]
}


class StatusFilter(SimpleListFilter):
    """Status, opening on the comments that await a decision; "All" shows every one.

    A search with no status chosen looks through every comment.
    """

    title = "status"
    parameter_name = "status__exact"  # the address moderator e-mails have always used
    default = Status.PENDING
    everything = "all"

    def lookups(self, request, model_admin):
        return Status.choices

    def __init__(self, request, params, model, model_admin):
        self.searching = bool(request.GET.get("q"))
        super().__init__(request, params, model, model_admin)

    def value(self):
        chosen = super().value()
        if chosen:
            return chosen
        return self.everything if self.searching else self.default

    def choices(self, changelist):
        yield {
            "selected": self.value() == self.everything,
            "query_string": changelist.get_query_string(
                {self.parameter_name: self.everything}
            ),
            "display": "All",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: lookup}
                ),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() in Status.values:
            return queryset.filter(status=self.value())
        return queryset


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


class CommentPermissionHelper(PermissionHelper):
    """Readers write comments; moderators (change permission) decide, never add or edit."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_moderate_obj(self, user, obj):
        return self.user_has_specific_permission(user, self.get_perm_codename("change"))


class CommentButtonHelper(ButtonHelper):
    """Approve / reject / spam buttons on each row, leading to a confirmation form."""

    def moderation_button(self, obj, decision, classnames_add=None):
        url = self.url_helper.get_action_url(decision.action, quote(obj.pk))
        next_query = urlencode({"next": self.request.get_full_path()})
        return {
            "url": f"{url}?{next_query}",
            "label": decision.label,
            "classname": self.finalise_classname(
                [decision.button_class, *(classnames_add or [])]
            ),
            "title": f"{decision.label}: comment by {obj.name}",
        }

    def get_buttons_for_obj(
        self, obj, exclude=None, classnames_add=None, classnames_exclude=None
    ):
        buttons = []
        if self.permission_helper.user_can_moderate_obj(self.request.user, obj):
            buttons = [
                self.moderation_button(obj, decision, classnames_add)
                for decision in DECISIONS.values()
                if obj.status != decision.status
            ]
        return buttons + super().get_buttons_for_obj(
            obj, exclude, classnames_add, classnames_exclude
        )


class ModerateCommentView(InstanceSpecificView):
    """Confirm (GET) and record (POST) one moderation decision."""

    template_name = "blog/admin/moderate_comment.html"
    decision = None

    def __init__(self, model_admin, instance_pk, decision):
        super().__init__(model_admin, instance_pk)
        self.decision = decision

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_moderate_obj(user, self.instance)

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 rather than the admin's redirect to the dashboard: a refused
        # decision must not look like a completed one.
        if request.user.is_authenticated and not self.check_action_permitted(
            request.user
        ):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"{self.decision.label} comment"

    def next_url(self):
        candidate = self.request.POST.get("next") or self.request.GET.get("next")
        if candidate and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return self.index_url

    def get_context_data(self, **kwargs):
        comment = self.instance
        return super().get_context_data(
            decision=self.decision,
            next_url=self.next_url(),
            flag_summary=flag_summary(comment) if comment.flagged else "",
            highlighted_body=(
                highlight(comment.body, comment.screening, "body")
                if comment.flagged
                else ""
            ),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            self.instance.moderate(self.decision.status, request.user)
            log(
                instance=self.instance,
                action=self.decision.log_action,
                user=request.user,
            )
        messages.success(
            request, f"{self.decision.past}: comment by {self.instance.name}."
        )
        return redirect(self.next_url())


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


class CommentMenuItem(ModelAdminMenuItem):
    """'Comments (3)': the number awaiting moderation, in a label the sidebar never cuts."""

    def render_component(self, request):
        pending = Comment.objects.pending().count()
        label, attrs = self.label, dict(self.attrs)
        if pending:
            label = f"{self.label} ({pending})"
            attrs["aria-label"] = attrs["title"] = f"{self.label}, {pending} pending"
        return LinkMenuItemComponent(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=attrs,
        )


class CommentAdmin(ModelAdmin):
    """Readers' comments awaiting or past moderation, newest first."""

    model = Comment
    menu_label = "Comments"
    menu_icon = "comment"
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = FormulaSafeIndexView
    permission_helper_class = CommentPermissionHelper
    button_helper_class = CommentButtonHelper
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
    list_filter = (StatusFilter, "flagged", CommentedPostFilter, "created_at")
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

    def get_menu_item(self, order=None):
        return CommentMenuItem(self, order or self.get_menu_order())

    def moderate_view(self, request, instance_pk, action):
        view = ModerateCommentView.as_view(
            model_admin=self, instance_pk=instance_pk, decision=DECISIONS[action]
        )
        return view(request)

    def get_admin_urls_for_registration(self):
        moderation_urls = tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                self.moderate_view,
                {"action": action},
                name=self.url_helper.get_action_url_name(action),
            )
            for action in DECISIONS
        )
        return super().get_admin_urls_for_registration() + moderation_urls
