"""Media blocks: images with captions, video embeds and document links."""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.templatetags.static import static

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from core.blocks.api import (
    DOCUMENT_SCHEMA,
    IMAGE_SCHEMA,
    STRING,
    document_api_representation,
    image_api_representation,
    nullable,
    object_schema,
)

# Shipped with the project, so previews are never blank while the libraries are empty.
PREVIEW_IMAGE = {
    "path": "core/preview/example-image.jpg",
    "alt": "An example image",
    "width": 1200,
    "height": 675,
}
PREVIEW_DOCUMENT = {"path": "core/preview/example-document.pdf", "extension": "PDF"}
# The network's own video, as its home page presented it: "From Our Social Media Residency
# Curriculum", Dr. Farris Timimi on health care social media and professionalism. It was
# played on the network's site (members and guests), not from a public YouTube or Vimeo
# address the project knows, so the preview shows its title card instead of a player;
# give it a `url` once the video has one, and the preview embeds it.
NETWORK_VIDEO = {
    "url": "",
    "title": "Health Care Social Media and Professionalism",
    "caption": "Dr. Farris Timimi, from the network's Social Media Residency curriculum",
}
PREVIEW_VIDEO_POSTER = {
    "path": "core/preview/network-video.png",
    "width": 1200,
    "height": 630,
}

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d+$")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text (or marked decorative), an optional caption and credit."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        description = "An image with alt text, caption and credit"
        template = "blocks/captioned_image_block.html"
        preview_value = {"caption": "Summit attendees at the Doubletree, Rochester"}

    def get_preview_value(self):
        """The preview caption under the newest image in the library, if there is one,
        with its alt text (decorative when it has none, never its file name)."""
        value = dict(self.meta.preview_value)
        image = get_image_model().objects.order_by("-created_at").first()
        if image is not None:
            value["image"] = {
                "image": image,
                "alt_text": image.default_alt_text,
                "decorative": not image.default_alt_text,
            }
        return self.normalize(value)

    def get_preview_context(self, value, parent_context=None):
        """With no image in the library yet, the preview shows the shipped example."""
        context = super().get_preview_context(value, parent_context)
        if not value.get("image"):
            context["preview_image"] = {
                **PREVIEW_IMAGE,
                "url": static(PREVIEW_IMAGE["path"]),
            }
        return context

    def get_api_representation(self, value, context=None):
        image = value.get("image")
        alt = ""
        if image is not None and not getattr(image, "decorative", False):
            alt = getattr(image, "contextual_alt_text", None) or image.default_alt_text
        return {
            "image": image_api_representation(image, alt_text=alt),
            "caption": value.get("caption"),
            "credit": value.get("credit"),
        }

    def api_schema(self, schema_of):
        return object_schema(
            {
                "image": nullable(IMAGE_SCHEMA),
                "caption": nullable(STRING),
                "credit": nullable(STRING),
            }
        )


def video_embed_url(url):
    """The privacy-friendly player URL for a YouTube or Vimeo page URL, or None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = None
    if host == "youtu.be":
        video_id = parts.path.lstrip("/")
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parts.path.split("/")[2]
    elif host in {"vimeo.com", "player.vimeo.com"}:
        vimeo_id = parts.path.rstrip("/").split("/")[-1]
        if VIMEO_ID.match(vimeo_id):
            return f"https://player.vimeo.com/video/{vimeo_id}"
        return None
    if video_id and YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return None


class VideoEmbedValue(blocks.StructValue):
    def embed_url(self):
        return video_embed_url(self.get("url", ""))


class VideoEmbedBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, embedded without a round trip to an oEmbed service."""

    url = blocks.URLBlock(help_text="The address of a YouTube or Vimeo video page.")
    title = blocks.CharBlock(
        max_length=200, help_text="Describes the video for screen-reader users."
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        value_class = VideoEmbedValue
        description = "A YouTube or Vimeo video"
        template = "blocks/video_embed_block.html"
        preview_value = NETWORK_VIDEO

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value.get("url", "")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        "Enter the address of a YouTube or Vimeo video."
                    )
                }
            )
        return value

    def get_preview_context(self, value, parent_context=None):
        """Without a player address, the preview shows the video's title card."""
        context = super().get_preview_context(value, parent_context)
        if not value.embed_url():
            context["preview_poster"] = {
                **PREVIEW_VIDEO_POSTER,
                "url": static(PREVIEW_VIDEO_POSTER["path"]),
            }
        return context

    def get_api_representation(self, value, context=None):
        return {
            "url": value.get("url"),
            "embed_url": value.embed_url(),
            "title": value.get("title"),
            "caption": value.get("caption"),
        }

    def api_schema(self, schema_of):
        return object_schema(
            {
                "url": STRING,
                "embed_url": nullable(
                    {"type": "string", "description": "The privacy-friendly player."}
                ),
                "title": STRING,
                "caption": nullable(STRING),
            }
        )


class DocumentLinkBlock(blocks.StructBlock):
    """A download link to a document from the library."""

    document = DocumentChooserBlock()
    text = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Leave blank to use the document title.",
    )

    class Meta:
        icon = "doc-full-inverse"
        description = "A link to download a document"
        template = "blocks/document_link_block.html"
        preview_value = {"text": "Mayo Clinic social media guidelines (PDF)"}

    def get_preview_value(self):
        """The preview link text on the newest document in the library, if there is one."""
        value = dict(self.meta.preview_value)
        document = get_document_model().objects.order_by("-created_at").first()
        if document is not None:
            value["document"] = document
        return self.normalize(value)

    def get_preview_context(self, value, parent_context=None):
        """With no document in the library yet, the preview links the shipped example."""
        context = super().get_preview_context(value, parent_context)
        if not value.get("document"):
            context["preview_document"] = {
                **PREVIEW_DOCUMENT,
                "url": static(PREVIEW_DOCUMENT["path"]),
            }
        return context

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        return {
            "text": value.get("text") or (document.title if document else ""),
            "document": document_api_representation(document),
        }

    def api_schema(self, schema_of):
        return object_schema({"text": STRING, "document": nullable(DOCUMENT_SCHEMA)})
