"""Template helpers for blog listings, bylines and structured data."""

from django import template

from core.structured_data import json_ld_script

register = template.Library()


@register.filter
def comment_count_label(count):
    """'Leave a Comment', '1 Comment' or 'N Comments', as the 2015 blog put it."""
    if not count:
        return "Leave a Comment"
    return f"{count} Comment{'' if count == 1 else 's'}"


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable <script type="application/ld+json">."""
    return json_ld_script(data)
