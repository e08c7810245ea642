"""Resources: the resource library (and the Health Care Social Media List)."""

from resources.models.library import (
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageTag,
)

__all__ = [
    "ResourceDocument",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
]
