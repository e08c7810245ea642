"""The general-purpose body stream that page families extend."""

from wagtail import blocks

from core.blocks.content import HeadingBlock, ParagraphBlock, QuoteBlock
from core.blocks.layout import AccordionBlock, PromoCardBlock, TableBlock
from core.blocks.links import CallToActionBlock
from core.blocks.media import CaptionedImageBlock, DocumentLinkBlock, VideoEmbedBlock


class BaseStreamBlock(blocks.StreamBlock):
    """Every shared block, grouped for the editor's block chooser."""

    heading = HeadingBlock(group="Text")
    paragraph = ParagraphBlock(group="Text")
    quote = QuoteBlock(group="Text")
    image = CaptionedImageBlock(group="Media")
    video = VideoEmbedBlock(group="Media")
    document = DocumentLinkBlock(group="Media")
    call_to_action = CallToActionBlock(group="Links")
    promo_card = PromoCardBlock(group="Links")
    accordion = AccordionBlock(group="Layout")
    table = TableBlock(group="Layout")
