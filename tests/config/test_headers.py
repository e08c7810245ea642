"""Security headers: framing refused twice over; production keeps HTTPS, HSTS and secure cookies."""

import json

import pytest

from tests.config.test_settings import production_env, run_django

pytestmark = pytest.mark.django_db

PRINT_RESPONSES = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
https = client.get("/robots.txt", secure=True, HTTP_HOST="cms.example.org")
http = client.get("/robots.txt", HTTP_HOST="cms.example.org")
print(json.dumps({
    "https_headers": dict(https.headers),
    "http_status": http.status_code,
    "http_location": http.headers.get("Location", ""),
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
}))
"""

# What `make run` sets for plain-HTTP localhost (see the Makefile's RUN_ENV).
MAKE_RUN_RELAXATIONS = {
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "SECURE_HSTS_SECONDS": "0",
}


def responses(tmp_path, **env):
    result = run_django(["-c", PRINT_RESPONSES], tmp_path, **production_env(**env))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_public_pages_refuse_framing_in_both_headers(client, home_page):
    response = client.get("/")

    assert response["X-Frame-Options"] == "DENY"
    directives = dict(
        part.strip().split(" ", 1)
        for part in response["Content-Security-Policy"].split(";")
    )
    assert directives["frame-ancestors"] == "'none'"


def test_production_sends_hsts_redirects_to_https_and_secures_cookies(tmp_path):
    seen = responses(tmp_path)

    hsts = seen["https_headers"]["Strict-Transport-Security"]
    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert seen["http_status"] == 301
    assert seen["http_location"] == "https://cms.example.org/robots.txt"
    assert seen["session_cookie_secure"] is True
    assert seen["csrf_cookie_secure"] is True
    assert "frame-ancestors 'none'" in seen["https_headers"]["Content-Security-Policy"]


def test_make_run_relaxes_them_for_plain_http_localhost(tmp_path):
    seen = responses(tmp_path, **MAKE_RUN_RELAXATIONS)

    assert "Strict-Transport-Security" not in seen["https_headers"]
    assert seen["http_status"] == 200
    assert seen["session_cookie_secure"] is False
