"""Template tags shared by every page: navigation, absolute URLs, sharing and JSON-LD."""

from django import template
from django.conf import settings

from wagtail.models import Site

from core import structured_data
from core.models import NetworkSettings

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """Live, public children of the site root that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    if site is None:
        return {"menu_items": [], "root": None, "current": current}
    root = site.root_page
    # Titles and URLs only: the base Page has both, so no query per page type.
    items = root.get_children().live().public().in_menu()
    return {"menu_items": items, "root": root, "current": current}


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Turn a site-relative URL into an absolute one for feeds, canonical links and cards."""
    if not url or "://" in url:
        return url
    request = context.get("request")
    if request is not None:
        return request.build_absolute_uri(url)
    return f"{settings.WAGTAILADMIN_BASE_URL}{url}"


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable <script type="application/ld+json">."""
    return structured_data.json_ld_script(data)


@register.simple_tag(takes_context=True)
def share_image(context, page):
    """The image a shared page shows: its own, its listing image, or the site default."""
    request = context.get("request")
    network = NetworkSettings.for_request(request) if request is not None else None
    return structured_data.share_image(page, network)


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    """The Organization and WebSite JSON-LD of the current site (the home page's)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return ""
    return structured_data.json_ld_script(structured_data.home_graph(site, request))
