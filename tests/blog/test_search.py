"""The site search at /search/?q= finds posts by title, excerpt, body, tags and authors."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories.blog import AuthorFactory, BlogPageFactory
from tests.factories.site_pages import StandardPageFactory

pytestmark = pytest.mark.django_db


def results(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        title.get_text(strip=True) for title in page.select(".search-result__title")
    ]


@pytest.fixture
def posts(blog_index, series):
    return [
        BlogPageFactory(
            title="Get Your Work Done",
            excerpt="Many companies put Facebook behind a firewall.",
            body=[("paragraph", "<p>Mayo encourages appropriate conduct.</p>")],
            authors=[AuthorFactory(name="Lee Aase")],
            tags=["employee access"],
            series=series,
            series_number=6,
        ),
        BlogPageFactory(
            title="June Webinar",
            excerpt="Convincing physicians to take part.",
            authors=[AuthorFactory(name="Meredith Gould")],
        ),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("webinar", ["June Webinar"]),  # title
        ("firewall", ["Resource Series | Guideline #6: Get Your Work Done"]),  # excerpt
        ("appropriate", ["Resource Series | Guideline #6: Get Your Work Done"]),  # body
        ("employee", ["Resource Series | Guideline #6: Get Your Work Done"]),  # tag
        ("Meredith", ["June Webinar"]),  # author
        ('"june webinar"', ["June Webinar"]),  # phrase
    ],
)
def test_finds_posts(client, posts, query, expected):
    assert results(client.get("/search/", {"q": query})) == expected


def test_results_show_type_and_summary(client, posts):
    page = BeautifulSoup(
        client.get("/search/", {"q": "physicians"}).content, "html.parser"
    )

    result = page.select_one(".search-result")
    assert result.find("a")["href"] == posts[1].url
    assert result.select_one(".search-result__type").get_text() == "Blog post"
    assert (
        "Convincing physicians"
        in result.select_one(".search-result__summary").get_text()
    )


def test_finds_other_pages_too(client, posts):
    StandardPageFactory(title="Join the Network", introduction="Become a member.")

    assert results(client.get("/search/", {"q": "member"})) == ["Join the Network"]


def test_drafts_are_not_found(client, posts):
    posts[1].unpublish()

    assert results(client.get("/search/", {"q": "webinar"})) == []


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_blank_query_shows_the_empty_form(client, posts, query):
    response = client.get("/search/", {"q": query})

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert page.find("form", role="search") is not None
    assert page.select(".search-result") == []


def test_results_are_described_but_kept_out_of_search_engines(client, posts):
    page = BeautifulSoup(client.get("/search/?q=guideline").content, "html.parser")

    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(
        "Search the posts, events and resources"
    )
    assert page.find("link", rel="canonical") is None


def test_no_query_at_all_shows_the_form(client, posts):
    assert client.get("/search/").status_code == 200


@pytest.mark.parametrize("query", ["x" * 201, "web\x00inar"])
def test_unusable_query_is_a_400_with_the_reason(client, posts, query):
    response = client.get("/search/", {"q": query})

    page = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 400
    assert page.select_one("#search-errors").get_text(strip=True)
    assert page.select(".search-result") == []


@pytest.mark.parametrize("query", ['"', 'a"b', "NEAR(", "*", "AND", "-", "col:x"])
def test_search_syntax_never_fails(client, posts, query):
    assert client.get("/search/", {"q": query}).status_code == 200


def test_results_are_paginated(client, blog_index):
    for day in range(1, 14):
        BlogPageFactory(title=f"Guideline {day}", date=datetime.date(2015, 5, day))

    first = results(client.get("/search/", {"q": "guideline"}))
    second_response = client.get("/search/", {"q": "guideline", "page": "2"})
    beyond = results(client.get("/search/", {"q": "guideline", "page": "99"}))

    assert len(first) == 10
    assert len(results(second_response)) == 3
    assert beyond == results(second_response)
    nav = BeautifulSoup(second_response.content, "html.parser").select_one(
        "nav.pagination"
    )
    assert nav.find("a", rel="prev")["href"] == "/search/?q=guideline"


def test_query_count_does_not_grow_with_the_results(
    client, blog_index, series, django_assert_max_num_queries
):
    def count(path):
        client.get(path)  # warm the site root cache
        with django_assert_max_num_queries(12) as captured:
            response = client.get(path)
        assert response.status_code == 200
        return len(captured), len(results(response))

    BlogPageFactory(title="Guideline 1", series=series, series_number=1)
    one = count("/search/?q=guideline")
    for number in range(2, 11):
        BlogPageFactory(
            title=f"Guideline {number}", series=series, series_number=number
        )
    ten = count("/search/?q=guideline")

    assert (one[1], ten[1]) == (1, 10)
    assert ten[0] == one[0]
