"""Reviews of health content: due dates, the overdue report, its export and the dashboard."""

import csv
import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission

import openpyxl
import pytest

from resources.models import ResourcePage
from resources.reviews import add_months
from tests.factories.core import AuthorFactory
from tests.factories.resources import ResourcePageFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db

REPORT_URL_NAME = "resources_overdue_reviews"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def report_rows(response):
    """The report's table as lists of cell texts, in the order shown."""
    return [
        [" ".join(cell.get_text().split()) for cell in row.select("td")]
        for row in soup(response).select("table tbody tr")
    ]


def make_editor(django_user_model, username, page=None):
    """An admin user who may edit `page` and what is under it (nothing when None)."""
    user = django_user_model.objects.create_user(username=username, password="pw")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if page is not None:
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(codename="change_page"),
        )
    user.groups.add(group)
    return user


class TestDueDates:
    @pytest.mark.parametrize(
        ("reviewed", "months", "due"),
        [
            (datetime.date(2026, 3, 12), 12, datetime.date(2027, 3, 12)),
            (datetime.date(2026, 3, 12), 3, datetime.date(2026, 6, 12)),
            (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
            (datetime.date(2027, 8, 31), 6, datetime.date(2028, 2, 29)),
            (datetime.date(2026, 1, 31), 24, datetime.date(2028, 1, 31)),
        ],
    )
    def test_next_review_is_whole_months_later_clamped_to_month_end(
        self, reviewed, months, due
    ):
        assert add_months(reviewed, months) == due

    def test_saving_stores_the_due_date(self, resource_index):
        page = ResourcePageFactory(
            last_reviewed=datetime.date(2026, 3, 12), review_interval_months=6
        )

        page.refresh_from_db()
        assert page.review_due == datetime.date(2026, 9, 12)

    def test_a_new_review_moves_the_due_date(self, resource_index):
        page = ResourcePageFactory(last_reviewed=datetime.date(2025, 1, 10))

        page.last_reviewed = datetime.date(2026, 2, 1)
        page.save_revision().publish()

        assert ResourcePage.objects.get(pk=page.pk).review_due == datetime.date(
            2027, 2, 1
        )

    def test_partial_saves_of_review_fields_keep_the_due_date_in_step(
        self, resource_index
    ):
        page = ResourcePageFactory(last_reviewed=datetime.date(2026, 3, 12))

        page.review_interval_months = 3
        page.save(update_fields=["review_interval_months"])

        assert ResourcePage.objects.get(pk=page.pk).review_due == datetime.date(
            2026, 6, 12
        )

    def test_overdue_means_due_before_the_day_given(self, resource_index):
        due_today = ResourcePageFactory(last_reviewed=add_months(days_ago(0), -12))
        due_yesterday = ResourcePageFactory(last_reviewed=days_ago(1 + 366))
        today = timezone.localdate()

        assert list(ResourcePage.objects.overdue(today)) == [due_yesterday]
        assert not due_today.review_overdue
        assert due_yesterday.review_overdue


class TestOverdueReport:
    @pytest.fixture
    def overdue_pages(self, resource_index):
        """Two overdue pages (longest overdue second by creation) and one in date."""
        recent = ResourcePageFactory(
            title="Recently overdue",
            last_reviewed=days_ago(380),
            reviewed_by=AuthorFactory(name="Lee Aase"),
        )
        oldest = ResourcePageFactory(
            title="Long overdue",
            last_reviewed=days_ago(300),
            review_interval_months=3,
            reviewed_by=AuthorFactory(name="Meredith Gould"),
        )
        ResourcePageFactory(title="In date", last_reviewed=days_ago(10))
        return oldest, recent

    def test_lists_overdue_pages_oldest_first_with_reviewer_and_due_date(
        self, admin_client, overdue_pages
    ):
        oldest, recent = overdue_pages

        response = admin_client.get(reverse(REPORT_URL_NAME))

        assert response.status_code == 200
        rows = report_rows(response)
        assert [row[0] for row in rows] == ["Long overdue", "Recently overdue"]
        assert rows[0][1:] == [
            "Meredith Gould",
            f"{oldest.last_reviewed.day} {oldest.last_reviewed:%B %Y}",
            f"{oldest.review_due.day} {oldest.review_due:%B %Y}",
            str(oldest.days_overdue),
        ]
        assert rows[1][1] == "Lee Aase"
        assert "In date" not in visible_text(response)

    def test_unpublished_pages_are_left_out(self, admin_client, overdue_pages):
        oldest, _ = overdue_pages
        oldest.unpublish()

        rows = report_rows(admin_client.get(reverse(REPORT_URL_NAME)))

        assert [row[0] for row in rows] == ["Recently overdue"]

    def test_editors_see_only_pages_they_may_edit(
        self, client, django_user_model, overdue_pages
    ):
        oldest, _ = overdue_pages
        client.force_login(make_editor(django_user_model, "editor", page=oldest))

        rows = report_rows(client.get(reverse(REPORT_URL_NAME)))

        assert [row[0] for row in rows] == ["Long overdue"]

    def test_users_without_page_permissions_are_refused(
        self, client, django_user_model, overdue_pages
    ):
        client.force_login(make_editor(django_user_model, "visitor"))

        response = client.get(reverse(REPORT_URL_NAME))

        # Wagtail's admin answers a refusal with a redirect to the dashboard.
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")

    def test_anonymous_users_are_sent_to_log_in(self, client, overdue_pages):
        response = client.get(reverse(REPORT_URL_NAME))

        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]

    def test_report_is_in_the_reports_menu(self, admin_client, overdue_pages):
        response = admin_client.get(reverse("wagtailadmin_home"))

        assert reverse(REPORT_URL_NAME) in response.content.decode()

    def test_csv_export_lists_the_same_rows(self, admin_client, overdue_pages):
        oldest, recent = overdue_pages

        response = admin_client.get(reverse(REPORT_URL_NAME), {"export": "csv"})

        assert "overdue-reviews.csv" in response["Content-Disposition"]
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [
            (row["Page"], row["Reviewed by"], row["Review due"]) for row in rows
        ] == [
            ("Long overdue", "Meredith Gould", oldest.review_due.isoformat()),
            ("Recently overdue", "Lee Aase", recent.review_due.isoformat()),
        ]
        assert rows[0]["URL"] == oldest.full_url

    def test_exports_write_formulas_as_text(self, admin_client, resource_index):
        ResourcePageFactory(
            title='=HYPERLINK("http://evil.example","x")',
            last_reviewed=days_ago(400),
            reviewed_by=AuthorFactory(name="@SUM(1+1)"),
        )

        csv_response = admin_client.get(reverse(REPORT_URL_NAME), {"export": "csv"})
        xlsx_response = admin_client.get(reverse(REPORT_URL_NAME), {"export": "xlsx"})

        content = b"".join(csv_response.streaming_content).decode()
        (row,) = csv.DictReader(io.StringIO(content))
        assert row["Page"] == """'=HYPERLINK("http://evil.example","x")"""
        assert row["Reviewed by"] == "'@SUM(1+1)"
        sheet = openpyxl.load_workbook(io.BytesIO(xlsx_response.getvalue())).active
        cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
        assert all(cell.data_type != "f" for cell in cells)
        assert """'=HYPERLINK("http://evil.example","x")""" in [c.value for c in cells]

    def test_report_costs_the_same_for_two_pages_or_twenty(
        self, admin_client, resource_index, django_assert_max_num_queries
    ):
        for _ in range(2):
            ResourcePageFactory(last_reviewed=days_ago(400))
        admin_client.get(reverse(REPORT_URL_NAME))  # warm session and caches
        with django_assert_max_num_queries(30) as few:
            admin_client.get(reverse(REPORT_URL_NAME))
        for _ in range(18):
            ResourcePageFactory(last_reviewed=days_ago(400))

        with django_assert_max_num_queries(len(few.captured_queries)):
            response = admin_client.get(reverse(REPORT_URL_NAME))

        assert len(report_rows(response)) == 20


class TestDashboard:
    def test_dashboard_counts_overdue_reviews_and_links_to_the_report(
        self, admin_client, resource_index
    ):
        for _ in range(3):
            ResourcePageFactory(last_reviewed=days_ago(400))
        ResourcePageFactory(last_reviewed=days_ago(5))

        response = admin_client.get(reverse("wagtailadmin_home"))

        summary = [
            a
            for a in soup(response).select(f'a[href="{reverse(REPORT_URL_NAME)}"]')
            if "overdue review" in a.get_text()
        ]
        assert [" ".join(a.get_text().split()) for a in summary] == [
            "3 overdue reviews"
        ]

    def test_editors_count_only_their_pages(
        self, client, django_user_model, resource_index
    ):
        mine = ResourcePageFactory(last_reviewed=days_ago(400))
        ResourcePageFactory(last_reviewed=days_ago(400))
        client.force_login(make_editor(django_user_model, "editor", page=mine))

        response = client.get(reverse("wagtailadmin_home"))

        assert "1 overdue review" in visible_text(response)
        assert "2 overdue reviews" not in visible_text(response)
