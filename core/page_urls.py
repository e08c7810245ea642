"""Page URLs for many pages at once: the sites' root paths read once, not once per page.

Wagtail works a page's URL out from the sites' root paths, which it keeps in the shared
cache and remembers on the request when it is given one. A page asked for `full_url`
without a request (the API's `html_url`, a post's series neighbours) reads the shared
cache itself: sixty reads for a listing of twenty posts with their neighbours.
"""

from wagtail.models import Site

CACHE_ATTRIBUTE = "_wagtail_cached_site_root_paths"  # where Wagtail's Page looks first


def share_site_root_paths(pages, request=None):
    """Give every page in `pages` the same root paths, read once (or the request's)."""
    paths = getattr(request, CACHE_ATTRIBUTE, None)
    if paths is None:
        paths = Site.get_site_root_paths()
        if request is not None:
            setattr(request, CACHE_ATTRIBUTE, paths)
    for page in pages:
        setattr(page, CACHE_ATTRIBUTE, paths)
