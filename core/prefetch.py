"""Loading what a page of posts' bodies refer to in a few queries for all of them.

Wagtail converts each page's StreamField on its own, so a listing of posts would fetch
the images of each body, and expand the links in each paragraph, with queries of its
own. Converting the bodies of the whole listing together keeps its query count the
same however many posts it holds.
"""

from collections import defaultdict

from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.images.models import AbstractImage
from wagtail.rich_text import RichText, expand_db_html

# Rich text never holds this character (PostgreSQL cannot even store it).
SEPARATOR = "\x00"


def prefetch_stream_content(stream_values, rendition_specs=(), expand_rich_text=True):
    """Load what many StreamField values refer to with a few queries for all of them.

    Blocks are converted type by type across all the values, so the images of every
    body come in one query; `rendition_specs` of those images are prefetched; and with
    `expand_rich_text` the internal links of all their rich text are expanded in one
    pass, so that rendering (or the API's own expansion) finds nothing left to look up.
    Only for values about to be shown: the expanded rich text must not be saved.
    """
    _bulk_convert(stream_values)
    rich_texts, images = [], []
    for value in stream_values:
        _collect(value, rich_texts, images)
    if rendition_specs:
        _prefetch_renditions(images, rendition_specs)
    if expand_rich_text:
        _expand_together(rich_texts)


def _bulk_convert(stream_values):
    # StreamValue converts its raw data lazily, one block type at a time
    # (StreamValue._prefetch_blocks); this does the same across many values.
    pending = defaultdict(list)
    for value in stream_values:
        if not value.is_lazy:
            continue
        for position, raw in enumerate(value._raw_data):
            if value._bound_blocks[position] is None:
                child_block = value.stream_block.child_blocks[raw["type"]]
                pending[id(child_block)].append((child_block, value, position))
    for items in pending.values():
        child_block = items[0][0]
        converted = child_block.bulk_to_python(
            [value._raw_data[position]["value"] for _, value, position in items]
        )
        for (_, value, position), native in zip(items, converted, strict=True):
            value._bound_blocks[position] = StreamValue.StreamChild(
                child_block, native, id=value._raw_data[position].get("id")
            )


def _collect(value, rich_texts, images):
    """Gather the RichText values and images inside a block value, however nested."""
    if isinstance(value, RichText):
        rich_texts.append(value)
    elif isinstance(value, AbstractImage):
        images.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            _collect(child.value, rich_texts, images)
    elif isinstance(value, dict):
        for child in value.values():
            _collect(child, rich_texts, images)
    elif isinstance(value, (ListValue, list, tuple)):
        for child in value:
            _collect(child, rich_texts, images)


def _prefetch_renditions(images, rendition_specs):
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if not images:
        return
    rendition_model = images[0].get_rendition_model()
    renditions = defaultdict(list)
    for rendition in rendition_model.objects.filter(
        image__in={image.pk for image in images},
        filter_spec__in=list(rendition_specs),
    ):
        renditions[rendition.image_id].append(rendition)
    for image in images:
        image.prefetched_renditions = renditions[image.pk]


def _expand_together(rich_texts):
    # One expansion of all the sources, split again on a character rich text never
    # holds, resolves every page and document link with one query per link type.
    sources = [rich_text.source or "" for rich_text in rich_texts]
    if not sources or any(SEPARATOR in source for source in sources):
        return
    expanded = expand_db_html(SEPARATOR.join(sources)).split(SEPARATOR)
    if len(expanded) == len(rich_texts):
        for rich_text, html in zip(rich_texts, expanded, strict=True):
            rich_text.source = html
