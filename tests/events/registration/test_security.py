"""Abuse protection on registrations: CSRF, honeypot, rate limit, body size and XSS."""

import json

from django.test import Client

import pytest

from events.models.registration import Registration
from tests.factories.registrations import (
    registration_api_payload,
    registration_form_data,
)
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db

API_URL = "/api/v3/registrations/"


def register_url(summit):
    return f"{summit.url}register/"


def form_post(client, for_tier, **overrides):
    return client.post(
        register_url(for_tier.summit), registration_form_data(for_tier, **overrides)
    )


def api_post(client, for_tier, **overrides):
    return client.post(
        API_URL,
        data=json.dumps(registration_api_payload(for_tier, **overrides)),
        content_type="application/json",
    )


def form_of(response):
    return soup(response).find(id="register").find("form")


class TestCSRF:
    def test_a_form_without_a_token_is_refused(self, small_tier):
        client = Client(enforce_csrf_checks=True)

        response = form_post(client, small_tier)

        assert response.status_code == 403
        assert not Registration.objects.exists()

    def test_a_form_with_the_page_token_is_accepted(self, small_tier, summit):
        client = Client(enforce_csrf_checks=True)
        page = client.get(summit.url)
        token = form_of(page).find("input", attrs={"name": "csrfmiddlewaretoken"})

        response = form_post(client, small_tier, csrfmiddlewaretoken=token["value"])

        assert response.status_code == 302
        assert Registration.objects.count() == 1


class TestHoneypot:
    def test_a_filled_honeypot_is_refused_and_the_text_kept(self, client, small_tier):
        response = form_post(client, small_tier, website="http://spam.example")

        assert response.status_code == 400
        assert "looks automated" in visible_text(str(form_of(response)))
        assert form_of(response).find("input", attrs={"name": "name"})["value"] == (
            "Dana Reader"
        )
        assert not Registration.objects.exists()

    def test_the_api_refuses_a_filled_honeypot_too(self, client, small_tier):
        response = api_post(client, small_tier, website="http://spam.example")

        assert response.status_code == 422
        assert not Registration.objects.exists()


class TestRateLimit:
    @pytest.fixture(autouse=True)
    def two_per_window(self, settings):
        settings.REGISTRATION_RATE_LIMIT = (2, 3600)

    def test_the_next_registration_in_the_window_is_refused_and_kept(
        self, client, open_tier
    ):
        for number in range(2):
            response = form_post(client, open_tier, email=f"colleague{number}@x.org")
            assert response.status_code == 302

        response = form_post(client, open_tier, email="third@example.org")

        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 3600
        assert "several registrations in a short time" in visible_text(
            str(form_of(response))
        )
        kept = form_of(response).find("input", attrs={"name": "email"})["value"]
        assert kept == "third@example.org"
        assert Registration.objects.count() == 2

    def test_the_api_and_the_form_share_the_limit(self, client, open_tier):
        form_post(client, open_tier, email="one@example.org")
        assert api_post(client, open_tier, email="two@example.org").status_code == 201

        response = api_post(client, open_tier, email="three@example.org")

        assert response.status_code == 429
        assert response["Content-Type"] == "application/problem+json"
        assert int(response["Retry-After"]) > 0
        assert Registration.objects.count() == 2

    def test_clients_are_counted_separately(self, client, open_tier):
        for number in range(2):
            form_post(client, open_tier, email=f"a{number}@example.org")

        response = client.post(
            register_url(open_tier.summit),
            registration_form_data(open_tier, email="b@example.org"),
            REMOTE_ADDR="203.0.113.9",
        )

        assert response.status_code == 302


class TestBodySize:
    def test_an_oversized_form_is_413_with_a_message(
        self, client, small_tier, settings
    ):
        settings.REGISTRATION_MAX_BODY_BYTES = 4 * 1024

        response = form_post(client, small_tier, needs="x" * (5 * 1024))

        assert response.status_code == 413
        assert "too large to send" in visible_text(str(form_of(response)))
        assert not Registration.objects.exists()

    def test_a_body_over_djangos_own_limit_is_413_too(self, small_tier, settings):
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024
        client = Client(enforce_csrf_checks=True)
        page = client.get(small_tier.summit.url)
        token = form_of(page).find("input", attrs={"name": "csrfmiddlewaretoken"})

        response = form_post(
            client,
            small_tier,
            csrfmiddlewaretoken=token["value"],
            needs="x" * (40 * 1024),
        )

        assert response.status_code == 413
        assert "too large" in response.content.decode()
        assert not Registration.objects.exists()


class TestEscaping:
    def test_what_was_typed_is_escaped_when_the_form_comes_back(
        self, client, small_tier
    ):
        attempt = '"><script>alert(1)</script>'

        response = form_post(client, small_tier, name=attempt, email="bad")

        assert response.status_code == 400
        assert soup(response).find("script", string="alert(1)") is None
        assert form_of(response).find("input", attrs={"name": "name"})["value"] == (
            attempt
        )
