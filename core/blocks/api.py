"""API representations shared by blocks that point at images, pages and documents."""

from django.conf import settings

RENDITION_SPECS = {
    "small": "fill-400x225",
    "medium": "fill-800x450",
    "large": "width-1600",
}


def absolute_url(url):
    """Prefix a site-relative URL with the public base URL, leaving absolute ones alone."""
    if not url or "://" in url:
        return url
    return f"{settings.WAGTAILADMIN_BASE_URL}{url}"


def image_api_representation(image, alt_text=None, specs=RENDITION_SPECS):
    """Rendition URLs, sizes and alt text of an image, or None when there is none."""
    if image is None:
        return None
    renditions = image.get_renditions(*specs.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt_text if alt_text is not None else image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": absolute_url(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in specs.items()
        },
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
