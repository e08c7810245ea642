"""Resource pages in /api/v2/pages/: fields, the topic filter, errors and query budgets."""

import datetime

from django.conf import settings

from taggit.models import Tag

import pytest

from core.seed import stream
from resources.models import ResourceDocument, ResourcePage
from tests.factories.core import AuthorFactory, DocumentFactory, ImageFactory
from tests.factories.resources import ResourcePageFactory

pytestmark = pytest.mark.django_db

RESOURCES = "/api/v2/pages/?type=resources.ResourcePage"


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def rich_body(image, document, page):
    """A body, as stored, with a link to `page`, an image and a document download."""
    return stream(
        ("paragraph", f'<p>See <a linktype="page" id="{page.pk}">the library</a>.</p>'),
        (
            "image",
            {
                "image": {"image": image.pk, "alt_text": "Staff", "decorative": False},
                "caption": "",
                "credit": "",
            },
        ),
        ("document", {"document": document.pk, "text": "The policy (PDF)"}),
    )


@pytest.fixture
def guidelines(resource_index, image):
    """A reviewed policy with a photographed reviewer, topics, a download and a body."""
    reviewer = AuthorFactory(name="Lee Aase", role="Director", photo=ImageFactory())
    document = DocumentFactory(title="Guidelines for employees")
    page = ResourcePageFactory(
        title="Social media guidelines for employees",
        resource_type="policy",
        introduction="Guidelines #5 to #8 in brief.",
        audience="Health-care employees",
        last_reviewed=datetime.date(2026, 3, 12),
        review_interval_months=12,
        reviewed_by=reviewer,
        tags=["social media guidelines", "Friending"],
        documents=[document],
        body=rich_body(image, document, resource_index),
    )
    ResourceDocument.objects.filter(page=page).update(
        description="All eight guidelines on one page."
    )
    return page


class TestFields:
    def test_a_resource_carries_its_review_and_downloads(self, client, guidelines):
        data = client.get(f"/api/v2/pages/{guidelines.pk}/").json()

        assert data["resource_type"] == "policy"
        assert data["introduction"] == "Guidelines #5 to #8 in brief."
        assert data["audience"] == "Health-care employees"
        assert data["last_reviewed"] == "2026-03-12"
        assert data["review_interval_months"] == 12
        assert data["next_review_due"] == "2027-03-12"
        assert data["review_overdue"] is False
        assert data["tags"] == [
            {"name": "Friending", "slug": "friending"},
            {"name": "social media guidelines", "slug": "social-media-guidelines"},
        ]
        reviewer = data["reviewed_by"]
        assert (reviewer["name"], reviewer["slug"], reviewer["role"]) == (
            "Lee Aase",
            "lee-aase",
            "Director",
        )
        small = reviewer["photo"]["renditions"]["small"]
        assert small["width"] == small["height"] == 160
        assert small["url"].startswith("http")
        (download,) = data["documents"]
        assert download["title"] == "Guidelines for employees"
        assert download["description"] == "All eight guidelines on one page."
        assert download["document"]["extension"] == "pdf"
        document = guidelines.documents.get().document
        assert download["document"]["url"] == (
            f"{settings.WAGTAILADMIN_BASE_URL}{document.url}"
        )

    def test_body_is_html_with_absolute_urls(self, client, guidelines, resource_index):
        data = client.get(f"/api/v2/pages/{guidelines.pk}/").json()

        paragraph, image, document = data["body"]
        assert f'href="{resource_index.url}"' in paragraph["value"]
        assert "linktype" not in paragraph["value"]
        assert image["value"]["image"]["renditions"]["small"]["url"].startswith("http")
        assert document["value"]["document"]["url"].startswith("http")

    def test_api_v3_detail_has_the_same_fields(self, client, guidelines):
        v2 = client.get(f"/api/v2/pages/{guidelines.pk}/").json()
        v3 = client.get(f"/api/v3/pages/{guidelines.pk}/")

        assert v3.status_code == 200, v3.content
        data = v3.json()
        for field in ("documents", "tags", "reviewed_by", "next_review_due"):
            assert data[field] == v2[field], field
        assert data["review_overdue"] is False

    def test_overdue_pages_say_so(self, client, resource_index):
        page = ResourcePageFactory(last_reviewed=datetime.date(2020, 1, 1))

        data = client.get(f"/api/v2/pages/{page.pk}/").json()

        assert data["next_review_due"] == "2021-01-01"
        assert data["review_overdue"] is True

    def test_the_library_index_carries_its_introduction(self, client, resource_index):
        data = client.get(f"/api/v2/pages/{resource_index.pk}/").json()

        assert data["introduction"] == resource_index.introduction


class TestFilters:
    @pytest.fixture
    def library(self, resource_index):
        ResourcePageFactory(
            title="B toolkit",
            resource_type="toolkit",
            tags=["FB"],
            last_reviewed=datetime.date(2026, 1, 1),
        )
        ResourcePageFactory(
            title="A guide",
            tags=["FB", "Friending"],
            last_reviewed=datetime.date(2026, 2, 1),
        )
        ResourcePageFactory(
            title="C policy",
            resource_type="policy",
            last_reviewed=datetime.date(2026, 3, 1),
        )

    def test_listing_is_a_to_z(self, client, library):
        assert titles(client.get(RESOURCES)) == ["A guide", "B toolkit", "C policy"]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("topic=fb", ["A guide", "B toolkit"]),
            ("topic=friending", ["A guide"]),
            ("resource_type=policy", ["C policy"]),
            ("topic=fb&resource_type=toolkit", ["B toolkit"]),
            ("topic=fb&order=-title", ["B toolkit", "A guide"]),
            ("order=-last_reviewed", ["C policy", "A guide", "B toolkit"]),
        ],
    )
    def test_filters(self, client, library, query, expected):
        assert titles(client.get(f"{RESOURCES}&{query}")) == expected

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ("topic=no%20such", "topic must be a slug"),
            ("topic=fb%0A", "topic must be a slug"),
            ("topic=unknown", "unknown topic: 'unknown'"),
            ("resource_type=leaflet", "resource_type must be one of guide"),
        ],
    )
    def test_bad_values_are_400_with_a_message(self, client, library, query, message):
        response = client.get(f"{RESOURCES}&{query}")

        assert response.status_code == 400
        assert message in response.json()["message"]

    def test_tags_used_elsewhere_are_not_topics(self, client, library):
        Tag.objects.create(name="News")

        response = client.get(f"{RESOURCES}&topic=news")

        assert response.status_code == 400
        assert "unknown topic: 'news'" in response.json()["message"]

    def test_topic_needs_the_resource_type(self, client, library):
        response = client.get("/api/v2/pages/?topic=fb")

        assert response.status_code == 400
        assert "type=resources.ResourcePage" in response.json()["message"]


class TestQueryBudget:
    """A page of resources costs the same number of queries however long it is."""

    @pytest.fixture
    def many_resources(self, resource_index):
        for number in range(20):
            image, document = ImageFactory(), DocumentFactory()
            ResourcePageFactory(
                reviewed_by=AuthorFactory(photo=ImageFactory()),
                tags=["FB", f"topic {number}"],
                documents=[document, DocumentFactory()],
                body=rich_body(image, document, resource_index),
            )
        assert ResourcePage.objects.count() == 20

    def count_queries(self, client, url, django_assert_max_num_queries):
        client.get(url)  # renditions are made once, on first request
        with django_assert_max_num_queries(100) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), len(response.json()["items"])

    @pytest.mark.parametrize(
        ("query", "budget"),
        [
            ("fields=*", 16),
            # Search looks the matching ids up first: one query more.
            ("fields=*&topic=fb&resource_type=guide&search=resource", 17),
        ],
    )
    def test_listing_with_every_field(
        self, client, many_resources, django_assert_max_num_queries, query, budget
    ):
        url = f"{RESOURCES}&{query}"
        one = self.count_queries(
            client, f"{url}&limit=1", django_assert_max_num_queries
        )
        twenty = self.count_queries(
            client, f"{url}&limit=20", django_assert_max_num_queries
        )

        assert (one[1], twenty[1]) == (1, 20)
        assert twenty[0] == one[0], f"limit=1: {one[0]} queries, limit=20: {twenty[0]}"
        assert twenty[0] <= budget
