"""Blog content: the index, posts and series."""

from blog.models.comment import Comment
from blog.models.index import BlogIndexPage
from blog.models.post import BlogPage, BlogPageAuthor, BlogPageTag
from blog.models.series import Series
from blog.models.tags import TagDisplayName

__all__ = [
    "BlogIndexPage",
    "Comment",
    "BlogPage",
    "BlogPageAuthor",
    "BlogPageTag",
    "Series",
    "TagDisplayName",
]
