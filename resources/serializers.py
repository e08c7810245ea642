"""API representations of a resource page's documents, topics and reviewer (v2 and v3).

They read only what `ResourcePageQuerySet.for_listing()` prefetches, so a listing costs
the same number of queries however many pages it holds, and need no request.
"""

from rest_framework.fields import Field
from typing_extensions import TypedDict

from core.blocks.api import (
    PhotoDict,
    document_api_representation,
    photo_api_representation,
)


class DocumentDict(TypedDict):
    id: int
    title: str
    extension: str
    size: int | None
    url: str


class ResourceDocumentDict(TypedDict):
    title: str
    description: str
    document: DocumentDict


class TopicDict(TypedDict):
    name: str
    slug: str


class ReviewerDict(TypedDict):
    name: str
    slug: str
    role: str
    photo: PhotoDict | None


class DocumentsField(Field):
    """The page's downloads in editor order, each with an absolute download URL."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, documents) -> list[ResourceDocumentDict]:
        return [
            ResourceDocumentDict(
                title=link.display_title,
                description=link.description,
                document=document_api_representation(link.document),
            )
            for link in documents.all()
        ]


class TopicsField(Field):
    """The page's topics alphabetically; a slug is the `topic` filter's value."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="ordered_tags")
        super().__init__(**kwargs)

    def to_representation(self, tags) -> list[TopicDict]:
        return [TopicDict(name=tag.name, slug=tag.slug) for tag in tags]


class ReviewerField(Field):
    """Who last reviewed the page, with square photo renditions, or null."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, reviewer) -> ReviewerDict | None:
        if reviewer is None:
            return None
        return ReviewerDict(
            name=reviewer.name,
            slug=reviewer.slug,
            role=reviewer.role,
            photo=photo_api_representation(reviewer.photo),
        )
