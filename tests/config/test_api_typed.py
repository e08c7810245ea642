"""Typed API output: every seed page validates against the v3 document's schemas
(StreamField blocks included), and no rich text leaves the API unresolved."""

import json

from django.core.management import call_command

from wagtail.models import Page

import pytest
from jsonschema import Draft202012Validator

from blog.models import BlogPage
from core.models import Author
from site_pages.models import HomePage


@pytest.fixture
def seeded(db):
    call_command("load_seed_content", verbosity=0)
    return HomePage.objects.get()


@pytest.fixture
def openapi(client, db):
    return client.get("/api/v3/openapi.json").json()


def validator_for(openapi, path, method="get", status="200"):
    response = openapi["paths"][path][method]["responses"][status]
    schema = dict(response["content"]["application/json"]["schema"])
    schema["components"] = openapi["components"]
    return Draft202012Validator(schema)


def assert_valid(validator, instance, where):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, (where, [f"{list(e.path)}: {e.message[:200]}" for e in errors])


def test_every_seed_page_type_matches_its_documented_schema(client, seeded, openapi):
    detail = validator_for(openapi, "/api/v3/pages/{page_id}/")
    pages = Page.objects.live().public().exclude(depth=1).specific()
    types = set()
    for page in pages:
        response = client.get(f"/api/v3/pages/{page.pk}/")
        assert response.status_code == 200, response.content[:300]
        assert_valid(detail, response.json(), page.url_path)
        types.add(type(page).__name__)
    assert {"HomePage", "StandardPage", "BlogIndexPage", "BlogPage"} <= types


def test_stream_blocks_are_a_oneof_by_type_with_each_block_s_value(openapi):
    body = openapi["components"]["schemas"]["StandardPageSchema"]["properties"]["body"]
    members = {
        member["properties"]["type"]["const"]: member["properties"]["value"]
        for member in body["items"]["oneOf"]
    }
    assert body["items"]["discriminator"] == {"propertyName": "type"}
    assert members["paragraph"]["contentMediaType"] == "text/html"
    image = members["image"]["properties"]["image"]["anyOf"][0]
    assert {"alt", "width", "height", "focal_point", "renditions"} <= set(
        image["properties"]
    )
    link = members["call_to_action"]["properties"]["link"]["anyOf"][0]
    assert set(link["properties"]) == {"text", "url", "page"}
    assert members["accordion"]["properties"]["items"]["type"] == "array"


def resolve(openapi, schema):
    """Follow `$ref`s and a nullable `anyOf` down to the object schema."""
    while True:
        if "$ref" in schema:
            schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        elif "anyOf" in schema:
            schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
        else:
            return schema


def test_images_in_page_fields_are_typed_like_images_in_blocks(openapi):
    post = openapi["components"]["schemas"]["BlogPageSchema"]["properties"]
    feed_image = resolve(openapi, post["feed_image"])
    author = resolve(openapi, resolve(openapi, post["authors"])["items"])
    photo = resolve(openapi, author["properties"]["photo"])
    for image, renditions in (
        (feed_image, {"small", "medium", "large"}),
        (photo, {"small", "large"}),
    ):
        assert {"alt", "width", "height", "focal_point", "renditions"} <= set(
            image["properties"]
        )
        named = resolve(openapi, image["properties"]["renditions"])
        assert set(named["properties"]) == renditions
        rendition = resolve(openapi, named["properties"]["small"])
        assert set(rendition["properties"]) == {"url", "width", "height"}


def test_seeded_images_in_page_fields_carry_alt_focal_point_and_absolute_renditions(
    client, seeded
):
    post = BlogPage.objects.live().exclude(feed_image=None).first()
    for version in ("v2", "v3"):
        data = client.get(f"/api/{version}/pages/{post.pk}/").json()
        images = [data["feed_image"], *(a["photo"] for a in data["authors"])]
        assert all(images), version
        for image in images:
            assert {"alt", "focal_point"} <= set(image)
            for rendition in image["renditions"].values():
                assert rendition["url"].startswith("http://"), (version, rendition)


def test_a_post_with_every_kind_of_block_matches_the_schema(
    client, seeded, openapi, image, document
):
    post = BlogPage.objects.live().first()
    about = (
        Page.objects.get(slug="about") if Page.objects.filter(slug="about") else post
    )
    post.body = [
        {"type": "heading", "value": {"text": "Hello", "level": "h2"}},
        {
            "type": "paragraph",
            "value": f'<p><a linktype="page" id="{about.pk}">x</a></p>',
        },
        {"type": "quote", "value": {"quote": "Q", "attribution": "", "role": ""}},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Alt", "decorative": False},
                "caption": "C",
                "credit": "",
            },
        },
        {
            "type": "video",
            "value": {
                "url": "https://youtu.be/dQw4w9WgXcQ",
                "title": "V",
                "caption": "",
            },
        },
        {"type": "document", "value": {"document": document.pk, "text": ""}},
        {
            "type": "call_to_action",
            "value": {
                "lead": "Join",
                "link": {"text": "", "page": about.pk, "url": ""},
            },
        },
        {
            "type": "promo_card",
            "value": {
                "heading": "H",
                "text": "",
                "image": image.pk,
                "link": {"text": "Go", "page": None, "url": "https://example.org/"},
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": "",
                "items": [{"question": "Q?", "answer": "<p>A</p>"}],
            },
        },
    ]
    post.save_revision().publish()
    response = client.get(f"/api/v3/pages/{post.pk}/")
    assert response.status_code == 200, response.content[:500]
    assert_valid(
        validator_for(openapi, "/api/v3/pages/{page_id}/"), response.json(), "post"
    )
    blocks = {block["type"]: block["value"] for block in response.json()["body"]}
    rendition = blocks["image"]["image"]["renditions"]["medium"]
    assert rendition["url"].startswith("http://localhost/")
    assert blocks["document"]["document"]["url"].startswith("http://localhost/")
    assert blocks["call_to_action"]["link"]["page"]["url"].startswith(
        "http://localhost/"
    )


def api_urls(client):
    """Every listing and detail URL of both API generations for the seed site."""
    urls = []
    for listing in (
        "/api/v2/pages/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/api/v2/authors/",
    ):
        urls.append(f"{listing}?fields=*")
        for item in client.get(listing).json()["items"]:
            urls.append(f"{listing}{item['id']}/")
    for listing in ("/api/v3/pages/", "/api/v3/images/", "/api/v3/documents/"):
        urls.append(listing)
        for item in client.get(listing).json()["items"]:
            urls.append(f"{listing}{item['id']}/")
    return urls


def test_no_api_response_of_the_seed_site_carries_unresolved_rich_text(
    client, seeded, image, document
):
    author = Author.objects.first()
    assert author is not None
    urls = api_urls(client)
    assert len(urls) > 20
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = json.dumps(response.json())
        assert "linktype=" not in text, url
        assert "embedtype=" not in text, url
