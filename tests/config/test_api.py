"""The public read APIs: v2 (DRF) and v3 (django-ninja with an OpenAPI document)."""

import json

from django.core.management import call_command

import pytest
from openapi_spec_validator import validate

from site_pages.models import HomePage
from tests.factories.site_pages import StandardPageFactory
from tests.helpers import soup


@pytest.fixture
def seeded(db):
    """The seed site: home page with its sections, About, Join, Summit."""
    call_command("load_seed_content", verbosity=0)
    return HomePage.objects.get()


@pytest.fixture
def linked_pages(home_page, document):
    """A page whose rich text links to another page and to a document."""
    join = StandardPageFactory(parent=home_page, title="Join", slug="join")
    about = StandardPageFactory(
        parent=home_page,
        title="About",
        slug="about",
        introduction="Who we are.",
        body=[
            {
                "type": "paragraph",
                "value": (
                    f'<p>Please <a linktype="page" id="{join.pk}">join us</a> and read '
                    f'<a linktype="document" id="{document.pk}">the guidelines</a>.</p>'
                ),
            }
        ],
    )
    home_page.body = [
        {
            "type": "welcome",
            "value": {
                "heading": "Welcome",
                "body": f'<p><a linktype="page" id="{about.pk}">About us</a></p>',
            },
        }
    ]
    home_page.save()
    return {"home": home_page, "about": about, "join": join, "document": document}


def test_v2_lists_the_home_page_with_its_sections(
    client, seeded, django_assert_max_num_queries
):
    # The social image adds three: the image, its renditions and, on this first
    # request, making the missing ones.
    with django_assert_max_num_queries(18):
        response = client.get(
            "/api/v2/pages/", {"type": "site_pages.HomePage", "fields": "*"}
        )
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 1
    (home,) = data["items"]
    assert home["id"] == seeded.pk
    assert home["title"] == "Social Media Health Network"
    assert home["intro"] == "Bringing the Social Media Revolution to Health Care"
    assert home["meta"]["html_url"] == "http://localhost/"
    assert [section["type"] for section in home["body"]] == [
        "summit_promo",
        "welcome",
        "calls_to_action",
        "featured_webinar",
        "directory_teaser",
        "latest_blog_posts",
    ]
    sections = {section["type"]: section["value"] for section in home["body"]}
    # The Summit promotion carries the chosen summit page's details.
    summit = sections["summit_promo"]["summit"]
    assert summit["city"] == "Rochester"
    assert summit["url"] == "http://localhost/events/summit-2015/"
    assert sections["featured_webinar"]["webinar"]["starts_at"].endswith("-04:00")
    join = sections["calls_to_action"]["actions"][0]
    assert join["lead"] == "To join the Network,"
    assert join["link"]["url"] == "http://localhost/join/"
    assert join["link"]["page"]["title"] == "Join the Network"
    assert sections["directory_teaser"]["add_link"]["text"] == "Add yours today!"
    assert sections["welcome"]["body"].startswith(
        "<p>As social media evolves, our philosophy remains steady:</p>"
    )


def test_rich_text_comes_out_as_html_with_real_links(client, linked_pages):
    join, document = linked_pages["join"], linked_pages["document"]
    response = client.get(f"/api/v2/pages/{linked_pages['about'].pk}/", {"fields": "*"})
    assert response.status_code == 200
    assert "linktype=" not in response.content.decode()
    paragraph = soup(response.json()["body"][0]["value"])
    assert paragraph.find("a", string="join us")["href"] == join.url == "/join/"
    assert paragraph.find("a", string="the guidelines")["href"] == document.url

    listing = client.get(
        "/api/v2/pages/", {"type": "site_pages.HomePage", "fields": "*"}
    )
    assert "linktype=" not in listing.content.decode()
    welcome = soup(listing.json()["items"][0]["body"][0]["value"]["body"])
    assert welcome.find("a", string="About us")["href"] == "/about/"


def test_v3_detail_works_anonymously(client, linked_pages):
    about = linked_pages["about"]
    response = client.get(f"/api/v3/pages/{about.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "About"
    assert data["introduction"] == "Who we are."
    assert data["meta"]["type"] == "site_pages.StandardPage"
    assert data["meta"]["html_url"] == "http://localhost/about/"
    assert "linktype=" not in response.content.decode()
    paragraph = soup(data["body"][0]["value"])
    assert paragraph.find("a", string="join us")["href"] == "/join/"


def test_v3_lists_live_pages_anonymously(client, seeded, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        response = client.get("/api/v3/pages/", {"type": "site_pages.StandardPage"})
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert {"About the Network", "Join the Network", "Social Media Residency"} <= titles


def test_openapi_document_is_valid(client, db):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    schemes = document["components"]["securitySchemes"]
    assert all(
        scheme.get("scheme") for scheme in schemes.values() if scheme["type"] == "http"
    )
    assert "AllowAnonymous" not in json.dumps(document)
    # Public reads still say that no credentials are needed.
    listing = document["paths"]["/api/v3/pages/"]["get"]
    assert {} in listing["security"]


def test_v2_images_endpoint_lists_images(client, image):
    response = client.get("/api/v2/images/")
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["id"] == image.pk
    assert item["title"] == image.title
    detail = client.get(f"/api/v2/images/{image.pk}/").json()
    assert (detail["width"], detail["height"]) == (640, 360)
    assert detail["meta"]["download_url"].endswith(image.file.name.split("/")[-1])


def test_v2_documents_endpoint_lists_documents(client, document):
    response = client.get("/api/v2/documents/")
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == document.title
    assert item["meta"]["download_url"] == f"http://localhost{document.url}"
