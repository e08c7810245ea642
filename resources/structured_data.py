"""schema.org JSON-LD for resource pages: a MedicalWebPage with its review."""

from wagtail.models import Site


def medical_web_page(page, request=None):
    """A schema.org MedicalWebPage describing `page`, who last reviewed it and when."""
    site = Site.find_for_request(request) if request else page.get_site()
    url = page.get_full_url(request)
    published = page.first_published_at or page.last_published_at
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": page.title,
        "headline": page.title,
        "description": page.introduction,
        "url": url,
        "genre": page.get_resource_type_display(),
        "lastReviewed": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "about": [{"@type": "Thing", "name": tag.name} for tag in page.ordered_tags],
        "keywords": [tag.name for tag in page.ordered_tags],
    }
    if page.reviewed_by is not None:
        data["reviewedBy"] = _person(page.reviewed_by)
    if page.audience:
        data["audience"] = {"@type": "Audience", "audienceType": page.audience}
    if published is not None:
        data["datePublished"] = published.isoformat()
    if page.last_published_at is not None:
        data["dateModified"] = page.last_published_at.isoformat()
    if site is not None:
        data["publisher"] = {
            "@type": "Organization",
            "name": site.site_name,
            "url": site.root_url,
        }
    index = page.resource_index
    if index is not None:
        data["isPartOf"] = {
            "@type": "CollectionPage",
            "name": index.title,
            "url": index.get_full_url(request),
        }
    return {key: value for key, value in data.items() if value not in (None, [])}


def _person(author):
    person = {"@type": "Person", "name": author.name}
    if author.role:
        person["jobTitle"] = author.role
    return person
