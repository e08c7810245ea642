"""Admin registration for the resources app."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.options import modeladmin_register

from core.dashboard import ModerationCount
from core.moderation import register_decision_log_actions
from resources.directory.admin import DECISIONS, OrganizationAdmin
from resources.models import Organization
from resources.reports import (
    OverdueReviewsReportView,
    OverdueReviewsSummaryItem,
    user_can_see_reviews,
)

# --- Resource reviews: the overdue report and the dashboard count --------------------


class OverdueReviewsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_reviews(request.user)


@hooks.register("register_admin_urls")
def register_overdue_reviews_urls():
    return [
        path(
            "reports/overdue-reviews/",
            OverdueReviewsReportView.as_view(),
            name="resources_overdue_reviews",
        ),
        path(
            "reports/overdue-reviews/results/",
            OverdueReviewsReportView.as_view(results_only=True),
            name="resources_overdue_reviews_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_overdue_reviews_menu_item():
    return OverdueReviewsMenuItem(
        "Overdue reviews",
        reverse("resources_overdue_reviews"),
        name="overdue-reviews",
        icon_name="time",
        order=1050,
    )


@hooks.register("construct_homepage_summary_items")
def add_overdue_reviews_summary_item(request, summary_items):
    summary_items.append(OverdueReviewsSummaryItem(request))


# --- End of resource reviews ----------------------------------------------------------


# --- The Health Care Social Media List: the moderation queue (wagtail-modeladmin) -----
# The ModelAdmin, its status filter and the approve / reject views are in
# resources/directory/admin.py (the generic parts in core/moderation.py).

modeladmin_register(OrganizationAdmin)


@hooks.register("register_log_actions")
def register_organization_moderation_log_actions(actions):
    register_decision_log_actions(actions, DECISIONS, "organization")


# --- End of the Health Care Social Media List ------------------------------------------


# --- The directory's submissions on the moderators' dashboard panel -------------------


@hooks.register("register_moderation_count")
def pending_organizations_count(request):
    """Directory submissions waiting for a moderator, for those who may moderate them."""
    if not request.user.has_perm("resources.change_organization"):
        return None
    return ModerationCount(
        label="Directory submissions awaiting moderation",
        count=Organization.objects.pending().count(),
        url=reverse("resources_organization_modeladmin_index"),
        icon="list-ul",
    )
