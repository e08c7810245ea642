"""The public page types the design budgets cover, and the widths they are checked at."""

WIDTHS = {"desktop": 1280, "phone": 390}
PAGES = {
    "home": "/",
    "blog-index": "/blog/",
    "post": "/blog/guideline-6-get-your-work-done/",
    "tag-archive": "/blog/tags/fb/",
    "author-archive": "/blog/authors/lee-aase/",
    "series-archive": "/blog/series/resource-series/",
    "month-archive": "/blog/2015/05/",
    "standard-page": "/about/",
    "search-results": "/search/?q=guideline",
    "events-index": "/events/",
    "summit": "/events/summit-2015/",
    "webinar": "/events/getting-physicians-involved/",
    "resources-index": "/resources/",
    "resource-page": "/resources/social-media-guidelines-for-employees/",
    "directory": "/resources/health-care-social-media-list/?kind=hospital",
    "organization": "/resources/health-care-social-media-list/mayo-clinic/",
    "directory-form": "/resources/health-care-social-media-list/add/",
    "not-found": "/no-such-page/",
}
