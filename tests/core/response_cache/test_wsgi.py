"""Plain hits are replayed before Django runs; everything else reaches Django.

Over each cache the site can run with: local memory, the on-disk default and Redis
(read through its own client, `core.response_cache.lookup`).
"""

import gzip

from django.core.cache import cache
from django.test import RequestFactory

import pytest

from core.response_cache import generation
from core.response_cache.wsgi import CachedResponses
from tests.core.response_cache.backends import REDIS, caches_setting, empty
from tests.factories.blog import BlogIndexPageFactory


@pytest.fixture(autouse=True, params=["locmem", "disk", REDIS])
def backend(request, settings, tmp_path):
    """The response cache on, over an empty cache of one kind."""
    settings.RESPONSE_CACHE = True
    settings.CACHES = caches_setting(request.param, tmp_path)
    yield request.param
    empty(settings.CACHES)


def django_must_not_run(environ, start_response):
    raise AssertionError("the request reached Django")


class Django:
    """A stand-in for Django's application that records what reaches it."""

    def __init__(self):
        self.reached = []

    def __call__(self, environ, start_response):
        self.reached.append(environ["PATH_INFO"])
        start_response("204 No Content", [])
        return [b""]


def call(application, path, method="GET", **headers):
    environ = RequestFactory().generic(method, path, headers=headers).environ
    started = {}

    def start_response(status, headers):
        started.update(status=status, headers=dict(headers))

    body = b"".join(application(environ, start_response))
    return started.get("status"), started.get("headers"), body


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


def test_a_head_request_gets_the_headers_without_the_body(client, blog):
    stored = client.get(blog.url)

    status, headers, body = call(CachedResponses(django_must_not_run), blog.url, "HEAD")

    assert status == "200 OK"
    assert headers["Content-Length"] == str(len(stored.content))
    assert headers["X-Cache"] == "hit"
    assert body == b""


def test_an_entry_of_an_older_generation_goes_to_django(client, blog):
    client.get(blog.url)
    generation.bump()  # what any content change does once it commits
    django = Django()

    call(CachedResponses(django), blog.url)

    assert django.reached == [blog.url]


def test_a_lost_generation_goes_to_django(client, blog):
    client.get(blog.url)
    cache.delete(generation.GENERATION_KEY)
    django = Django()

    call(CachedResponses(django), blog.url)

    assert django.reached == [blog.url]


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
    django = Django()

    call(CachedResponses(django), blog.url, **headers)

    assert django.reached == [blog.url]


def test_django_answers_a_conditional_request_from_the_same_entry(
    client, blog, django_assert_num_queries
):
    stored = client.get(blog.url)

    with django_assert_num_queries(0):  # from the stored entry, not the view
        revalidated = client.get(blog.url, headers={"if-none-match": stored["ETag"]})

    assert revalidated.status_code == 304
