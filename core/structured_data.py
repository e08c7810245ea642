"""schema.org JSON-LD in pages: one safe way to write it into HTML."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

# The characters that could end a <script> element or open a comment inside one,
# escaped the way Django's json_script filter escapes them.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
