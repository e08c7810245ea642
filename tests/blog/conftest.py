"""Fixtures for the blog's tests."""

from django.core.cache import cache
from django.test import Client

import pytest

from blog.models import BlogIndexPage, BlogPage, Comment
from tests.factories.blog import BlogIndexPageFactory, SeriesFactory

# --- Readers' comments -------------------------------------------------------------


@pytest.fixture
def client():
    """A reader's browser: it states the page's origin with every form POST, as all do.

    The comment form is checked by origin instead of a CSRF token (core.origin);
    tests/blog/test_comments_security.py covers posts that state another origin or none.
    """
    return Client(headers={"Origin": "http://testserver"})


@pytest.fixture
def fresh_cache():
    """An empty cache, so rate-limit counters never leak between tests."""
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def comments_blog(home_page):
    """A live blog index under the home page."""
    index = BlogIndexPage(title="Blog", slug="blog", introduction="News and ideas.")
    home_page.add_child(instance=index)
    return index


def add_post(index, **fields):
    fields.setdefault("excerpt", "How hospitals answer patients online.")
    post = BlogPage(**fields)
    index.add_child(instance=post)
    return post


@pytest.fixture
def open_post(comments_blog):
    """A live post that accepts comments."""
    return add_post(comments_blog, title="Answering patients online", slug="answering")


@pytest.fixture
def closed_post(comments_blog):
    """A live post whose comments are closed."""
    return add_post(
        comments_blog, title="Closed for comments", slug="closed", comments_open=False
    )


@pytest.fixture
def make_comment(open_post):
    """Build comments directly, as if readers had sent them."""

    def make(post=None, **fields):
        fields.setdefault("name", "Dana Reader")
        fields.setdefault("email", "dana.reader@example.org")
        fields.setdefault("body", "Thank you for this guideline.")
        return Comment.objects.create(post=post or open_post, **fields)

    return make


# --- Posts, archives, feeds and the API --------------------------------------------


@pytest.fixture
def blog_index(home_page):
    """The live blog index at /blog/, under the default Site's home page."""
    return BlogIndexPageFactory(parent=home_page)


@pytest.fixture
def series(db):
    """The Resource Series, whose posts are 'Guideline #N'."""
    return SeriesFactory(title="Resource Series", slug="resource-series")
