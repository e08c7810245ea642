"""Registrations in the Wagtail admin: filters, search, exports that cannot run formulas."""

import csv
import io

from django.urls import reverse

import openpyxl
import pytest

from events.models.registration import Registration
from tests.factories.registrations import RegistrationFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

INDEX = "events_registration_modeladmin_index"


def index_url():
    return reverse(INDEX)


def listed_names(response):
    table = soup(response).find("table", class_="listing")
    if table is None:
        return []
    return [
        row.find("td").get_text(" ", strip=True).split("\n")[0].strip()
        for row in table.find("tbody").find_all("tr")
    ]


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


@pytest.fixture
def registrations(small_tier, open_tier, make_summit, make_tier):
    other_tier = make_tier(
        for_summit=make_summit(title="Summit 2016", slug="summit-2016"),
        name="Early Bird",
    )
    return {
        "ann": RegistrationFactory(tier=small_tier, name="Ann Seat"),
        "ben": RegistrationFactory(
            tier=small_tier, name="Ben Waiting", status="waitlisted"
        ),
        "cat": RegistrationFactory(
            tier=open_tier, name="Cat Full", organization="Mayo Clinic"
        ),
        "dan": RegistrationFactory(
            tier=other_tier, name="Dan Later", status="cancelled"
        ),
    }


class TestList:
    def test_lists_newest_first(self, admin_client, registrations):
        response = admin_client.get(index_url())

        assert response.status_code == 200
        names = [name.split(" ", 2)[:2] for name in listed_names(response)]
        assert [" ".join(name) for name in names] == [
            "Dan Later",
            "Cat Full",
            "Ben Waiting",
            "Ann Seat",
        ]

    def test_filters_by_summit_tier_and_status(
        self, admin_client, registrations, summit, small_tier
    ):
        by_summit = admin_client.get(index_url(), {"summit": summit.pk})
        by_tier = admin_client.get(index_url(), {"tier": small_tier.pk})
        by_status = admin_client.get(index_url(), {"status__exact": "waitlisted"})

        assert len(listed_names(by_summit)) == 3
        assert len(listed_names(by_tier)) == 2
        assert [n.startswith("Ben Waiting") for n in listed_names(by_status)] == [True]
        filters = soup(by_summit).get_text(" ", strip=True)
        assert "Residency Workshop (Social Media Summit)" in filters
        assert "Summit 2016" in filters

    def test_searches_names_emails_and_organizations(self, admin_client, registrations):
        response = admin_client.get(index_url(), {"q": "Mayo"})

        assert [n.startswith("Cat Full") for n in listed_names(response)] == [True]

    def test_costs_a_fixed_number_of_queries(
        self, admin_client, small_tier, django_assert_max_num_queries
    ):
        RegistrationFactory.create_batch(5, tier=small_tier)
        admin_client.get(index_url())
        with django_assert_max_num_queries(40) as few:
            admin_client.get(index_url())
        RegistrationFactory.create_batch(30, tier=small_tier)

        with django_assert_max_num_queries(len(few.captured_queries)):
            response = admin_client.get(index_url())

        assert len(listed_names(response)) == 35

    def test_fields_are_escaped(self, admin_client, small_tier):
        registration = RegistrationFactory(
            tier=small_tier,
            name="<script>alert(1)</script>",
            organization='<img src=x onerror="alert(2)">',
        )

        listing = admin_client.get(index_url())
        inspect = admin_client.get(
            reverse("events_registration_modeladmin_inspect", args=[registration.pk])
        )

        for response in (listing, inspect):
            content = response.content.decode()
            assert "<script>alert(1)</script>" not in content
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
            assert '<img src=x onerror="alert(2)">' not in content

    def test_staff_cannot_add_registrations_but_can_change_a_status(
        self, admin_client, small_tier
    ):
        registration = RegistrationFactory(tier=small_tier, status="waitlisted")

        create = admin_client.get(reverse("events_registration_modeladmin_create"))
        edit_url = reverse(
            "events_registration_modeladmin_edit", args=[registration.pk]
        )
        saved = admin_client.post(edit_url, {"status": "confirmed", "name": "Changed"})

        assert create.status_code in (302, 403)
        assert saved.status_code == 302
        registration.refresh_from_db()
        assert registration.status == Registration.Status.CONFIRMED
        assert registration.name != "Changed"


class TestExport:
    def test_csv_has_every_registration_with_summit_and_tier(
        self, admin_client, registrations
    ):
        response = admin_client.get(index_url(), {"export": "csv"})

        assert response.status_code == 200
        assert "registrations.csv" in response["Content-Disposition"]
        rows = {row["Name"]: row for row in csv_rows(response)}
        assert set(rows) == {"Ann Seat", "Ben Waiting", "Cat Full", "Dan Later"}
        ben = rows["Ben Waiting"]
        assert ben["Summit"] == "Social Media Summit"
        assert ben["Pricing tier"] == "Residency Workshop"
        assert ben["Status"] == "waitlisted"
        assert ben["E-mail"].endswith("@example.org")

    def test_the_export_follows_the_filters(self, admin_client, registrations):
        response = admin_client.get(
            index_url(), {"export": "csv", "status__exact": "confirmed"}
        )

        assert {row["Name"] for row in csv_rows(response)} == {"Ann Seat", "Cat Full"}

    def test_formulas_are_written_as_text_in_csv_and_xlsx(
        self, admin_client, small_tier
    ):
        formula = '=HYPERLINK("http://evil.example","click")'
        RegistrationFactory(tier=small_tier, name=formula, organization="+1+1")

        csv_response = admin_client.get(index_url(), {"export": "csv"})
        xlsx_response = admin_client.get(index_url(), {"export": "xlsx"})

        (row,) = csv_rows(csv_response)
        assert row["Name"] == "'" + formula
        assert row["Organization"] == "'+1+1"
        sheet = openpyxl.load_workbook(io.BytesIO(xlsx_response.getvalue())).active
        cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
        assert all(cell.data_type != "f" for cell in cells)
        assert "'" + formula in [cell.value for cell in cells]
