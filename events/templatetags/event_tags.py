"""Template helpers for events: times in the event's own zone, and structured data."""

import zoneinfo

from django import template
from django.utils import dateformat

from core.structured_data import json_ld_script

register = template.Library()


@register.simple_tag
def event_time(value, zone, fmt="P T"):
    """`value` in the IANA `zone` with its abbreviation, e.g. "1 p.m. EDT".

    A tag rather than a filter: Django converts datetimes given to filters to the
    site's time zone first, which would lose the event's own zone."""
    if value is None:
        return ""
    return dateformat.format(value.astimezone(zoneinfo.ZoneInfo(zone)), fmt)


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable <script type="application/ld+json">."""
    return json_ld_script(data)
