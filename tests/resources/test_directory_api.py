"""The directory in API v3: the page's search, filters and facets; submissions as the form's."""

import json

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from resources.models import Organization
from tests.factories.directory import OrganizationFactory, submission_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LIST = "/api/v3/directory/organizations/"
SUBMIT = "/api/v3/directory/submissions/"


@pytest.fixture
def listed():
    mayo = OrganizationFactory(
        name="Mayo Clinic",
        website="https://www.mayoclinic.org/",
        profiles={
            "facebook": "https://www.facebook.com/MayoClinic",
            "x": "https://x.com/MayoClinic",
        },
    )
    OrganizationFactory(
        name="Cleveland Clinic",
        region="Ohio",
        profiles={"x": "https://x.com/ClevelandClinic"},
    )
    OrganizationFactory(name="Public Health Lab", kind="public_health", region="Ohio")
    OrganizationFactory(name="Pending Place", status=Organization.Status.PENDING)
    return mayo


def submission(**overrides):
    data = {
        "name": "Lakeside Family Clinic",
        "kind": "clinic",
        "website": "https://www.lakeside-clinic.example.org/",
        "city": "Duluth",
        "region": "Minnesota",
        "country": "United States",
        "description": "Answers questions on Facebook.",
        "profiles": [
            {"network": "facebook", "url": "https://www.facebook.com/Lakeside"}
        ],
        "submitter_name": "Pat",
        "submitter_email": "pat@example.org",
    }
    data.update(overrides)
    return data


def post(client, data):
    return client.post(SUBMIT, json.dumps(data), content_type="application/json")


class TestList:
    def test_filters_sort_and_facets(self, client, listed):
        body = client.get(f"{LIST}?region=ohio&sort=newest").json()

        assert body["count"] == 2
        assert [item["name"] for item in body["items"]] == [
            "Public Health Lab",
            "Cleveland Clinic",
        ]
        assert {f["value"]: f["count"] for f in body["facets"]["kind"]} == {
            "hospital": 1,
            "public_health": 1,
        }
        assert {f["value"]: f["count"] for f in body["facets"]["region"]} == {
            "Minnesota": 1,
            "Ohio": 2,
        }
        assert {f["value"]: f["count"] for f in body["facets"]["network"]} == {"x": 1}

    def test_pagination(self, client, listed):
        body = client.get(f"{LIST}?limit=1&offset=1").json()

        assert body["count"] == 3
        assert [item["name"] for item in body["items"]] == ["Mayo Clinic"]

    def test_never_lists_pending_nor_submitters(self, client, listed):
        content = client.get(f"{LIST}?limit=100").content.decode()

        assert "Pending Place" not in content
        assert "submitter" not in content
        assert "@example.org" not in content

    @pytest.mark.parametrize(
        "query",
        [
            "kind=spaceship",
            "network=myspace",
            "sort=random",
            "limit=0",
            "limit=101",
            "q=" + "x" * 101,
        ],
    )
    def test_bad_parameters_are_422(self, client, query):
        response = client.get(f"{LIST}?{query}")

        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"

    def test_same_queries_for_any_size(self, client, django_assert_num_queries):
        OrganizationFactory(profiles={"x": "https://x.com/first"})
        with CaptureQueriesContext(connection) as small:
            client.get(f"{LIST}?network=x&limit=100")
        for number in range(30):
            OrganizationFactory(profiles={"x": f"https://x.com/org{number}"})

        with django_assert_num_queries(len(small)):
            body = client.get(f"{LIST}?network=x&limit=100").json()
        assert len(body["items"]) == 31
        assert len(small) == 7


class TestDetail:
    def test_by_slug_or_id(self, client, listed):
        by_slug = client.get(f"{LIST}mayo-clinic/").json()
        by_id = client.get(f"{LIST}{listed.pk}/").json()

        assert by_slug == by_id
        assert by_slug["website"] == "https://www.mayoclinic.org/"
        assert [p["network"] for p in by_slug["profiles"]] == ["facebook", "x"]
        assert "submitter_email" not in by_slug

    def test_pending_is_404(self, client, listed):
        pending = Organization.objects.get(name="Pending Place")

        assert client.get(f"{LIST}{pending.slug}/").status_code == 404
        assert client.get(f"{LIST}{pending.pk}/").status_code == 404
        assert client.get(f"{LIST}99999999999999999999999/").status_code == 404


class TestSubmit:
    def test_created_as_pending(self, client):
        response = post(client, submission())

        assert response.status_code == 201
        body = response.json()
        assert body["status"] == "pending"
        organization = Organization.objects.get(pk=body["id"])
        assert organization.profiles.get().network == "facebook"

    def test_field_errors(self, client):
        response = post(
            client,
            submission(
                name="",
                website="javascript:alert(1)",
                profiles=[{"network": "x", "url": "https://www.facebook.com/nope"}],
            ),
        )

        assert response.status_code == 422
        errors = {tuple(e["loc"]): e["msg"] for e in response.json()["errors"]}
        assert errors[("body", "name")] == "This field is required."
        assert ("body", "website") in errors
        assert "x.com" in errors[("body", "profiles", 0, "url")]
        assert not Organization.objects.exists()

    def test_duplicate_is_409(self, client, listed):
        response = post(
            client,
            submission(
                website="http://MAYOCLINIC.org",
                profiles=[{"network": "x", "url": "https://twitter.com/mayoclinic"}],
            ),
        )

        assert response.status_code == 409
        messages = [e["msg"] for e in response.json()["errors"]]
        assert "“Mayo Clinic” is already on the list with this website." in messages
        assert "“Mayo Clinic” is already on the list with this profile." in messages

    @override_settings(DIRECTORY_SUBMISSION_RATE_LIMIT=(1, 600))
    def test_rate_limit_shared_with_the_form(self, client, directory_page):
        client.post(f"{directory_page.url}add/", submission_form_data())

        response = post(client, submission(website="https://other.example.org/"))

        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0

    @override_settings(DIRECTORY_MAX_BODY_BYTES=200)
    def test_too_large_is_413(self, client):
        response = post(client, submission(description="x" * 500))

        assert response.status_code == 413
        assert not Organization.objects.exists()

    def test_honeypot(self, client):
        response = post(client, submission(fax="spam"))

        assert response.status_code == 422
        assert not Organization.objects.exists()


def test_openapi_documents_the_operations(client):
    schema = client.get("/api/v3/openapi.json").json()
    operations = {
        operation["operationId"]: operation
        for path, item in schema["paths"].items()
        if path.startswith("/api/v3/directory/")
        for operation in item.values()
    }

    assert set(operations) == {
        "directory_organizations_list",
        "directory_organizations_detail",
        "directory_submissions_create",
    }
    create = operations["directory_submissions_create"]
    assert {"201", "409", "413", "422", "429"} <= set(create["responses"])
    assert all(
        op["tags"] == ["directory"] and op["summary"] for op in operations.values()
    )
