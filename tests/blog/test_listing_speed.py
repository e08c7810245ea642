"""What keeps cold listings cheap as the blog grows: narrow pagination, planner
statistics and the site root paths read once per listing."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from blog.models import BlogPage
from core.page_urls import share_site_root_paths
from core.pagination import NarrowSlices, narrow_slices
from tests.factories.blog import AuthorFactory, BlogPageFactory

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/"


@pytest.fixture
def posts(blog_index):
    # Equal dates, so the order also rests on the later keys (publication, id).
    dates = [datetime.date(2015, 5, day) for day in (3, 1, 3, 2, 1, 3, 2)]
    return [BlogPageFactory(title=f"Post {n}", date=day) for n, day in enumerate(dates)]


@pytest.mark.parametrize("window", [(0, 3), (2, 5), (5, 20), (0, 1), (7, 9)])
def test_narrow_slices_give_the_rows_a_plain_slice_gives(posts, window):
    listing = BlogPage.objects.published().for_listing()
    start, stop = window

    narrow = list(NarrowSlices(listing)[start:stop])

    assert narrow == list(listing[start:stop])
    # Whole rows come back: annotations and prefetched authors included.
    assert all(hasattr(post, "approved_comment_count") for post in narrow)


def test_a_narrow_slice_is_one_query(posts):
    listing = BlogPage.objects.published()

    with CaptureQueriesContext(connection) as queries:
        list(NarrowSlices(listing)[0:4])

    assert len(queries) == 1
    assert "LIMIT 4" in queries[0]["sql"]  # the ids, inside the one query


def test_search_results_are_left_to_the_backend(posts):
    results = BlogPage.objects.published().search("Post")

    assert narrow_slices(results) is results


def test_the_api_listing_pages_through_narrow_slices(client, posts):
    response = client.get(
        LISTING, {"type": "blog.BlogPage", "limit": 3, "offset": 2, "fields": "date"}
    )
    expected = BlogPage.objects.published()[2:5]

    assert [item["id"] for item in response.json()["items"]] == [
        post.pk for post in expected
    ]
    assert response.json()["meta"]["total_count"] == 7


def test_listed_pages_share_one_read_of_the_site_root_paths(posts, site):
    pages = list(BlogPage.objects.published())

    share_site_root_paths(pages)

    assert len({id(page._wagtail_cached_site_root_paths) for page in pages}) == 1
    with CaptureQueriesContext(connection) as queries:
        urls = [page.full_url for page in pages]
    assert len(queries) == 0
    assert all(url.startswith("http://localhost/") for url in urls)


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="on PostgreSQL, ANALYZE's row counts outlive the test's rollback",
)
def test_analyze_database_records_empty_tables_on_sqlite(posts):
    out = StringIO()
    call_command("analyze_database", stdout=out)

    assert "Analyzed the sqlite database" in out.getvalue()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'wagtailcore_pageviewrestriction'"
        )
        assert cursor.fetchall() == [("1",)]


def post_page_queries(client, post):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(post.url)
    assert response.status_code == 200
    return len(queries)


def test_a_post_page_reads_its_authors_and_tags_once_however_many(client, blog_index):
    lean = BlogPageFactory(authors=[AuthorFactory()], tags=["hipaa"])
    rich = BlogPageFactory(
        authors=[AuthorFactory() for _ in range(4)],
        tags=["hipaa", "fb", "nursing", "privacy"],
    )
    post_page_queries(client, lean)  # renditions are made on first view

    assert post_page_queries(client, rich) == post_page_queries(client, lean)
