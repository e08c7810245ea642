"""The search backend: ranked on PostgreSQL, newest first on SQLite (whose ranking
runs one full-text subquery per matching row and takes minutes at 10,000 posts).

On PostgreSQL the rank is computed for a bounded number of candidate matches
(core.search.postgres): title hits first, then the newest; the rest follow unranked.
"""

import datetime

from django.db import connection

from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Not, Or, Phrase, PlainText

import pytest

from tests.factories.blog import BlogPageFactory

pytestmark = pytest.mark.django_db

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the embedded default's behaviour"
)
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL only"
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


@on_postgresql
def test_postgresql_ranks_by_relevance(posts):
    older, newer = posts

    results = Page.objects.live().search("privacy")

    assert type(get_search_backend()).__name__ == "BoundedRankPostgresSearchBackend"
    assert [page.pk for page in results] == [older.pk, newer.pk]
    assert results.count() == 2


def privacy_post(title, mentions, day, **fields):
    """A post whose excerpt says "privacy" `mentions` times, dated 2015-05-day."""
    return BlogPageFactory(
        title=title,
        excerpt=" ".join(["Privacy matters."] * mentions) or "Nothing to see.",
        date=datetime.date(2015, 5, day),
        **fields,
    )


@pytest.fixture
def ranked_posts(blog_index):
    """Oldest first: a title hit, four body hits (the oldest says it most), and a
    draft and a private post that must never be found."""
    title_hit = privacy_post("Privacy basics", 0, 1)
    loudest = privacy_post("Loudest", 9, 2)
    quiet = privacy_post("Quiet", 1, 3)
    louder = privacy_post("Louder", 5, 4)
    newest = privacy_post("Newest", 2, 5)
    privacy_post("Privacy draft", 9, 6).unpublish()
    private = privacy_post("Privacy for members", 9, 7)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return title_hit, loudest, quiet, louder, newest


BODY_HITS = ["Loudest", "Louder", "Newest", "Quiet"]


def search(query="privacy"):
    return Page.objects.live().public().search(query)


@on_postgresql
def test_title_hits_come_first_then_body_hits_by_rank(ranked_posts):
    title_hit, loudest, quiet, louder, newest = ranked_posts

    results = search()

    assert [p.title for p in results] == [
        p.title for p in (title_hit, loudest, louder, newest, quiet)
    ]
    assert results.count() == 5


@on_postgresql
def test_only_the_first_candidates_are_ranked_the_rest_follow_newest_first(
    settings, ranked_posts
):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "core.search", "RANKED_CANDIDATES": 3}
    }
    title_hit, loudest, quiet, louder, newest = ranked_posts

    results = search()
    pages = [list(results[start : start + 2]) for start in (0, 2, 4)]

    # Candidates: the title hit, then the two newest body hits, ranked; then the
    # rest newest first, however often they say it.
    expected = [title_hit, louder, newest, quiet, loudest]
    assert [p.title for p in results] == [p.title for p in expected]
    assert [p.title for page in pages for p in page] == [p.title for p in expected]
    assert results.count() == 5
    assert search()[3:].count() == 5  # the count of the whole search, as Django's


@on_postgresql
def test_scores_are_the_ranks_of_the_candidates(settings, ranked_posts):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "core.search", "RANKED_CANDIDATES": 3}
    }

    results = list(search().annotate_score("score"))

    assert all(p.score > 0 for p in results[:3])
    assert [p.score for p in results[3:]] == [None, None]


@on_postgresql
@on_postgresql
def test_title_and_body_are_stored_and_indexed_together(ranked_posts):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'core_search_document'"
        )
        (definition,) = cursor.fetchone()
        cursor.execute(
            "SELECT count(*) FROM wagtailsearch_indexentry"
            " WHERE core_document IS DISTINCT FROM title || body"
        )
        (stale,) = cursor.fetchone()
    assert "USING gin (core_document)" in definition
    assert stale == 0


@on_postgresql
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (And([PlainText("privacy"), Not(PlainText("basics"))]), BODY_HITS),
        (Phrase("privacy matters"), BODY_HITS),
        (
            Or([PlainText("basics"), PlainText("loudest")]),
            ["Loudest", "Privacy basics"],
        ),
    ],
    ids=["negation", "phrase", "or"],
)
def test_other_query_forms(ranked_posts, query, expected):
    assert [p.title for p in search(query)] == expected


@on_postgresql
def test_a_query_of_stop_words_finds_nothing(ranked_posts):
    assert list(search("the")) == []
    assert search("the").count() == 0
