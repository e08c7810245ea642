from resources.models.directory import DirectoryPage
from resources.models.organizations import Organization, SocialProfile

__all__ = ["DirectoryPage", "Organization", "SocialProfile"]
