"""API representations of a post's authors, tags, series and images (v2 and v3).

These fields read only what `BlogPageQuerySet.for_listing()` prefetches, so a listing
costs the same number of queries however many posts it holds. They need no request:
API v3 resolves them without a serializer context.
"""

from rest_framework.fields import Field
from typing_extensions import TypedDict

from core.blocks.api import (
    PHOTO_RENDITION_SPECS,
    RENDITION_SPECS,
    PhotoDict,
    photo_api_representation,
)

# Every rendition a post listing in the API shows, prefetched with the posts.
API_RENDITION_SPECS = (*PHOTO_RENDITION_SPECS.values(), *RENDITION_SPECS.values())


class AuthorDict(TypedDict):
    name: str
    slug: str
    role: str
    photo: PhotoDict | None


class TagDict(TypedDict):
    name: str
    slug: str
    display_name: str


class SeriesDict(TypedDict):
    title: str
    slug: str
    number: int
    label: str


class SeriesNeighbourDict(TypedDict):
    id: int
    title: str
    number: int
    html_url: str | None


class AuthorsField(Field):
    """The post's authors in byline order, each with square photo renditions."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, authors) -> list[AuthorDict]:
        return [
            AuthorDict(
                name=author.name,
                slug=author.slug,
                role=author.role,
                photo=photo_api_representation(author.photo),
            )
            for author in authors
        ]


class TagsField(Field):
    """The post's tags, alphabetically by the names readers see, with their archive slugs."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="ordered_tags")
        super().__init__(**kwargs)

    def to_representation(self, tags) -> list[TagDict]:
        return [
            TagDict(name=tag.name, slug=tag.slug, display_name=tag.label)
            for tag in tags
        ]


class SeriesField(Field):
    """The post's series and its number there, or null outside a series."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="*")
        super().__init__(**kwargs)

    def to_representation(self, post) -> SeriesDict | None:
        if post.series_id is None or post.series_number is None:
            return None
        return SeriesDict(
            title=post.series.title,
            slug=post.series.slug,
            number=post.series_number,
            label=post.series_label,
        )


class SeriesNeighbourField(Field):
    """The previous or next live post of the same series."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, post) -> SeriesNeighbourDict:
        return SeriesNeighbourDict(
            id=post.pk,
            title=post.title,
            number=post.series_number,
            html_url=post.full_url,
        )


class FeedsField(Field):
    """Absolute URLs of the blog's RSS and Atom feeds."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="*")
        super().__init__(**kwargs)

    def to_representation(self, index) -> dict[str, str | None]:
        return {"rss": index.feed_url(), "atom": index.feed_url(atom=True)}
