"""Resources: the resource library and the Health Care Social Media List."""

from resources.models.directory import DirectoryPage
from resources.models.library import (
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageTag,
)
from resources.models.organizations import Organization, SocialProfile

__all__ = [
    "DirectoryPage",
    "Organization",
    "ResourceDocument",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
    "SocialProfile",
]
