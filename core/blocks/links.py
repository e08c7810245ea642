"""Link blocks: a page or a URL, and the calls to action built on them."""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from core.blocks.api import (
    PAGE_SCHEMA,
    STRING,
    nullable,
    object_schema,
    page_api_representation,
)


class LinkStructValue(blocks.StructValue):
    """Resolves the link's target and text whichever way the editor chose.

    Templates must use `href` and `link_text`: a template's `value.url` and
    `value.text` find the raw child values first (a StructValue is a dict).
    """

    def href(self):
        page = self.get("page")
        if page:
            return page.specific_deferred.url
        return self.get("url") or ""

    def link_text(self):
        if self.get("text"):
            return self.get("text")
        page = self.get("page")
        return page.title if page else self.get("url", "")


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site or to an external URL."""

    text = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="The words readers click. Leave blank to use the page title.",
    )
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label="External URL")

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        description = "A link to a page on this site or to another website"
        template = "blocks/link_block.html"
        preview_value = {
            "text": "Read the Summit schedule",
            "url": "https://example.org/",
        }

    def __init__(self, local_blocks=None, required=True, **kwargs):
        super().__init__(local_blocks, **kwargs)
        self.link_required = required

    @property
    def required(self):
        return self.link_required

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if not (has_page or has_url or self.link_required):
            return value
        if has_page == has_url:
            message = "Choose either a page or an external URL (exactly one)."
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "url": ValidationError(message),
                }
            )
        return value

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        if not (page or value.get("url")):
            return None
        return {
            "text": value.link_text(),
            "url": page.get_full_url() if page else value.get("url"),
            "page": page_api_representation(page),
        }

    def api_schema(self, schema_of):
        return nullable(
            object_schema(
                {
                    "text": STRING,
                    "url": nullable(STRING),
                    "page": nullable(PAGE_SCHEMA),
                },
                description="A link to a page of this site (`page`) or elsewhere.",
            )
        )


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one prominent link: 'To join the Network, click here'."""

    lead = blocks.CharBlock(
        max_length=160,
        help_text="The sentence before the link, e.g. 'To join the Network,'",
    )
    link = LinkBlock()

    class Meta:
        icon = "pick"
        description = "A sentence with one prominent link"
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "lead": "To join the Network,",
            "link": {"text": "click here", "url": "https://example.org/join/"},
        }
