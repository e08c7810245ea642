"""Resource pages as readers see them: the review line, downloads and topics."""

import datetime
import json

from django.utils import timezone

from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from resources.models import ResourceDocument, ResourceIndexPage, ResourcePage
from site_pages.models import HomePage, StandardPage
from tests.factories.core import AuthorFactory
from tests.factories.resources import ResourceIndexPageFactory, ResourcePageFactory
from tests.factories.site_pages import HomePageFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    """Resources live in the library; the library lives under the home page."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        cls.index = ResourceIndexPageFactory(parent=home)
        cls.reviewer = AuthorFactory(name="Lee Aase")
        cls.page = ResourcePageFactory(parent=cls.index, reviewed_by=cls.reviewer)

    def setUp(self):
        self.login()

    def resource_form(self, **fields):
        """The editor's form for a resource page, as the browser would send it."""
        return nested_form_data(
            {
                "title": "Get Your Work Done",
                "slug": "get-your-work-done",
                "resource_type": "guide",
                "introduction": "Mayo Clinic does not block social networks.",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Get your work done.</p>"))]
                ),
                "documents": inline_formset([]),
                "tags": "employees, FB",
                "last_reviewed": "2026-03-12",
                "reviewed_by": self.reviewer.pk,
                "review_interval_months": 6,
                **fields,
            }
        )

    def test_editors_can_write_a_resource(self):
        self.assertCanCreate(self.index, ResourcePage, self.resource_form())

        page = ResourcePage.objects.get(slug="get-your-work-done")
        self.assertEqual(page.review_due, datetime.date(2026, 9, 12))

    def test_a_resource_needs_its_review(self):
        form = self.resource_form(last_reviewed="", reviewed_by="")
        add = f"/admin/pages/add/resources/resourcepage/{self.index.pk}/"

        response = self.client.post(add, {**form, "action-publish": "publish"})

        self.assertEqual(response.status_code, 200)
        self.assertFalse(
            ResourcePage.objects.filter(slug="get-your-work-done").exists()
        )
        errors = response.context["form"].errors
        self.assertIn("last_reviewed", errors)
        self.assertIn("reviewed_by", errors)

    def test_a_review_cannot_be_dated_in_the_future(self):
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        form = self.resource_form(last_reviewed=tomorrow.isoformat())
        add = f"/admin/pages/add/resources/resourcepage/{self.index.pk}/"

        response = self.client.post(add, {**form, "action-publish": "publish"})

        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["last_reviewed"],
            [
                "A review cannot be dated in the future: enter the day the content "
                "was checked."
            ],
        )

    def test_a_new_resource_previews_before_it_is_saved(self):
        preview = f"/admin/pages/add/resources/resourcepage/{self.index.pk}/preview/"

        self.client.post(preview, self.resource_form())
        response = self.client.get(preview)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Last reviewed")
        self.assertContains(response, "12 March 2026")
        self.assertContains(response, "12 September 2026")

    def test_index_and_resource_render_and_preview(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsPreviewable(self.index)
        self.assertPageIsRenderable(self.page)
        self.assertPageIsPreviewable(
            self.page, post_data=self.resource_form(slug=self.page.slug)
        )

    def test_library_only_under_home_page(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})

    def test_resources_only_in_the_library(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())

    def test_library_holds_resources(self):
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanCreateAt(HomePage, ResourceIndexPage)


def test_one_library_per_home_page(resource_index, home_page):
    assert not ResourceIndexPage.can_create_at(home_page)


def test_review_line_says_when_and_by_whom(client, resource_index):
    reviewer = AuthorFactory(name="Lee Aase", role="")
    page = ResourcePageFactory(
        parent=resource_index,
        last_reviewed=datetime.date(2026, 3, 12),
        reviewed_by=reviewer,
        review_interval_months=6,
    )

    response = client.get(page.url)

    line = visible_text(str(soup(response).select_one(".review")))
    assert line.startswith("Last reviewed 12 March 2026 by Lee Aase.")
    assert "12 September 2026" in line


def test_review_line_of_a_deleted_reviewer_says_only_when(client, resource_index):
    page = ResourcePageFactory(last_reviewed=datetime.date(2026, 1, 5))
    page.reviewed_by.delete()

    line = visible_text(str(soup(client.get(page.url)).select_one(".review")))

    assert line.startswith("Last reviewed 5 January 2026. Next review due")


def test_an_overdue_review_is_flagged_to_readers(client, resource_index):
    page = ResourcePageFactory(
        last_reviewed=datetime.date(2020, 2, 29), review_interval_months=12
    )

    line = visible_text(str(soup(client.get(page.url)).select_one(".review")))

    assert "Review overdue Its next review was due 28 February 2021." in line


def test_page_shows_downloads_and_topics(client, resource_index, document):
    page = ResourcePageFactory(
        tags=["social media guidelines", "Friending"], documents=[document]
    )

    html = soup(client.get(page.url))

    download = html.select_one("#downloads-heading").find_parent("section")
    assert download.find("a")["href"] == document.url
    assert download.find("a").get_text() == document.title
    topics = html.select(".tag-list a")
    assert [(a.get_text(), a["href"]) for a in topics] == [
        ("Friending", "/resources/?tag=friending"),
        ("social media guidelines", "/resources/?tag=social-media-guidelines"),
    ]


def json_ld(response):
    (script,) = soup(response).select('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_json_ld_is_a_medical_web_page_with_its_review(client, resource_index):
    reviewer = AuthorFactory(
        name="Lee Aase", role="Director, Mayo Clinic Center for Social Media"
    )
    page = ResourcePageFactory(
        title="Social media guidelines for employees",
        last_reviewed=datetime.date(2026, 3, 12),
        reviewed_by=reviewer,
        audience="Health-care employees",
        tags=["social media guidelines"],
    )

    data = json_ld(client.get(page.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == "Social media guidelines for employees"
    assert data["url"] == page.full_url
    assert data["lastReviewed"] == "2026-03-12"
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Lee Aase",
        "jobTitle": "Director, Mayo Clinic Center for Social Media",
    }
    assert data["about"] == [{"@type": "Thing", "name": "social media guidelines"}]
    assert data["audience"] == {
        "@type": "Audience",
        "audienceType": "Health-care employees",
    }
    page.refresh_from_db()
    assert data["datePublished"] == page.first_published_at.isoformat()
    assert data["dateModified"] == page.last_published_at.isoformat()
    assert data["isPartOf"]["url"] == resource_index.full_url


def test_text_fields_are_escaped_everywhere(client, resource_index, document):
    attack = '<script>alert("x")</script>'
    page = ResourcePageFactory(
        title=f"Guide {attack}",
        introduction=f"Intro {attack}",
        audience=f"Staff {attack}",
        reviewed_by=AuthorFactory(name=f"Rev {attack}", role=f"Role {attack}"),
        tags=[f"topic {attack}"],
        documents=[document],
        body=[],  # rich text is editors' HTML, not plain text
    )
    ResourceDocument.objects.filter(page=page).update(
        title=f"Doc {attack}", description=f"About {attack}"
    )

    page_html = client.get(page.url).content.decode()
    index_html = client.get(resource_index.url).content.decode()

    for html in (page_html, index_html):
        assert attack not in html
        assert "&lt;script&gt;" in html
    # The JSON-LD holds the text, with the markup characters escaped for HTML.
    assert json_ld(client.get(page.url))["name"] == f"Guide {attack}"
    assert "\\u003Cscript\\u003E" in page_html


class TestLibraryIndex:
    def test_lists_live_resources_a_to_z_with_review_lines(
        self, client, resource_index
    ):
        ResourcePageFactory(title="Toolkit B", resource_type="toolkit")
        ResourcePageFactory(
            title="Guide A",
            last_reviewed=datetime.date(2026, 3, 12),
            reviewed_by=AuthorFactory(name="Lee Aase", role=""),
        )
        draft = ResourcePageFactory(title="Draft C")
        draft.unpublish()

        html = soup(client.get(resource_index.url))

        cards = html.select(".card-grid .card")
        assert [card.select_one(".card__title").get_text() for card in cards] == [
            "Guide A",
            "Toolkit B",
        ]
        assert cards[0].select_one(".badge").get_text() == "Guide"
        assert visible_text(str(cards[0].select_one(".review"))) == (
            "Last reviewed 12 March 2026 by Lee Aase."
        )

    def test_topics_filter_with_counts(self, client, resource_index):
        ResourcePageFactory(title="A", tags=["FB", "Friending", "employees"])
        ResourcePageFactory(title="B", tags=["FB"])
        ResourcePageFactory(title="C")

        everything = soup(client.get(resource_index.url))
        friending = soup(client.get(resource_index.url, {"tag": "friending"}))

        facets = [
            visible_text(str(item)) for item in everything.select(".facet-list li")
        ]
        assert facets == [
            "employees 1 resource",
            "FB 2 resources",
            "Friending 1 resource",
        ]
        titles = [t.get_text() for t in friending.select(".card__title")]
        assert titles == ["A"]
        assert friending.h1.get_text() == "Resources on “Friending”"
        current = friending.select_one('.facet-list a[aria-current="true"]')
        assert current.get_text() == "Friending"

    def test_unknown_topic_is_not_found(self, client, resource_index):
        ResourcePageFactory(tags=["FB"])

        assert client.get(resource_index.url, {"tag": "nope"}).status_code == 404
        assert client.get(resource_index.url, {"tag": ""}).status_code == 404

    def test_pagination_keeps_the_topic(self, client, resource_index):
        for number in range(15):
            ResourcePageFactory(title=f"Guide {number:02}", tags=["FB"])
        ResourcePageFactory(title="Untagged")

        first = soup(client.get(resource_index.url, {"tag": "fb"}))
        second = soup(client.get(resource_index.url, {"tag": "fb", "page": "2"}))
        junk = soup(client.get(resource_index.url, {"tag": "fb", "page": "x"}))

        assert len(first.select(".card__title")) == 12
        assert [t.get_text() for t in second.select(".card__title")] == [
            "Guide 12",
            "Guide 13",
            "Guide 14",
        ]
        assert first.select_one('a[rel="next"]')["href"] == "?tag=fb&page=2"
        assert len(junk.select(".card__title")) == 12

    def test_other_child_pages_are_shown_as_sections(self, client, resource_index):
        directory = StandardPage(
            title="Health Care Social Media List",
            slug="health-care-social-media-list",
            introduction="Organizations using social media.",
        )
        resource_index.add_child(instance=directory)
        ResourcePageFactory(title="A guide")

        html = soup(client.get(resource_index.url))

        section = html.select_one('section[aria-labelledby="sections-heading"] .card')
        assert section.select_one(".card__title a")["href"] == directory.url
        assert "Organizations using social media." in section.get_text()

    def test_listing_costs_the_same_for_one_resource_or_twelve(
        self, client, resource_index, django_assert_max_num_queries
    ):
        ResourcePageFactory(tags=["FB"], reviewed_by=AuthorFactory())
        client.get(resource_index.url)
        with django_assert_max_num_queries(40) as one:
            client.get(resource_index.url)
        for _ in range(11):
            ResourcePageFactory(tags=["FB", "Other"], reviewed_by=AuthorFactory())

        with django_assert_max_num_queries(len(one.captured_queries)):
            response = client.get(resource_index.url)

        assert len(soup(response).select(".card__title")) == 12


def test_resources_are_in_the_sitemap(client, resource_index):
    page = ResourcePageFactory()

    response = client.get("/sitemap.xml")

    assert page.full_url in response.content.decode()
    assert resource_index.full_url in response.content.decode()


def test_resources_are_found_by_site_search(client, resource_index):
    ResourcePageFactory(title="Friending guide", introduction="About colleagues.")
    ResourcePageFactory(title="Other", reviewed_by=AuthorFactory(name="Zelda Reviewer"))

    by_intro = soup(client.get("/search/", {"q": "colleagues"}))
    by_reviewer = soup(client.get("/search/", {"q": "Zelda"}))

    assert [a.get_text() for a in by_intro.select(".search-result__title a")] == [
        "Friending guide"
    ]
    assert [a.get_text() for a in by_reviewer.select(".search-result__title a")] == [
        "Other"
    ]
