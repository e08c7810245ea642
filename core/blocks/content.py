"""Text blocks: headings, rich text and quotes."""

from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; its level keeps the page outline correct."""

    text = blocks.CharBlock(max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3"), ("h4", "Heading 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        description = "A section heading"
        template = "blocks/heading_block.html"
        preview_value = {
            "text": "Welcome to the Social Media Health Network",
            "level": "h2",
        }


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted text: paragraphs, lists, links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        description = "Paragraphs of text with links and lists"
        template = "blocks/paragraph_block.html"
        preview_value = "<p>As social media evolves, our philosophy remains steady.</p>"


class QuoteBlock(blocks.StructBlock):
    """A pull quote with its attribution."""

    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=160)
    role = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "openquote"
        description = "A quotation with who said it"
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Bringing the social media revolution to health care.",
            "attribution": "Lee Aase",
            "role": "Director, Mayo Clinic Center for Social Media",
        }
