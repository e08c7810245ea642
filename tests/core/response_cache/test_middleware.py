"""Anonymous readers are served cached, compressed responses that are never stale."""

import gzip

from django.contrib.auth import get_user_model

import brotli
import pytest

from tests.factories.blog import (
    BlogIndexPageFactory,
    BlogPageFactory,
    comment_form_data,
)
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.usefixtures("response_cache")


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page)


@pytest.fixture
def post(blog):
    return BlogPageFactory(
        parent=blog, title="Answering patients online", comments_open=False
    )


def test_a_second_anonymous_read_is_served_without_a_query(
    client, post, django_assert_num_queries
):
    first = client.get(post.url)
    assert first.status_code == 200

    with django_assert_num_queries(0):
        second = client.get(post.url)

    assert second.status_code == 200
    assert second.content == first.content
    assert "Answering patients online" in visible_text(second)
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"


@pytest.mark.parametrize(
    ("accept", "encoding", "decode"),
    [("br, gzip", "br", brotli.decompress), ("gzip", "gzip", gzip.decompress)],
)
def test_compressed_bytes_are_stored_and_served(client, post, accept, encoding, decode):
    plain = client.get(post.url).content

    for _ in range(2):  # the miss that stores, then the hit
        response = client.get(post.url, headers={"accept-encoding": accept})
        assert response["Content-Encoding"] == encoding
        assert int(response["Content-Length"]) == len(response.content)
        assert "Accept-Encoding" in response["Vary"]
        assert decode(response.content) == plain
        assert len(response.content) < len(plain)


def test_a_client_that_refuses_compression_gets_plain_bytes(client, post):
    client.get(post.url, headers={"accept-encoding": "br"})
    response = client.get(post.url, headers={"accept-encoding": "br;q=0, gzip;q=0"})
    assert not response.has_header("Content-Encoding")
    assert b"Answering patients online" in response.content


def test_publishing_a_change_is_served_at_once(client, post, committed):
    client.get(post.url)

    post.title = "Answering patients, revised"
    with committed():
        post.save_revision().publish()

    assert "Answering patients, revised" in visible_text(client.get(post.url))


def test_a_change_to_a_listed_post_refreshes_the_blog_index(
    client, blog, post, committed
):
    assert "Answering patients online" in visible_text(client.get(blog.url))

    with committed():
        post.unpublish()

    assert "Answering patients online" not in visible_text(client.get(blog.url))


def test_the_cached_copy_answers_conditional_requests(
    client, post, django_assert_num_queries
):
    etag = client.get(post.url)["ETag"]

    with django_assert_num_queries(0):
        response = client.get(post.url, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""


def test_logged_in_readers_never_get_or_fill_the_cache(client, post, committed):
    editor = get_user_model().objects.create_user("editor", password="x")
    client.force_login(editor)
    client.get(post.url)
    # Nothing about the editor's visit is stored for anonymous readers...
    client.logout()
    with committed():
        pass
    anonymous = client.get(post.url)
    assert anonymous.status_code == 200
    # ...and an anonymous copy is never replayed to a signed-in editor.
    client.force_login(editor)
    assert client.get(post.url).wsgi_request.user == editor


def test_a_post_with_open_comments_is_served_from_the_cache(
    client, blog, django_assert_num_queries
):
    # The comment form is checked by origin, not by a per-reader CSRF token (core.origin),
    # so the page is the same for every anonymous reader.
    open_post = BlogPageFactory(parent=blog, comments_open=True)
    first = client.get(open_post.url)
    assert not first.cookies
    assert soup(first).find("form", class_="comment-form")

    with django_assert_num_queries(0):
        second = client.get(open_post.url)

    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_the_thanks_after_a_comment_is_shown_and_never_stored(client, blog, committed):
    open_post = BlogPageFactory(parent=blog, comments_open=True)
    client.get(open_post.url)  # stored
    with committed():
        client.post(
            f"{open_post.url}comment/",
            comment_form_data(),
            headers={"Origin": "http://testserver"},
        )

    thanked = client.get(open_post.url)  # with the messages cookie: not from the cache
    assert "your comment awaits moderation" in visible_text(thanked)
    assert not thanked.has_header("X-Cache")
    assert thanked.cookies["messages"]["max-age"] == 0
    del client.cookies[
        "messages"
    ]  # expired: a browser drops it (the test client keeps it)
    # The message was shown once; the next read is the shared copy.
    client.get(open_post.url)
    again = client.get(open_post.url)
    assert again["X-Cache"] == "hit"
    assert "awaits moderation" not in visible_text(again)


def test_errors_are_not_stored(client, home_page, committed):
    assert client.get("/no-such-page/").status_code == 404
    with committed():
        BlogPageFactory(
            parent=BlogIndexPageFactory(parent=home_page, slug="no-such-page")
        )
    assert client.get("/no-such-page/").status_code == 200


def test_the_cache_can_be_turned_off_and_responses_are_still_compressed(
    client, post, settings
):
    settings.RESPONSE_CACHE = False
    client.get(post.url)
    response = client.get(post.url, headers={"accept-encoding": "gzip"})
    assert "public" not in response.get("Cache-Control", "")
    assert not response.has_header("X-Cache")
    assert int(response["Content-Length"]) == len(response.content)
    assert b"Answering patients online" in gzip.decompress(response.content)


def test_api_responses_are_cached_and_compressed(
    client, post, django_assert_num_queries
):
    url = "/api/v2/pages/?type=blog.BlogPage&fields=*&limit=20"
    plain = client.get(url).json()

    with django_assert_num_queries(0):
        response = client.get(url, headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert plain["items"][0]["title"] == "Answering patients online"
    assert gzip.decompress(response.content) == client.get(url).content
