"""What search engines and social networks read: archive cards, JSON-LD, default image, sitemap."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest

from core.models import NetworkSettings
from tests.factories.blog import AuthorFactory, BlogPageFactory, SeriesFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def meta(page, name):
    tag = page.find("meta", property=name) or page.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def json_ld(response):
    return json.loads(soup(response).find("script", type="application/ld+json").string)


@pytest.fixture
def posts(blog_index):
    series = SeriesFactory(title="Resource Series", slug="resource-series")
    lee = AuthorFactory(name="Lee Aase")
    return [
        BlogPageFactory(
            title="Get Your Work Done",
            date=datetime.date(2015, 5, 18),
            authors=[lee],
            series=series,
            series_number=6,
            tags=["FB"],
        ),
        BlogPageFactory(title="Untagged thoughts", date=datetime.date(2015, 4, 2)),
    ]


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/blog/tags/fb/", "Posts tagged FB"),
        ("/blog/authors/lee-aase/", "Posts by Lee Aase"),
        ("/blog/series/resource-series/", "Resource Series"),
        ("/blog/2015/05/", "Posts from May 2015"),
    ],
)
def test_each_archive_shares_itself_not_the_blog(client, posts, path, title):
    page = soup(client.get(path))

    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == f"http://localhost{path}"
    assert meta(page, "og:url") == canonical
    assert meta(page, "og:title") == title
    assert meta(page, "twitter:title") == title


def test_a_later_archive_page_shares_its_own_address(client, blog_index):
    for number in range(12):
        BlogPageFactory(tags=["FB"], date=datetime.date(2015, 5, 1 + number))

    page = soup(client.get("/blog/tags/fb/?page=2"))

    assert meta(page, "og:url") == "http://localhost/blog/tags/fb/?page=2"
    assert page.find("link", rel="canonical")["href"] == meta(page, "og:url")


def test_a_series_post_shares_its_series_label(client, posts):
    page = soup(client.get(posts[0].url))

    title = "Resource Series | Guideline #6: Get Your Work Done"
    assert page.title.get_text().startswith(title)
    assert meta(page, "og:title") == title
    assert meta(page, "twitter:title") == title


def test_a_post_without_tags_has_no_empty_keywords(client, posts):
    assert "keywords" not in json_ld(client.get(posts[1].url))
    assert json_ld(client.get(posts[0].url))["keywords"] == ["FB"]


class TestDefaultSocialImage:
    def test_pages_without_an_image_share_the_network_default(
        self, client, posts, network_settings, image
    ):
        network_settings.default_social_image = image
        network_settings.save()

        page = soup(client.get(posts[1].url))

        assert ".fill-1200x630" in meta(page, "og:image")
        assert meta(page, "twitter:card") == "summary_large_image"
        assert meta(page, "twitter:image") == meta(page, "og:image")
        assert json_ld(client.get(posts[1].url))["image"]["url"] == meta(
            page, "og:image"
        )
        archive = soup(client.get("/blog/tags/fb/"))
        assert meta(archive, "og:image") == meta(page, "og:image")

    def test_without_a_default_there_is_no_image_tag(self, client, posts):
        page = soup(client.get(posts[1].url))

        assert meta(page, "og:image") is None
        assert meta(page, "twitter:card") == "summary"
        assert "image" not in json_ld(client.get(posts[1].url))


class TestOrganization:
    @pytest.fixture
    def network(self, network_settings, image):
        network_settings.logo = image
        network_settings.social_profiles = [
            (
                "profile",
                {"network": "twitter", "url": "https://twitter.com/MayoClinicSMN"},
            ),
            (
                "profile",
                {
                    "network": "youtube",
                    "url": "https://www.youtube.com/user/MayoClinicSMN",
                },
            ),
        ]
        network_settings.save()
        return network_settings

    def test_the_home_page_describes_the_organization_and_its_search(
        self, client, home_page, network
    ):
        graph = {item["@type"]: item for item in json_ld(client.get("/"))["@graph"]}

        organization = graph["Organization"]
        assert organization["name"] == "Social Media Health Network"
        assert organization["url"] == "http://localhost/"
        assert organization["logo"]["url"].startswith("http://localhost/media/images/")
        assert organization["sameAs"] == [
            "https://twitter.com/MayoClinicSMN",
            "https://www.youtube.com/user/MayoClinicSMN",
        ]
        assert organization["email"] == "info@socialmediahealthnetwork.org"
        action = graph["WebSite"]["potentialAction"]
        assert action["@type"] == "SearchAction"
        assert action["target"]["urlTemplate"] == (
            "http://localhost/search/?q={search_term_string}"
        )
        assert action["query-input"] == "required name=search_term_string"
        assert graph["WebSite"]["publisher"] == {"@id": organization["@id"]}

    def test_a_post_is_published_by_that_organization(self, client, posts, network):
        home = {item["@type"]: item for item in json_ld(client.get("/"))["@graph"]}[
            "Organization"
        ]

        publisher = json_ld(client.get(posts[0].url))["publisher"]

        assert publisher == home

    def test_without_a_logo_the_site_icon_stands_in(self, client, home_page):
        NetworkSettings.for_site(home_page.get_site())
        graph = {item["@type"]: item for item in json_ld(client.get("/"))["@graph"]}

        assert graph["Organization"]["logo"]["url"].endswith("core/img/favicon.svg")
        assert "sameAs" not in graph["Organization"]


def test_the_home_page_advertises_the_blog_feeds(client, blog_index):
    head = soup(client.get("/")).head

    assert [link["href"] for link in head.find_all("link", rel="alternate")] == [
        "http://localhost/blog/feed/",
        "http://localhost/blog/feed/atom/",
    ]


def test_the_sitemap_lists_the_archives_with_their_last_change(client, posts):
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own

    entries = {
        url.findtext("s:loc", namespaces=SITEMAP): url.findtext(
            "s:lastmod", default="", namespaces=SITEMAP
        )
        for url in sitemap.findall("s:url", SITEMAP)
    }

    for path in [
        "/blog/tags/fb/",
        "/blog/authors/lee-aase/",
        "/blog/series/resource-series/",
        "/blog/2015/05/",
        "/blog/2015/04/",
    ]:
        assert f"http://localhost{path}" in entries
    tagged = posts[0]
    tagged.refresh_from_db()
    lastmod = entries["http://localhost/blog/tags/fb/"]
    assert lastmod.startswith(f"{tagged.last_published_at:%Y-%m-%d}")
