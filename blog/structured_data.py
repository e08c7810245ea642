"""schema.org JSON-LD for posts, as search engines read it."""

from wagtail.models import Site

from core.structured_data import (
    image_object,
    network_settings,
    organization,
    share_image,
)


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
        "commentCount": post.comment_count,
    }
    keywords = [tag.label for tag in post.ordered_tags]
    if keywords:
        data["keywords"] = keywords
    network = network_settings(site, request) if site is not None else None
    image = share_image(post, network)
    if image is not None:
        data["image"] = image_object(image)
    if site is not None:
        data["publisher"] = organization(site, request)
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
