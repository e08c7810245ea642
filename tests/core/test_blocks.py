"""The shared block library and the home sections: previews, validation and API output."""

from django.contrib.staticfiles import finders
from django.urls import reverse

from wagtail.blocks import StructBlockValidationError

import pytest

from core.blocks.layout import PromoCardBlock, TableBlock
from core.blocks.links import CallToActionBlock, LinkBlock
from core.blocks.media import (
    CaptionedImageBlock,
    DocumentLinkBlock,
    VideoEmbedBlock,
    video_embed_url,
)
from site_pages.models import HomePage, StandardPage
from tests.factories.core import ImageFactory
from tests.factories.site_pages import StandardPageFactory
from tests.helpers import soup, visible_text

BASE_BLOCKS = StandardPage._meta.get_field("body").stream_block.child_blocks
HOME_BLOCKS = HomePage._meta.get_field("body").stream_block.child_blocks

# What a reader sees when each block renders its Meta.preview_value.
EXPECTED_PREVIEW_TEXT = {
    ("base", "heading"): ["Welcome to the Social Media Health Network"],
    ("base", "paragraph"): ["As social media evolves, our philosophy remains steady."],
    ("base", "quote"): [
        "Bringing the social media revolution to health care.",
        "Lee Aase, Director, Mayo Clinic Center for Social Media",
    ],
    ("base", "image"): ["Summit attendees at the Doubletree, Rochester"],
    ("base", "video"): [
        "Dr. Farris Timimi, from the network's Social Media Residency curriculum"
    ],
    ("base", "document"): ["Mayo Clinic social media guidelines (PDF)", "(PDF"],
    ("base", "call_to_action"): ["To join the Network, click here"],
    ("base", "promo_card"): [
        "Health Care Social Media List",
        "Health organizations actively using social networking sites.",
    ],
    ("base", "accordion"): [
        "Summit questions",
        "Where is the Summit held?",
        "All Summit events are held at The Doubletree, Rochester.",
        "Are there special room rates?",
    ],
    ("base", "table"): ["Summit pricing", "Ticket", "Social Media Residency", "595"],
    # Dates, days, venue and hotels come from a chosen summit page, which a preview
    # value has none of (tests/site_pages/test_event_blocks.py covers a chosen one).
    ("home", "summit_promo"): [
        "We've completely redesigned our Summit!",
        "Join us in Rochester this June",
    ],
    ("home", "welcome"): [
        "Welcome to the Social Media Health Network",
        "As social media evolves, our philosophy remains steady.",
    ],
    ("home", "calls_to_action"): ["To join the Network, click here"],
    ("home", "featured_webinar"): [
        "Webinar: Internal communications - Engaging and social news delivery strategies",
        "Is there more to internal communication than newsletters?",
    ],
    ("home", "directory_teaser"): [
        "Your Must-Have Health Care Social Media Resource",
        "Health Care Social Media List",
        "Add yours today!",
    ],
    ("home", "latest_blog_posts"): ["On Our Blog..."],
}

STREAMS = {"base": BASE_BLOCKS, "home": HOME_BLOCKS}
ALL_BLOCKS = [
    (stream, name) for stream, children in STREAMS.items() for name in children
]


def block_for(key):
    stream, name = key
    return STREAMS[stream][name]


@pytest.fixture
def media_library(image, document):
    """An image and a document in the library, so media blocks have something to preview."""
    return image, document


def test_every_block_has_an_expected_preview():
    assert set(ALL_BLOCKS) == set(EXPECTED_PREVIEW_TEXT)


@pytest.mark.django_db
@pytest.mark.parametrize("key", ALL_BLOCKS, ids="-".join)
def test_block_renders_its_preview_value(key, media_library):
    block = block_for(key)
    assert block.is_previewable
    value = block.get_preview_value()
    html = block.render(value, block.get_preview_context(value))
    text = visible_text(html)
    for expected in EXPECTED_PREVIEW_TEXT[key]:
        assert expected in text
    assert html.strip()


@pytest.mark.django_db
def test_media_block_previews_use_the_library(media_library):
    image, document = media_library
    image_html = soup(
        BASE_BLOCKS["image"].render(BASE_BLOCKS["image"].get_preview_value())
    )
    assert image_html.find("img")["src"].startswith("/media/images/")
    # The library image has no alt text: the preview shows it as decorative.
    assert image.default_alt_text == ""
    assert image_html.find("img")["alt"] == ""
    doc_html = soup(
        BASE_BLOCKS["document"].render(BASE_BLOCKS["document"].get_preview_value())
    )
    assert doc_html.find("a")["href"] == document.url


@pytest.mark.django_db
def test_image_block_preview_uses_the_library_images_alt_text():
    image = ImageFactory(description="Attendees in the Doubletree ballroom")
    block = BASE_BLOCKS["image"]
    value = block.get_preview_value()

    img = soup(block.render(value, block.get_preview_context(value))).find("img")

    assert img["src"].startswith("/media/images/")
    assert (
        img["alt"] == image.default_alt_text == "Attendees in the Doubletree ballroom"
    )


def test_video_preview_is_the_networks_own_video():
    """Dr. Farris Timimi's curriculum video that the network's home page featured."""
    block = BASE_BLOCKS["video"]
    value = block.get_preview_value()

    assert value["title"] == "Health Care Social Media and Professionalism"
    assert "Social Media Residency curriculum" in value["caption"]
    figure = soup(block.render(value, block.get_preview_context(value)))
    # Not a player for somebody else's video: the network's title card, shipped here.
    assert figure.find("iframe") is None
    poster = figure.find("img")
    assert poster["src"] == "/static/core/preview/network-video.png"
    assert finders.find("core/preview/network-video.png")
    assert "Health Care Social Media and Professionalism" in poster["alt"]


def test_a_video_with_an_address_plays_in_the_privacy_friendly_player():
    block = BASE_BLOCKS["video"]
    value = block.to_python(
        {**block.get_preview_value(), "url": "https://youtu.be/dQw4w9WgXcQ"}
    )

    figure = soup(block.render(value, block.get_preview_context(value)))

    assert figure.find("img") is None
    iframe = figure.find("iframe")
    assert iframe["src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert iframe["title"] == "Health Care Social Media and Professionalism"


@pytest.mark.django_db
@pytest.mark.parametrize("key", ALL_BLOCKS, ids="-".join)
def test_admin_block_preview(key, admin_client, media_library):
    block = block_for(key)
    response = admin_client.get(
        "/admin/block-preview/", {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    text = visible_text(response)
    for expected in EXPECTED_PREVIEW_TEXT[key]:
        assert expected in text
    # The preview is styled like the public site.
    assert soup(response).find("link", href="/static/core/css/site.css")


@pytest.mark.django_db
def test_media_block_previews_without_a_library_still_load(admin_client):
    for name in ("image", "document"):
        response = admin_client.get(
            "/admin/block-preview/", {"id": BASE_BLOCKS[name].definition_prefix}
        )
        assert response.status_code == 200


# LinkBlock


@pytest.fixture
def about_page(home_page):
    """A standard page at /about/."""
    return StandardPageFactory(parent=home_page, title="About", slug="about")


@pytest.mark.django_db
def test_link_block_renders_a_page_link_with_its_url_and_title(about_page):
    block = LinkBlock()
    value = block.to_python({"text": "", "page": about_page.pk, "url": ""})
    link = soup(block.render(value)).find("a")
    assert link["href"] == "/about/"
    assert link.get_text() == "About"


@pytest.mark.django_db
def test_call_to_action_links_to_a_page(about_page):
    block = CallToActionBlock()
    value = block.to_python(
        {
            "lead": "To join the Network,",
            "link": {"text": "click here", "page": about_page.pk},
        }
    )
    link = soup(block.render(value)).find("a")
    assert link["href"] == "/about/"
    assert link.get_text() == "To join the Network, click here"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("with_page", "url", "valid"),
    [
        (True, "", True),
        (False, "https://example.org/", True),
        (True, "https://example.org/", False),
        (False, "", False),
    ],
)
def test_link_block_needs_a_page_or_a_url(about_page, with_page, url, valid):
    block = LinkBlock()
    value = block.to_python(
        {"text": "Go", "page": about_page.pk if with_page else None, "url": url}
    )
    if valid:
        assert block.clean(value)
    else:
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert set(error.value.block_errors) == {"page", "url"}
        assert "exactly one" in str(error.value.block_errors["url"])


@pytest.mark.django_db
def test_optional_link_block_may_be_empty_but_not_both():
    block = LinkBlock(required=False)
    assert block.clean(block.to_python({"text": "", "page": None, "url": ""}))
    assert (
        block.get_api_representation(
            block.to_python({"text": "", "page": None, "url": ""})
        )
        is None
    )


# VideoEmbedBlock


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        (
            "https://player.vimeo.com/video/76979871/",
            "https://player.vimeo.com/video/76979871",
        ),
    ],
)
def test_video_urls_become_embed_urls(url, embed):
    assert video_embed_url(url) == embed


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/channel/UC123",
        "https://youtu.be/",
        "https://vimeo.com/channels/staffpicks",
        "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
        "not a url",
    ],
)
def test_other_urls_are_not_embedded(url):
    assert video_embed_url(url) is None


def test_video_block_rejects_a_non_video_url():
    block = VideoEmbedBlock()
    value = block.to_python({"url": "https://example.org/video", "title": "A talk"})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "YouTube or Vimeo" in str(error.value.block_errors["url"])


def test_video_block_accepts_a_video_and_represents_its_player():
    block = VideoEmbedBlock()
    value = block.clean(
        block.to_python(
            {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Grand Rounds"}
        )
    )
    assert block.get_api_representation(value) == {
        "url": "https://youtu.be/dQw4w9WgXcQ",
        "embed_url": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "title": "Grand Rounds",
        "caption": "",
    }


# API representations: URLs, renditions and alt text, never bare ids


def assert_rendition(rendition, width, height):
    assert rendition["url"].startswith("http://localhost/media/images/")
    assert (rendition["width"], rendition["height"]) == (width, height)


@pytest.mark.django_db
def test_captioned_image_api_has_renditions_and_alt_text(image):
    block = CaptionedImageBlock()
    value = block.to_python(
        {
            "image": {
                "image": image.pk,
                "alt_text": "Attendees in the ballroom",
                "decorative": False,
            },
            "caption": "Summit 2015",
            "credit": "Mayo Clinic",
        }
    )
    representation = block.get_api_representation(value)
    assert representation["caption"] == "Summit 2015"
    assert representation["credit"] == "Mayo Clinic"
    picture = representation["image"]
    assert picture["alt"] == "Attendees in the ballroom"
    assert (picture["width"], picture["height"]) == (640, 360)
    assert_rendition(picture["renditions"]["small"], 400, 225)
    assert_rendition(picture["renditions"]["medium"], 640, 360)
    assert_rendition(picture["renditions"]["large"], 640, 360)


@pytest.mark.django_db
def test_decorative_image_has_empty_alt(image):
    block = CaptionedImageBlock()
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "", "decorative": True},
            "caption": "",
        }
    )
    assert block.get_api_representation(value)["image"]["alt"] == ""


@pytest.mark.django_db
def test_link_api_gives_the_page_url(about_page):
    block = LinkBlock()
    value = block.to_python({"text": "", "page": about_page.pk, "url": ""})
    assert block.get_api_representation(value) == {
        "text": "About",
        "url": "http://localhost/about/",
        "page": {
            "id": about_page.pk,
            "title": "About",
            "type": "site_pages.StandardPage",
            "url": "http://localhost/about/",
        },
    }


@pytest.mark.django_db
def test_document_link_api_gives_the_download_url(document):
    block = DocumentLinkBlock()
    representation = block.get_api_representation(
        block.to_python({"document": document.pk, "text": ""})
    )
    assert representation["text"] == document.title
    linked = representation["document"]
    assert linked["url"] == f"http://localhost{document.url}"
    assert linked["url"].startswith(f"http://localhost/documents/{document.pk}/")
    assert linked["extension"] == "pdf"
    assert linked["size"] == len(b"%PDF-1.4 social media guidelines")


@pytest.mark.django_db
def test_table_api_gives_page_cells_as_urls(about_page):
    block = TableBlock()
    value = block.to_python(
        {
            "caption": "Where to read more",
            "columns": [
                {"type": "text", "heading": "Topic"},
                {"type": "page", "heading": "Page"},
            ],
            "rows": [
                {"values": ["The Network", about_page.pk]},
                {"values": ["Nothing", None]},
            ],
        }
    )
    representation = block.get_api_representation(value)
    assert representation["caption"] == "Where to read more"
    assert representation["rows"][0]["values"] == [
        "The Network",
        {"id": about_page.pk, "title": "About", "url": "http://localhost/about/"},
    ]
    assert representation["rows"][1]["values"] == ["Nothing", None]


@pytest.mark.django_db
def test_promo_card_api_gives_image_renditions_and_link(image, about_page):
    block = PromoCardBlock()
    value = block.to_python(
        {
            "heading": "About us",
            "text": "Who we are",
            "image": image.pk,
            "link": {"text": "", "page": about_page.pk, "url": ""},
        }
    )
    representation = block.get_api_representation(value)
    assert representation["heading"] == "About us"
    assert representation["image"]["alt"] == ""
    assert representation["image"]["title"] == image.title
    assert_rendition(representation["image"]["renditions"]["small"], 400, 225)
    assert representation["link"]["url"] == "http://localhost/about/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("key", "shipped"),
    [
        ("image", "core/preview/example-image.jpg"),
        ("document", "core/preview/example-document.pdf"),
    ],
)
def test_media_previews_show_a_shipped_example_while_the_library_is_empty(
    admin_client, key, shipped
):
    block = BASE_BLOCKS[key]

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    preview = soup(response).find("body")
    sources = [tag.get("src") or tag.get("href") for tag in preview.select("img, a")]
    assert f"/static/{shipped}" in sources
    assert finders.find(shipped)
