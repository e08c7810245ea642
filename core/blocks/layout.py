"""Layout blocks: promo cards, accordions and tables."""

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks.api import (
    IMAGE_SCHEMA,
    PAGE_SCHEMA,
    STRING,
    image_api_representation,
    nullable,
    object_schema,
)
from core.blocks.content import ParagraphBlock
from core.blocks.links import LinkBlock


class PromoCardBlock(blocks.StructBlock):
    """A card that promotes a page or resource, with an optional image."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    image = ImageChooserBlock(required=False)
    link = LinkBlock()

    class Meta:
        icon = "doc-full"
        description = "A card linking to a page or resource"
        template = "blocks/promo_card_block.html"
        preview_value = {
            "heading": "Health Care Social Media List",
            "text": "Health organizations actively using social networking sites.",
            "link": {"text": "See the list", "url": "https://example.org/list/"},
        }

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["image"] = image_api_representation(
            value.get("image"), alt_text=""
        )
        return representation

    def api_schema(self, schema_of):
        properties = {
            name: schema_of(child) for name, child in self.child_blocks.items()
        }
        properties["image"] = nullable(IMAGE_SCHEMA)
        return object_schema(properties)


class AccordionItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(max_length=200)
    answer = ParagraphBlock()

    class Meta:
        icon = "help"


class AccordionBlock(blocks.StructBlock):
    """Questions that open to show their answers (an FAQ)."""

    heading = blocks.CharBlock(required=False, max_length=160)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        description = "Frequently asked questions that expand to show answers"
        template = "blocks/accordion_block.html"
        preview_value = {
            "heading": "Summit questions",
            "items": [
                {
                    "question": "Where is the Summit held?",
                    "answer": "<p>All Summit events are held at The Doubletree, Rochester.</p>",
                },
                {
                    "question": "Are there special room rates?",
                    "answer": "<p>Yes, at The Doubletree and the Hilton Garden Inn.</p>",
                },
            ],
        }


class TableBlock(TypedTableBlock):
    """A table whose columns have types: text, numbers, rich text, pages."""

    text = blocks.CharBlock()
    numeric = blocks.FloatBlock()
    rich_text = ParagraphBlock()
    page = blocks.PageChooserBlock()

    class Meta:
        icon = "table"
        description = "A table with a caption and typed columns"
        template = "blocks/table_block.html"
        preview_value = {
            "caption": "Summit pricing",
            "columns": [
                {"type": "text", "heading": "Ticket"},
                {"type": "numeric", "heading": "Price (USD)"},
            ],
            "rows": [
                {"values": ["Social Media Residency", 595]},
                {"values": ["Summit day", 395]},
            ],
        }

    def get_api_representation(self, table, context=None):
        representation = super().get_api_representation(table, context)
        # Page cells come out as ids from the stock block; give consumers URLs instead.
        for column_index, column in enumerate(table.columns):
            if column["block"].name == "page":
                for row, raw_row in zip(
                    representation["rows"], table.row_data, strict=True
                ):
                    page = raw_row["values"][column_index]
                    row["values"][column_index] = (
                        {"id": page.pk, "title": page.title, "url": page.get_full_url()}
                        if page
                        else None
                    )
        return representation

    def api_schema(self, schema_of):
        cells = [
            nullable(PAGE_SCHEMA) if name == "page" else schema_of(block)
            for name, block in self.child_blocks.items()
        ]
        return object_schema(
            {
                "caption": nullable(STRING),
                "columns": {
                    "type": "array",
                    "items": object_schema(
                        {"type": {"enum": list(self.child_blocks)}, "heading": STRING}
                    ),
                },
                "rows": {
                    "type": "array",
                    "items": object_schema(
                        {
                            "values": {
                                "type": "array",
                                "description": "One cell per column, typed by it.",
                                "items": {"anyOf": [*cells, {"type": "null"}]},
                            }
                        }
                    ),
                },
            }
        )
