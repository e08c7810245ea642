"""Site search tolerates typos on PostgreSQL: titles close to a query that found nothing."""

from django.db import connection

import pytest
from bs4 import BeautifulSoup

from tests.factories.blog import BlogPageFactory

pytestmark = pytest.mark.django_db


def similar(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        link.get_text(strip=True) for link in page.select(".search-results--similar a")
    ]


@pytest.fixture
def posts(blog_index):
    return [
        BlogPageFactory(
            title="Getting Physicians Involved", excerpt="Why doctors post."
        ),
        BlogPageFactory(title="Crisis Communication", excerpt="When news breaks."),
    ]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_trgm needs PostgreSQL (run with DATABASE_URL=postgres://...)",
)
class TestOnPostgreSQL:
    def test_a_misspelt_word_offers_the_titles_it_resembles(self, client, posts):
        response = client.get("/search/", {"q": "physcians"})

        assert "Nothing on the site matches" in response.content.decode()
        assert similar(response) == ["Getting Physicians Involved"]

    def test_a_query_that_matches_shows_ranked_results_and_no_suggestions(
        self, client, posts
    ):
        response = client.get("/search/", {"q": "crisis"})

        page = BeautifulSoup(response.content, "html.parser")
        titles = [t.get_text(strip=True) for t in page.select(".search-result__title")]
        assert titles == ["Crisis Communication"]
        assert similar(response) == []

    def test_titles_are_indexed_by_trigrams(self, db):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'core_page_title_trgm'"
            )
            (definition,) = cursor.fetchone()
        assert "gin_trgm_ops" in definition


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite fallback")
def test_sqlite_search_still_works_without_suggestions(client, posts):
    response = client.get("/search/", {"q": "physcians"})

    assert "Nothing on the site matches" in response.content.decode()
    assert similar(response) == []
