"""Plain hits are replayed before Django runs; everything else reaches Django."""

import gzip

from django.test import RequestFactory

import pytest

from core.response_cache.wsgi import CachedResponses
from tests.factories.blog import BlogIndexPageFactory

pytestmark = pytest.mark.usefixtures("response_cache")


def django_must_not_run(environ, start_response):
    raise AssertionError("the request reached Django")


def call(application, path, **headers):
    environ = RequestFactory().get(path, headers=headers).environ
    started = {}

    def start_response(status, headers):
        started.update(status=status, headers=dict(headers))

    body = b"".join(application(environ, start_response))
    return started["status"], started["headers"], body


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page)


def test_a_stored_page_is_replayed_without_django(client, blog):
    stored = client.get(blog.url, headers={"accept-encoding": "gzip"})

    status, headers, body = call(
        CachedResponses(django_must_not_run), blog.url, accept_encoding="gzip"
    )

    assert status == "200 OK"
    assert headers["Content-Encoding"] == "gzip"
    assert headers["X-Cache"] == "hit"
    assert body == stored.content
    assert b"News, webinars" in gzip.decompress(body)


@pytest.mark.parametrize(
    "headers",
    [
        {"cookie": "sessionid=abc"},
        {"authorization": "Bearer token"},
        {"if-none-match": '"x"'},
    ],
)
def test_sessions_credentials_and_conditionals_go_to_django(client, blog, headers):
    client.get(blog.url)
    reached = []

    def django(environ, start_response):
        reached.append(environ["PATH_INFO"])
        start_response("204 No Content", [])
        return [b""]

    call(CachedResponses(django), blog.url, **headers)
    assert reached == [blog.url]
