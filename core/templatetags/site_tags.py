"""Template tags shared by every page: navigation, absolute URLs and structured data."""

from django import template
from django.conf import settings

from wagtail.models import Site

from core.structured_data import json_ld_script

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
    items = root.get_children().live().public().in_menu().specific()
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
    return json_ld_script(data)
