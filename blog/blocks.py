"""The article stream of blog posts, built on the shared block library."""

from core.blocks.streams import BaseStreamBlock


class ArticleStreamBlock(BaseStreamBlock):
    """Blocks available in the body of a blog post."""

    class Meta:
        block_counts = {"accordion": {"max_num": 3}}
