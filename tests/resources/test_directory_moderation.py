"""The directory's moderation queue: opens on pending, decides by POST, exports safely."""

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import ModelLogEntry

import openpyxl
import pytest

from resources.models import Organization
from tests.factories.directory import OrganizationFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db

Status = Organization.Status
INDEX = "resources_organization_modeladmin_index"


def action_url(action, organization):
    return reverse(
        f"resources_organization_modeladmin_{action}", args=[organization.pk]
    )


def admin_user_with(django_user_model, username, *permissions):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw"
    )
    group = Group.objects.create(name=f"{username} group")
    group.permissions.set(
        Permission.objects.filter(codename__in=["access_admin", *permissions])
    )
    user.groups.add(group)
    return user


@pytest.fixture
def queue():
    return {
        "pending": OrganizationFactory(name="Waiting Clinic", status=Status.PENDING),
        "approved": OrganizationFactory(name="Listed Hospital", country="Canada"),
        "rejected": OrganizationFactory(name="Refused Org", status=Status.REJECTED),
    }


def row_names(response):
    return [
        row.find("td").get_text(" ", strip=True)
        for row in soup(response).select("tbody tr")
    ]


class TestQueue:
    def test_opens_on_pending(self, admin_client, queue):
        response = admin_client.get(reverse(INDEX))

        assert response.status_code == 200
        assert [name.split()[0] for name in row_names(response)] == ["Waiting"]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("status__exact=approved", ["Listed"]),
            ("status__exact=all", ["Refused", "Listed", "Waiting"]),
            ("status__exact=all&country__exact=Canada", ["Listed"]),
            ("status__exact=all&kind__exact=hospital&q=refused", ["Refused"]),
        ],
    )
    def test_filters_and_search(self, admin_client, queue, query, expected):
        response = admin_client.get(f"{reverse(INDEX)}?{query}")

        assert [name.split()[0] for name in row_names(response)] == expected

    def test_menu_counts_pending(self, admin_client, queue):
        response = admin_client.get(reverse("wagtailadmin_home"))

        assert "Social Media List (1)" in response.content.decode()


class TestDecisions:
    def test_approve_is_a_logged_post(self, admin_client, admin_user, queue):
        organization = queue["pending"]
        url = action_url("approve", organization)

        confirm = admin_client.get(url)
        assert confirm.status_code == 200
        assert Organization.objects.get(pk=organization.pk).status == Status.PENDING

        response = admin_client.post(url)

        assert response.status_code == 302
        organization.refresh_from_db()
        assert organization.status == Status.APPROVED
        assert organization.moderated_by == admin_user
        assert organization.approved_at is not None
        assert organization.last_verified is not None
        entry = ModelLogEntry.objects.get(action="resources.organization.approve")
        assert entry.user == admin_user
        assert entry.object_id == str(organization.pk)

    def test_rejecting_frees_the_profiles(self, admin_client, queue):
        organization = OrganizationFactory(
            status=Status.PENDING, profiles={"x": "https://x.com/spam"}
        )

        admin_client.post(action_url("reject", organization))

        assert organization.profiles.get().reserved is False
        assert Organization.objects.get(pk=organization.pk).status == Status.REJECTED

    def test_needs_the_change_permission(self, client, django_user_model, queue):
        client.force_login(admin_user_with(django_user_model, "editor"))
        organization = queue["pending"]

        response = client.post(action_url("approve", organization))

        assert response.status_code == 403
        assert Organization.objects.get(pk=organization.pk).status == Status.PENDING

    def test_moderator_with_change_permission(self, client, django_user_model, queue):
        client.force_login(
            admin_user_with(django_user_model, "moderator", "change_organization")
        )

        response = client.post(action_url("approve", queue["pending"]))

        assert response.status_code == 302
        assert Organization.objects.approved().count() == 2


class TestInspectAndExport:
    def test_inspect_shows_the_submitter_to_staff(self, admin_client, queue):
        organization = queue["pending"]

        response = admin_client.get(
            reverse("resources_organization_modeladmin_inspect", args=[organization.pk])
        )

        assert organization.submitter_email in visible_text(response)

    def test_csv_and_xlsx_exports_are_formula_safe(self, admin_client):
        OrganizationFactory(
            name='=HYPERLINK("http://evil.example")',
            status=Status.PENDING,
            profiles={"blog": "https://blog.example.org/"},
        )

        csv_response = admin_client.get(f"{reverse(INDEX)}?export=csv")
        rows = list(
            csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode()))
        )
        assert rows[1][0] == '\'=HYPERLINK("http://evil.example")'
        assert "blog https://blog.example.org/" in rows[1]

        xlsx_response = admin_client.get(f"{reverse(INDEX)}?export=xlsx")
        workbook = io.BytesIO(b"".join(xlsx_response.streaming_content))
        sheet = openpyxl.load_workbook(workbook).active
        assert (
            sheet.cell(row=2, column=1).value == '\'=HYPERLINK("http://evil.example")'
        )


class TestEdit:
    def edit_url(self, organization):
        return reverse("resources_organization_modeladmin_edit", args=[organization.pk])

    def form_data(self, organization, **overrides):
        data = {
            "name": organization.name,
            "kind": organization.kind,
            "website": organization.website,
            "city": organization.city,
            "region": organization.region,
            "country": organization.country,
            "description": organization.description,
            "last_verified": "2026-03-12",
            "slug": organization.slug,
            "profiles-TOTAL_FORMS": "1",
            "profiles-INITIAL_FORMS": "0",
            "profiles-MIN_NUM_FORMS": "0",
            "profiles-MAX_NUM_FORMS": "1000",
            "profiles-0-network": "x",
            "profiles-0-url": "https://x.com/Corrected",
            "profiles-0-id": "",
            "profiles-0-ORDER": "",
            "profiles-0-DELETE": "",
        }
        data.update(overrides)
        return data

    def test_a_moderator_corrects_a_listing_and_its_profiles(self, admin_client, queue):
        organization = queue["approved"]
        assert admin_client.get(self.edit_url(organization)).status_code == 200

        response = admin_client.post(
            self.edit_url(organization), self.form_data(organization, city="Toronto")
        )

        assert response.status_code == 302
        organization.refresh_from_db()
        assert organization.city == "Toronto"
        assert str(organization.last_verified) == "2026-03-12"
        assert organization.profiles.get().normalized_url == "x.com/corrected"

    def test_a_duplicate_website_or_profile_is_a_form_error(self, admin_client, queue):
        OrganizationFactory(
            website="https://www.taken.example.org/",
            profiles={"x": "https://x.com/taken"},
        )
        organization = queue["approved"]

        response = admin_client.post(
            self.edit_url(organization),
            self.form_data(
                organization,
                website="http://TAKEN.example.org",
                **{"profiles-0-url": "https://twitter.com/Taken"},
            ),
        )

        assert response.status_code == 200
        text = visible_text(response)
        assert "This website is already listed or awaiting moderation." in text
        assert "This profile is already listed or awaiting moderation." in text
        organization.refresh_from_db()
        assert organization.website != "http://taken.example.org/"
