"""schema.org JSON-LD for posts, as search engines read it."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from wagtail.models import Site

SHARE_IMAGE_SPEC = "fill-1200x630"

# The characters that could end a <script> element or open a comment inside one,
# escaped the way Django's json_script filter escapes them.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def blog_posting(post, request=None):
    """A schema.org BlogPosting describing `post`."""
    index = post.blog_index
    site = Site.find_for_request(request) if request else post.get_site()
    url = post.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.display_title,
        "description": post.excerpt,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": post.published_datetime.isoformat(),
        "dateModified": (post.last_published_at or post.published_datetime).isoformat(),
        "author": [_person(author, index, request) for author in post.authors],
        "keywords": [tag.label for tag in post.ordered_tags],
        "commentCount": post.comment_count,
    }
    image = post.feed_image or post.social_image
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        data["image"] = {
            "@type": "ImageObject",
            "url": rendition.full_url,
            "width": rendition.width,
            "height": rendition.height,
        }
    if site is not None:
        data["publisher"] = {
            "@type": "Organization",
            "name": site.site_name,
            "url": site.root_url,
        }
    if post.series_label:
        data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": post.series.title}
        if index is not None:
            data["isPartOf"]["url"] = index.route_url(
                "series", post.series.slug, request=request
            )
        data["position"] = post.series_number
    elif index is not None:
        data["isPartOf"] = {
            "@type": "Blog",
            "name": index.title,
            "url": index.get_full_url(request),
        }
    return data


def _person(author, index, request):
    person = {"@type": "Person", "name": author.name}
    if author.role:
        person["jobTitle"] = author.role
    if index is not None:
        person["url"] = index.route_url("author", author.slug, request=request)
    return person


def json_ld_script(data):
    """`data` in a <script type="application/ld+json"> element, safe inside HTML.

    Browsers never execute this type of script, so the site's CSP allows it.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - the only markup left in payload is escaped above
        '<script type="application/ld+json">'
        f"{payload.translate(_SCRIPT_ESCAPES)}"
        "</script>"
    )
