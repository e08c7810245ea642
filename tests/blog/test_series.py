"""Numbered series: labels, one number per post within a series, and the editor's errors."""

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogPage
from tests.factories.blog import AuthorFactory, BlogPageFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def test_label_reads_like_the_2015_blog(blog_index, series):
    post = BlogPageFactory(
        title="Online “Friending” Should be Voluntary", series=series, series_number=8
    )

    assert post.series_label == "Resource Series | Guideline #8"
    assert post.display_title == (
        "Resource Series | Guideline #8: Online “Friending” Should be Voluntary"
    )


def test_a_post_outside_any_series_has_no_badge(blog_index):
    post = BlogPageFactory(title="June Webinar")

    assert post.series_label == ""
    assert post.display_title == "June Webinar"


def test_series_slug_is_filled_from_the_title(db):
    assert (
        SeriesFactory(title="Summit Recaps 2015", slug="").slug == "summit-recaps-2015"
    )


class TestNumbering:
    def test_a_number_is_used_once_per_series(self, blog_index, series):
        BlogPageFactory(title="Get Your Work Done", series=series, series_number=6)
        clash = BlogPageFactory.build(series=series, series_number=6)

        with pytest.raises(ValidationError) as error:
            clash.clean()

        assert error.value.message_dict == {
            "series_number": [
                "Guideline #6 of Resource Series is already used by “Get Your Work Done”."
            ]
        }

    def test_the_same_number_in_another_series_is_fine(self, blog_index, series):
        BlogPageFactory(series=series, series_number=6)
        other = BlogPageFactory.build(
            series=SeriesFactory(title="Webinars"), series_number=6
        )

        other.clean()  # no error

    def test_a_post_keeps_its_own_number_when_edited(self, blog_index, series):
        post = BlogPageFactory(series=series, series_number=6)
        post.title = "Renamed"

        post.clean()  # no error

    def test_a_number_needs_a_series_and_a_series_needs_a_number(
        self, blog_index, series
    ):
        with pytest.raises(ValidationError) as no_series:
            BlogPageFactory.build(series_number=3).clean()
        with pytest.raises(ValidationError) as no_number:
            BlogPageFactory.build(series=series).clean()

        assert "series" in no_series.value.message_dict
        assert "series_number" in no_number.value.message_dict


class TestEditor:
    """The page editor refuses a duplicate number with the error next to the field."""

    def edit(self, client, post, publish=False, **fields):
        data = nested_form_data(
            {
                "title": post.title,
                "slug": post.slug,
                "date": "2015-05-22",
                "excerpt": post.excerpt,
                "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
                "post_authors": inline_formset([{"author": AuthorFactory().pk}]),
                "tags": "",
                "comments_open": True,
                **fields,
            }
        )
        if publish:
            data["action-publish"] = "action-publish"
        return client.post(f"/admin/pages/{post.pk}/edit/", data)

    def test_duplicate_number_is_refused_with_a_clear_message(
        self, admin_client, blog_index, series
    ):
        BlogPageFactory(title="Get Your Work Done", series=series, series_number=6)
        post = BlogPageFactory(title="Be Friendly", series=series, series_number=7)

        response = self.edit(
            admin_client, post, series=series.pk, series_number=6, publish=True
        )

        assert response.status_code == 200  # the form again, not a redirect
        page = BeautifulSoup(response.content, "html.parser")
        errors = " ".join(error.get_text() for error in page.select(".error-message"))
        assert (
            "Guideline #6 of Resource Series is already used by “Get Your Work Done”."
            in errors
        )
        assert BlogPage.objects.get(pk=post.pk).series_number == 7

    def test_a_free_number_is_saved(self, admin_client, blog_index, series):
        post = BlogPageFactory(title="Be Friendly", series=series, series_number=7)

        response = self.edit(
            admin_client, post, series=series.pk, series_number=9, publish=True
        )

        assert response.status_code == 302
        assert BlogPage.objects.get(pk=post.pk).series_number == 9


def test_series_are_managed_as_snippets(admin_client, series):
    listing = admin_client.get("/admin/snippets/blog/series/")

    assert listing.status_code == 200
    assert "Resource Series" in listing.content.decode()


class TestNeighboursCostTheSameForAnySeriesLength:
    """Previous/next are found by the series index, never by loading the series."""

    def build(self, series, count, *, gap=None):
        # A gap is a number whose post was unpublished.
        posts = [
            BlogPageFactory(
                title=f"Guideline {number}",
                slug=f"{series.slug}-{number}",
                series=series,
                series_number=number,
            )
            for number in range(1, count + 1)
        ]
        if gap:
            posts[gap - 1].unpublish()
        return posts

    def neighbour_queries(self, post):
        fresh = BlogPage.objects.get(pk=post.pk)
        with CaptureQueriesContext(connection) as queries:
            neighbours = fresh.series_neighbours
        return len(queries), neighbours

    def test_a_post_loads_two_neighbours_in_the_same_queries_for_3_or_40(
        self, blog_index, series
    ):
        short = self.build(SeriesFactory(title="Short"), 3)
        long = self.build(series, 40, gap=19)

        short_queries, short_neighbours = self.neighbour_queries(short[1])
        long_queries, long_neighbours = self.neighbour_queries(long[19])

        assert long_queries == short_queries
        assert [p.title for p in short_neighbours] == ["Guideline 1", "Guideline 3"]
        # Number 19 is unpublished: the neighbour before 20 is 18.
        assert [p.title for p in long_neighbours] == ["Guideline 18", "Guideline 21"]
        # Only the neighbours are read, not the 40 posts of the series.
        loaded = BlogPage.series_neighbour_pages([long[19]])
        assert sorted(p.series_number for p in loaded) == [18, 21]

    def test_the_api_listing_costs_the_same_for_a_series_of_3_or_40(
        self, blog_index, series, client
    ):
        url = (
            "/api/v2/pages/?type=blog.BlogPage&fields=previous_in_series,next_in_series"
            "&order=-id&limit=5"
        )
        self.build(SeriesFactory(title="Short"), 3)
        with CaptureQueriesContext(connection) as short:
            assert client.get(url).status_code == 200

        self.build(series, 40)
        with CaptureQueriesContext(connection) as long:
            response = client.get(url)

        assert len(long) == len(short)
        newest = response.json()["items"]
        assert newest[0]["previous_in_series"]["number"] == 39
        assert newest[0]["next_in_series"] is None
        assert newest[1]["previous_in_series"]["number"] == 38
        assert newest[1]["next_in_series"]["number"] == 40
