"""The overdue reviews report and its dashboard count, for editors of health content."""

from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.functional import cached_property

from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.exports import FormulaSafeExportMixin
from resources.models import ResourcePage
from resources.models.library import today

REVIEW_DATE_FORMAT = "j F Y"
EDITOR_PERMISSIONS = ["add", "change", "publish"]


def overdue_reviews_for(user, on=None):
    """Live resource pages `user` may edit whose review was due before `on` (today)."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        ResourcePage.objects.live()
        .filter(pk__in=editable.values("pk"))
        .overdue(on or today())
    )


def user_can_see_reviews(user):
    return PagePermissionPolicy().user_has_any_permission(user, EDITOR_PERMISSIONS)


def review_date(attribute):
    """A column accessor showing a date as '12 March 2026'."""

    def accessor(page):
        value = getattr(page, attribute)
        return format_date(value, REVIEW_DATE_FORMAT) if value else ""

    return accessor


class OverdueReviewsReportView(FormulaSafeExportMixin, ReportView):
    """Resource pages whose review is overdue, the longest overdue first."""

    page_title = "Overdue reviews"
    header_icon = "time"
    index_url_name = "resources_overdue_reviews"
    index_results_url_name = "resources_overdue_reviews_results"
    any_permission_required = EDITOR_PERMISSIONS
    model = ResourcePage
    no_results_message = "No resource page is overdue for review."
    export_filename = "overdue-reviews"
    columns = [
        TitleColumn("title", label="Page", url_name="wagtailadmin_pages:edit"),
        Column("reviewer", label="Reviewed by", accessor="reviewed_by.name"),
        Column(
            "last_reviewed",
            label="Last reviewed",
            accessor=review_date("last_reviewed"),
        ),
        Column("review_due", label="Review due", accessor=review_date("review_due")),
        Column("days_overdue", label="Days overdue"),
    ]
    list_export = [
        "title",
        "reviewed_by.name",
        "last_reviewed",
        "review_due",
        "days_overdue",
        "full_url",
    ]
    export_headings = {
        "title": "Page",
        "reviewed_by.name": "Reviewed by",
        "last_reviewed": "Last reviewed",
        "review_due": "Review due",
        "days_overdue": "Days overdue",
        "full_url": "URL",
    }

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    def get_queryset(self):
        self.queryset = overdue_reviews_for(self.request.user).select_related(
            "reviewed_by"
        )
        return super().get_queryset()


class OverdueReviewsSummaryItem(SummaryItem):
    """'N overdue reviews' on the dashboard, linking to the report."""

    order = 450
    template_name = "resources/admin/overdue_reviews_summary.html"

    def is_shown(self):
        return user_can_see_reviews(self.request.user)

    def get_context_data(self, parent_context):
        return {
            "count": overdue_reviews_for(self.request.user).count(),
            "url": reverse(OverdueReviewsReportView.index_url_name),
        }
