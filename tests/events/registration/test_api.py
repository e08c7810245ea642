"""Registration through Wagtail's v3 API: the same service, problem+json errors, the schema."""

import json

import pytest
from openapi_spec_validator import validate

from events.models.registration import Registration
from tests.factories.registrations import RegistrationFactory, registration_api_payload

pytestmark = pytest.mark.django_db

URL = "/api/v3/registrations/"


def post_json(client, payload, **extra):
    return client.post(
        URL, data=json.dumps(payload), content_type="application/json", **extra
    )


def error_locations(response):
    return [tuple(error["loc"]) for error in response.json()["errors"]]


class TestCreate:
    def test_a_seat_is_201_with_the_status(self, client, small_tier):
        response = post_json(client, registration_api_payload(small_tier))

        assert response.status_code == 201
        data = response.json()
        registration = Registration.objects.get()
        assert data == {
            "id": registration.pk,
            "status": "confirmed",
            "tier": small_tier.pk,
            "detail": "You are registered for Social Media Summit (Residency "
            "Workshop). A confirmation is on its way to dana.reader@example.org.",
        }
        assert registration.email == "dana.reader@example.org"

    def test_a_full_tier_answers_waitlisted(self, client, small_tier):
        RegistrationFactory.create_batch(2, tier=small_tier)

        response = post_json(client, registration_api_payload(small_tier))

        assert response.status_code == 201
        assert response.json()["status"] == "waitlisted"
        assert "waiting list" in response.json()["detail"]

    def test_optional_fields_may_be_left_out(self, client, open_tier):
        payload = registration_api_payload(open_tier)
        for name in ("organization", "role", "needs"):
            del payload[name]

        response = post_json(client, payload)

        assert response.status_code == 201
        assert Registration.objects.get().organization == ""


class TestErrors:
    def test_the_same_email_twice_is_409_naming_the_field(self, client, small_tier):
        post_json(client, registration_api_payload(small_tier))

        response = post_json(
            client,
            registration_api_payload(small_tier, email="DANA.reader@example.org"),
        )

        assert response.status_code == 409
        assert response["Content-Type"] == "application/problem+json"
        assert error_locations(response) == [("body", "email")]
        assert "already registered" in response.json()["detail"]
        assert Registration.objects.count() == 1

    def test_an_unknown_tier_is_422_at_body_tier(
        self, client, small_tier, make_summit, make_tier
    ):
        elsewhere = make_tier(
            for_summit=make_summit(title="Other", slug="other"), name="Elsewhere"
        )

        for tier in (elsewhere.pk, 999_999):
            response = post_json(
                client, registration_api_payload(small_tier, tier=tier)
            )

            assert response.status_code == 422
            assert error_locations(response) == [("body", "tier")]
            assert response.json()["errors"][0]["msg"] == (
                "Choose one of this summit's pricing tiers."
            )
        assert not Registration.objects.exists()

    def test_an_unknown_or_unpublished_summit_is_404(self, client, small_tier, summit):
        missing = post_json(client, registration_api_payload(small_tier, summit=9999))
        summit.unpublish()
        draft = post_json(client, registration_api_payload(small_tier))

        assert missing.status_code == draft.status_code == 404
        assert missing["Content-Type"] == "application/problem+json"
        assert not Registration.objects.exists()

    def test_closed_registration_is_403(self, client, small_tier, summit):
        summit.registration_open = False
        summit.save()

        response = post_json(client, registration_api_payload(small_tier))

        assert response.status_code == 403
        assert response.json()["detail"] == "Registration for this summit is closed."

    def test_malformed_fields_are_422_with_each_field(self, client, small_tier):
        response = post_json(
            client,
            registration_api_payload(
                small_tier, name="x" * 121, email="nobody", role="r" * 121
            ),
        )

        assert response.status_code == 422
        assert set(error_locations(response)) == {
            ("body", "name"),
            ("body", "email"),
            ("body", "role"),
        }

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"summit": "one", "tier": 1, "name": "A", "email": "a@example.org"},
            {"summit": 2**70, "tier": 1, "name": "A", "email": "a@example.org"},
            {"summit": 1, "tier": -1, "name": "A", "email": "a@example.org"},
            {"summit": 1, "tier": 1, "name": ["A"], "email": "a@example.org"},
        ],
    )
    def test_wrong_types_are_422_not_500(self, client, small_tier, payload):
        response = post_json(client, payload)

        assert response.status_code == 422
        assert response["Content-Type"] == "application/problem+json"

    def test_a_body_that_is_not_json_is_refused(self, client, small_tier):
        response = client.post(URL, data="{not json", content_type="application/json")

        assert 400 <= response.status_code < 500
        assert not Registration.objects.exists()

    def test_an_oversized_body_is_413_before_parsing(self, client, small_tier):
        response = post_json(
            client, registration_api_payload(small_tier, needs="x" * (20 * 1024))
        )

        assert response.status_code == 413
        assert response["Content-Type"] == "application/problem+json"
        assert "too large" in response.json()["detail"]
        assert not Registration.objects.exists()


class TestSchema:
    def test_the_operation_is_documented_with_its_request_and_errors(self, client):
        schema = client.get("/api/v3/openapi.json").json()

        operation = schema["paths"][URL]["post"]
        assert operation["operationId"] == "registrations_create"
        assert operation["summary"] == "Register for a summit"
        assert operation["tags"] == ["registrations"]
        assert set(operation["responses"]) >= {
            "201",
            "403",
            "404",
            "409",
            "413",
            "422",
            "429",
        }
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        ref = body["$ref"].rsplit("/", 1)[-1]
        properties = schema["components"]["schemas"][ref]["properties"]
        assert set(schema["components"]["schemas"][ref]["required"]) == {
            "summit",
            "tier",
            "name",
            "email",
        }
        assert {"organization", "role", "needs", "website"} <= set(properties)

    def test_the_document_validates(self, client):
        schema = client.get("/api/v3/openapi.json").json()

        validate(schema)
        assert {} in schema["paths"][URL]["post"]["security"]
