"""API representations of images, pages and documents, shared by blocks and page fields,
with the schemas that describe them in the v3 OpenAPI document.

An image has one shape wherever it appears: in a block, in a page field (`ImageField`)
or as a person's photo (`PhotoField`): alt text, size, focal point and named renditions
with absolute URLs. Blocks describe it with `IMAGE_SCHEMA`; page fields with the typed
dicts below, which Wagtail's v3 generator reads from `to_representation`'s annotation.
"""

import functools

from django.conf import settings

from wagtail.images.models import Filter

from rest_framework.fields import Field
from typing_extensions import TypedDict

RENDITION_SPECS = {
    "small": "fill-400x225",
    "medium": "fill-800x450",
    "large": "width-1600",
}
# Square crops of people's photos (authors, speakers, reviewers).
PHOTO_RENDITION_SPECS = {
    "small": "fill-160x160",
    "large": "fill-480x480",
}


def absolute_url(url):
    """Prefix a site-relative URL with the public base URL, leaving absolute ones alone."""
    if not url or "://" in url:
        return url
    return f"{settings.WAGTAILADMIN_BASE_URL}{url}"


class RenditionDict(TypedDict):
    url: str
    width: int
    height: int


class FocalPointDict(TypedDict):
    x: int
    y: int
    width: int
    height: int


class ImageRenditionsDict(TypedDict):
    small: RenditionDict
    medium: RenditionDict
    large: RenditionDict


class PhotoRenditionsDict(TypedDict):
    small: RenditionDict
    large: RenditionDict


class _ImageFields(TypedDict):
    """What every image carries; its `renditions` depend on what the image is for."""

    id: int
    title: str
    alt: str
    width: int
    height: int
    focal_point: FocalPointDict | None


class ImageDict(_ImageFields):
    renditions: ImageRenditionsDict


class PhotoDict(_ImageFields):
    renditions: PhotoRenditionsDict


class ImageField(Field):
    """A page field holding an image: alt text, size, focal point, named renditions."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, image) -> ImageDict:
        return image_api_representation(image)


class PhotoField(ImageField):
    """A person's photo: the image shape with square renditions."""

    def to_representation(self, image) -> PhotoDict:
        return photo_api_representation(image)


def photo_api_representation(image):
    """A person's photo with its square renditions, or None when there is none."""
    return image_api_representation(image, specs=PHOTO_RENDITION_SPECS)


def image_api_representation(image, alt_text=None, specs=RENDITION_SPECS):
    """Rendition URLs, sizes and alt text of an image, or None when there is none."""
    if image is None:
        return None
    renditions = image.get_renditions(*rendition_filters(tuple(specs.values())))
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt_text if alt_text is not None else image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "focal_point": focal_point(image),
        "renditions": {
            name: {
                "url": absolute_url(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in specs.items()
        },
    }


@functools.cache
def rendition_filters(specs):
    """One Filter per spec for the process: Wagtail parses a spec string anew (with
    signature introspection) each time it is given one, dozens of times per listing."""
    return tuple(Filter(spec=spec) for spec in specs)


def focal_point(image):
    """The image's focal point as a box in original pixels, or None when unset."""
    if image.focal_point_x is None:
        return None
    return {
        "x": image.focal_point_x,
        "y": image.focal_point_y,
        "width": image.focal_point_width,
        "height": image.focal_point_height,
    }


def page_api_representation(page):
    """A linked page as id, title and public URL."""
    if page is None:
        return None
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    return {
        "id": page.pk,
        "title": page.title,
        "type": page._meta.label,
        "url": page.get_full_url(),
    }


def document_api_representation(document):
    """A linked document as title, file extension, size and download URL."""
    if document is None:
        return None
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    return {
        "id": document.pk,
        "title": document.title,
        "extension": document.file_extension,
        "size": size,
        "url": absolute_url(document.url),
    }


def nullable(schema):
    """`schema`, or null."""
    return {"anyOf": [schema, {"type": "null"}]}


def object_schema(properties, required=None, **extra):
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        **extra,
    }


STRING, INTEGER = {"type": "string"}, {"type": "integer"}
HTML = {"type": "string", "contentMediaType": "text/html"}
URL = {"type": "string", "format": "uri"}
RENDITION_SCHEMA = object_schema({"url": URL, "width": INTEGER, "height": INTEGER})
IMAGE_SCHEMA = object_schema(
    {
        "id": INTEGER,
        "title": STRING,
        "alt": {"type": "string", "description": "Empty for decorative images."},
        "width": INTEGER,
        "height": INTEGER,
        "focal_point": {
            "anyOf": [
                object_schema(
                    {"x": INTEGER, "y": INTEGER, "width": INTEGER, "height": INTEGER}
                ),
                {"type": "null"},
            ]
        },
        "renditions": object_schema(
            dict.fromkeys(RENDITION_SPECS, RENDITION_SCHEMA),
            description="Named renditions with absolute URLs.",
        ),
    },
    title="Image",
)
PAGE_SCHEMA = object_schema(
    {
        "id": INTEGER,
        "title": STRING,
        "type": {"type": "string", "description": "app_label.ModelName"},
        "url": {"anyOf": [URL, {"type": "null"}], "description": "The public URL."},
    },
    title="PageLink",
)
DOCUMENT_SCHEMA = object_schema(
    {
        "id": INTEGER,
        "title": STRING,
        "extension": STRING,
        "size": {"anyOf": [INTEGER, {"type": "null"}]},
        "url": {**URL, "description": "The absolute download URL."},
    },
    title="Document",
)
