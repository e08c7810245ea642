"""Plain-text comments to safe HTML: everything escaped, web addresses linked."""

import re

from django.utils.html import Urlizer
from django.utils.safestring import mark_safe

import nh3

from core.text import normalise_newlines

LINK_REL = "nofollow ugc"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class WebUrlizer(Urlizer):
    """Django's urlizer, linking web addresses only (no mailto: for e-mail addresses)."""

    def is_email_simple(self, value):
        return False


urlize = WebUrlizer()


def render_comment(text):
    """Escape a comment, link its http(s) URLs and keep its paragraphs and line breaks."""
    paragraphs = PARAGRAPH_BREAK.split(normalise_newlines(text or "").strip())
    html = "".join(
        "<p>{}</p>".format(
            urlize(paragraph.strip(), trim_url_limit=60, autoescape=True).replace(
                "\n", "<br>"
            )
        )
        for paragraph in paragraphs
        if paragraph.strip()
    )
    # The urlizer already escapes; nh3 is the final gate on what may reach a page.
    return mark_safe(  # noqa: S308
        nh3.clean(
            html,
            tags={"p", "br", "a"},
            attributes={"a": {"href"}},
            url_schemes={"http", "https"},
            link_rel=LINK_REL,
        )
    )
