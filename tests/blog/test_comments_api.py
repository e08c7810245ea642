"""Comments through Wagtail's v3 API: approved-only listing, posting for moderation."""

import json

import pytest
from openapi_spec_validator import validate

from blog.models import Comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LIST_URL = "/api/v3/comments/"


def post_json(client, payload, **extra):
    return client.post(
        LIST_URL, data=json.dumps(payload), content_type="application/json", **extra
    )


def valid_payload(for_post, **overrides):
    payload = {
        "post": for_post.pk,
        "name": "Sam Nurse",
        "email": "sam.nurse@example.org",
        "body": "We tried this on our unit and it worked.",
    }
    payload.update(overrides)
    return payload


def error_locations(response):
    return [tuple(error["loc"]) for error in response.json()["errors"]]


class TestListing:
    def test_lists_only_approved_comments_without_email(
        self, client, open_post, make_comment
    ):
        approved = make_comment(
            name="Approved Ann", body="Visible.", status=Comment.Status.APPROVED
        )
        make_comment(name="Pending Pat", status=Comment.Status.PENDING)
        make_comment(name="Rejected Rae", status=Comment.Status.REJECTED)
        make_comment(name="Spam Sam", status=Comment.Status.SPAM)

        response = client.get(LIST_URL, {"post": open_post.pk})

        assert response.status_code == 200
        data = response.json()
        assert data["count"] == 1
        assert [item["name"] for item in data["items"]] == ["Approved Ann"]
        item = data["items"][0]
        assert set(item) == {"id", "name", "created_at", "body_html"}
        assert item["id"] == approved.pk
        assert item["body_html"] == "<p>Visible.</p>"
        assert "dana.reader@example.org" not in response.content.decode()

    def test_paginates_with_limit_and_offset(self, client, open_post, make_comment):
        for number in range(5):
            make_comment(name=f"Reader {number}", status=Comment.Status.APPROVED)

        response = client.get(LIST_URL, {"post": open_post.pk, "limit": 2, "offset": 3})

        data = response.json()
        assert data["count"] == 5
        assert [item["name"] for item in data["items"]] == ["Reader 3", "Reader 4"]

    def test_listing_costs_a_fixed_number_of_queries(
        self, client, open_post, make_comment, django_assert_max_num_queries
    ):
        for number in range(30):
            make_comment(name=f"Reader {number}", status=Comment.Status.APPROVED)

        with django_assert_max_num_queries(4):
            response = client.get(LIST_URL, {"post": open_post.pk, "limit": 30})

        assert len(response.json()["items"]) == 30

    @pytest.mark.parametrize(
        "params",
        [
            {},
            {"post": "abc"},
            {"post": "0"},
            {"post": str(2**64)},
            {"limit": "0"},
            {"limit": "101"},
            {"limit": "many"},
            {"offset": "-1"},
            {"offset": str(2**63)},
        ],
    )
    def test_bad_parameters_are_problem_json_not_server_errors(
        self, client, open_post, params
    ):
        query = {"post": open_post.pk, **params}
        if not params:
            query = {}

        response = client.get(LIST_URL, query)

        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 422

    def test_unknown_post_is_404(self, client, open_post):
        response = client.get(LIST_URL, {"post": open_post.pk + 1000})

        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"

    def test_draft_post_is_404(self, client, open_post, make_comment):
        make_comment(status=Comment.Status.APPROVED)
        open_post.unpublish()

        response = client.get(LIST_URL, {"post": open_post.pk})

        assert response.status_code == 404

    def test_other_page_types_are_404(self, client, home_page):
        response = client.get(LIST_URL, {"post": home_page.pk})

        assert response.status_code == 404


class TestPosting:
    def test_creates_a_pending_comment(self, client, open_post):
        response = post_json(client, valid_payload(open_post))

        assert response.status_code == 201
        data = response.json()
        comment = Comment.objects.get(pk=data["id"])
        assert data["status"] == "pending"
        assert "awaits moderation" in data["detail"]
        assert comment.status == Comment.Status.PENDING
        assert comment.post_id == open_post.pk
        assert comment.email == "sam.nurse@example.org"
        assert "email" not in data

    def test_pending_comment_is_not_listed_until_approved(self, client, open_post):
        comment_id = post_json(client, valid_payload(open_post)).json()["id"]

        assert client.get(LIST_URL, {"post": open_post.pk}).json()["count"] == 0

        Comment.objects.get(pk=comment_id).moderate(Comment.Status.APPROVED, None)
        listing = client.get(LIST_URL, {"post": open_post.pk}).json()

        assert listing["count"] == 1
        assert listing["items"][0]["id"] == comment_id

    def test_field_errors_name_the_fields(self, client, open_post):
        payload = valid_payload(open_post, name="", email="not-an-address", body="   ")

        response = post_json(client, payload)

        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"
        assert set(error_locations(response)) == {
            ("body", "name"),
            ("body", "email"),
            ("body", "body"),
        }
        assert not Comment.objects.exists()

    def test_overlong_fields_are_refused(self, client, open_post):
        payload = valid_payload(open_post, name="N" * 81, body="B" * 3001)

        response = post_json(client, payload)

        assert response.status_code == 422
        assert set(error_locations(response)) == {("body", "name"), ("body", "body")}
        assert not Comment.objects.exists()

    def test_missing_and_mistyped_fields_are_422(self, client, open_post):
        response = post_json(client, {"post": open_post.pk, "name": 5})

        assert response.status_code == 422
        locations = error_locations(response)
        assert ("body", "data", "name") in locations or ("body", "name") in locations
        assert not Comment.objects.exists()

    def test_malformed_json_is_a_client_error(self, client, open_post):
        response = client.post(
            LIST_URL, data="{not json", content_type="application/json"
        )

        assert 400 <= response.status_code < 500
        assert not Comment.objects.exists()

    def test_honeypot_is_refused_without_saving(self, client, open_post):
        response = post_json(
            client, valid_payload(open_post, website="http://spam.example")
        )

        assert response.status_code == 422
        assert response.json()["errors"][0]["type"] == "honeypot"
        assert not Comment.objects.exists()

    def test_closed_post_is_403(self, client, closed_post):
        response = post_json(client, valid_payload(closed_post))

        assert response.status_code == 403
        assert response.json()["detail"] == "Comments are closed on this post."
        assert not Comment.objects.exists()

    def test_unknown_post_is_a_field_error(self, client, open_post):
        response = post_json(client, valid_payload(open_post, post=open_post.pk + 1000))

        assert response.status_code == 422
        assert error_locations(response) == [("body", "post")]

    def test_draft_post_accepts_no_comments(self, client, open_post):
        open_post.unpublish()

        response = post_json(client, valid_payload(open_post))

        assert response.status_code == 422
        assert not Comment.objects.exists()


class TestOpenAPI:
    def test_comment_operations_are_documented_and_the_document_validates(self, client):
        schema = client.get("/api/v3/openapi.json").json()

        validate(schema)
        operations = schema["paths"]["/api/v3/comments/"]
        assert operations["get"]["operationId"] == "comments_list"
        assert operations["post"]["operationId"] == "comments_create"
        assert {"201", "403", "413", "422", "429"} <= set(
            operations["post"]["responses"]
        )
        comment_schema = schema["components"]["schemas"]["CommentSchema"]
        assert set(comment_schema["properties"]) == {
            "id",
            "name",
            "created_at",
            "body_html",
        }

    def test_anonymous_access_is_declared_as_optional_auth(self, client):
        schema = client.get("/api/v3/openapi.json").json()

        for operation in schema["paths"]["/api/v3/comments/"].values():
            assert {} in operation["security"]
