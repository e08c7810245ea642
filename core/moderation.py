"""Moderation queues in the Wagtail admin (wagtail-modeladmin), shared by every app.

A ModelAdmin with `ModerationAdminMixin` gets a confirm-then-POST view per `Decision`
(permission-checked, logged with who and when), a button per decision on each row and
a menu item counting what awaits moderation. The model provides `moderate(status, user)`.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.defaults import permission_denied

from wagtail.admin.menu import LinkMenuItemComponent
from wagtail.log_actions import log
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.views import InstanceSpecificView


@dataclass(frozen=True)
class Decision:
    """One moderation decision: the status it sets and how the admin words it."""

    action: str
    status: str
    label: str
    past: str
    button_class: str
    log_prefix: str = ""

    @property
    def log_action(self):
        return f"{self.log_prefix}.{self.action}"


def decisions_by_action(log_prefix, *decisions):
    """`{action: Decision}` with every decision logged under `log_prefix`."""
    return {
        decision.action: replace(decision, log_prefix=log_prefix)
        for decision in decisions
    }


def register_decision_log_actions(actions, decisions, noun):
    """Name each decision's log action for the admin's history ("Approve comment")."""
    for decision in decisions.values():
        actions.register_action(
            decision.log_action,
            f"{decision.label} {noun}",
            f"{noun.capitalize()} {decision.past.lower()}",
        )


class PendingFirstStatusFilter(SimpleListFilter):
    """Status, opening on what awaits a decision; "All" shows every record.

    A search with no status chosen looks through every status. The model has a
    `Status` choices class with a `PENDING` member.
    """

    title = "status"
    parameter_name = "status__exact"  # the address moderator e-mails link to
    everything = "all"

    def __init__(self, request, params, model, model_admin):
        self.statuses = model.Status
        self.searching = bool(request.GET.get("q"))
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return self.statuses.choices

    def value(self):
        chosen = super().value()
        if chosen:
            return chosen
        return self.everything if self.searching else self.statuses.PENDING

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
        if self.value() in self.statuses.values:
            return queryset.filter(status=self.value())
        return queryset


class ModerationPermissionHelper(PermissionHelper):
    """Moderators are those with the model's change permission."""

    def user_can_moderate_obj(self, user, obj):
        return self.user_has_specific_permission(user, self.get_perm_codename("change"))


class ModerationButtonHelper(ButtonHelper):
    """A button per decision on each row, leading to its confirmation form."""

    def moderation_button(self, obj, decision, classnames_add=None):
        url = self.url_helper.get_action_url(decision.action, quote(obj.pk))
        next_query = urlencode({"next": self.request.get_full_path()})
        return {
            "url": f"{url}?{next_query}",
            "label": decision.label,
            "classname": self.finalise_classname(
                [decision.button_class, *(classnames_add or [])]
            ),
            "title": f"{decision.label}: {self.view.model_admin.describe(obj)}",
        }

    def get_buttons_for_obj(
        self, obj, exclude=None, classnames_add=None, classnames_exclude=None
    ):
        buttons = []
        if self.permission_helper.user_can_moderate_obj(self.request.user, obj):
            buttons = [
                self.moderation_button(obj, decision, classnames_add)
                for decision in self.view.model_admin.decisions.values()
                if obj.status != decision.status
            ]
        return buttons + super().get_buttons_for_obj(
            obj, exclude, classnames_add, classnames_exclude
        )


class ModerateView(InstanceSpecificView):
    """Confirm (GET) and record (POST) one moderation decision."""

    decision = None

    def __init__(self, model_admin, instance_pk, decision):
        super().__init__(model_admin, instance_pk)
        self.decision = decision

    def get_template_names(self):
        return [self.model_admin.moderate_template_name]

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
        return f"{self.decision.label} {self.opts.verbose_name}"

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
        return super().get_context_data(
            decision=self.decision, next_url=self.next_url(), **kwargs
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
            request,
            f"{self.decision.past}: {self.model_admin.describe(self.instance)}.",
        )
        return redirect(self.next_url())


class PendingMenuItem(ModelAdminMenuItem):
    """'Comments (3)': the number awaiting moderation, in a label the sidebar never cuts.

    Screen readers hear "Comments, 3 pending"; the link leads to what awaits a decision.
    """

    def render_component(self, request):
        pending = self.model_admin.pending_count()
        label, url, attrs = self.label, self.url, dict(self.attrs)
        if pending:
            label = f"{self.label} ({pending})"
            attrs["aria-label"] = attrs["title"] = f"{self.label}, {pending} pending"
            url = f"{self.url}{self.model_admin.pending_query}"
        return LinkMenuItemComponent(
            self.name,
            label,
            url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=attrs,
        )


class ModerationAdminMixin:
    """Decision views, buttons and a pending-count menu item for a ModelAdmin."""

    decisions = {}
    moderate_view_class = ModerateView
    moderate_template_name = ""
    # Appended to the index URL by the menu item when something awaits moderation.
    pending_query = ""
    button_helper_class = ModerationButtonHelper

    def describe(self, obj):
        """How messages and button titles name one record."""
        return str(obj)

    def pending_count(self):
        return self.model.objects.pending().count()

    def get_menu_item(self, order=None):
        return PendingMenuItem(self, order or self.get_menu_order())

    def moderate_view(self, request, instance_pk, action):
        view = self.moderate_view_class.as_view(
            model_admin=self, instance_pk=instance_pk, decision=self.decisions[action]
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
            for action in self.decisions
        )
        return super().get_admin_urls_for_registration() + moderation_urls
