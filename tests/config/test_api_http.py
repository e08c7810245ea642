"""HTTP behaviour of the APIs: CORS for configured front ends, caching, local docs."""

import pytest

FRONT_END = "https://front.example.org"


@pytest.fixture
def front_end(settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONT_END]


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v3/pages/"])
def test_a_configured_front_end_may_read_the_apis(client, site, front_end, url):
    response = client.get(url, headers={"Origin": FRONT_END})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_other_origins_get_no_cors_headers(client, site, front_end):
    response = client.get("/api/v3/pages/", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_pages_outside_the_api_are_not_shared_cross_origin(client, site, front_end):
    response = client.get("/", headers={"Origin": FRONT_END})
    assert "Access-Control-Allow-Origin" not in response


def test_a_front_end_s_json_post_passes_the_preflight(client, site, front_end):
    response = client.options(
        "/api/v3/comments/",
        headers={
            "Origin": FRONT_END,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"]


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v3/pages/"])
def test_anonymous_reads_are_cacheable_and_revalidate_with_their_etag(
    client, site, settings, url
):
    settings.API_CACHE_MAX_AGE = 90
    response = client.get(url)
    assert response["Cache-Control"] == "public, max-age=90"
    assert "Authorization" in response["Vary"]
    again = client.get(url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert again["Cache-Control"] == "public, max-age=90"


def test_token_answers_and_errors_are_not_stored(client, site):
    token = client.get("/api/v3/pages/", headers={"Authorization": "Bearer nope"})
    assert token["Cache-Control"] == "private, no-store"
    error = client.get("/api/v3/pages/", {"offset": "-1"})
    assert error.status_code == 422
    assert error["Cache-Control"] == "private, no-store"


def test_the_interactive_docs_load_swagger_from_this_server_under_the_csp(client, db):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
