"""The search backend: ranked on PostgreSQL, newest first on SQLite (whose ranking
runs one full-text subquery per matching row and takes minutes at 10,000 posts)."""

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from tests.factories.blog import BlogPageFactory

pytestmark = pytest.mark.django_db

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the embedded default's behaviour"
)


@pytest.fixture
def posts(blog_index):
    older = BlogPageFactory(
        title="Privacy basics", excerpt="Privacy, privacy, privacy."
    )
    newer = BlogPageFactory(title="Summit notes", excerpt="One word on privacy.")
    BlogPageFactory(title="Crisis communication", excerpt="When news breaks.")
    return older, newer


@on_sqlite
def test_sqlite_answers_a_request_for_relevance_newest_first(posts):
    older, newer = posts

    results = Page.objects.live().search("privacy")

    assert type(get_search_backend()).__name__ == "UnrankedSQLiteSearchBackend"
    assert [page.pk for page in results] == [newer.pk, older.pk]
    assert results.count() == 2


@on_sqlite
def test_sqlite_keeps_an_order_the_caller_asked_for(client, posts):
    response = client.get(
        "/api/v2/pages/", {"type": "blog.BlogPage", "search": "privacy", "order": "id"}
    )

    assert response.status_code == 200
    ids = [item["id"] for item in response.json()["items"]]
    assert ids == sorted(ids) == sorted(post.pk for post in posts)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_ranks_by_relevance(posts):
    older, newer = posts

    results = Page.objects.live().search("privacy")

    assert type(get_search_backend()).__name__ == "PostgresSearchBackend"
    assert [page.pk for page in results] == [older.pk, newer.pk]


def test_site_search_lists_every_match(client, posts):
    response = client.get("/search/", {"q": "privacy"})

    assert response.status_code == 200
    assert "Privacy basics" in response.text and "Summit notes" in response.text
    assert "Crisis communication" not in response.text
