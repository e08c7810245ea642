"""Cross-site protection for public forms without a CSRF cookie: a same-origin check.

A form that carries Django's CSRF token makes its page personal (a cookie and a
per-reader masked token), so the page cannot be served from the shared response
cache. Public forms whose pages should be cached (the blog's comment form) instead
protect their POST view with `same_origin_required`: the browser's own statement of
where the form was submitted from must name this site. Every browser in use sends
`Origin` with a form POST (older ones `Sec-Fetch-Site` or at least a same-origin
`Referer`, which the site's `Referrer-Policy: same-origin` keeps); a page on another
site cannot forge any of them. The form keeps working without JavaScript.

`ExemptPageRoutesMiddleware` lets Django's CSRF middleware honour that mark on a
Wagtail page's route (RoutablePageMixin), so such a route is checked here instead of
by the token. Every other POST keeps Django's token check.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# A request the reader typed or bookmarked ("none") or one from this site's own pages.
SAME_ORIGIN_FETCH_SITES = frozenset({"same-origin", "none"})
REFUSED_TEMPLATE = "core/cross_origin_refused.html"


def origin_of(url):
    """scheme://host[:port] of a URL, lower-cased; '' when it has none."""
    parts = urlsplit(url or "")
    if not (parts.scheme and parts.netloc):
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def site_origins(request):
    """The origins this site's own pages are served from."""
    origins = {
        origin_of(settings.SITE_BASE_URL),
        # The host was checked against ALLOWED_HOSTS by get_host().
        f"{request.scheme}://{request.get_host()}".lower(),
        *(origin_of(url) for url in settings.CSRF_TRUSTED_ORIGINS),
    }
    origins.discard("")
    return origins


def is_same_origin(request):
    """Whether a browser says this request was sent from one of the site's own pages.

    Origin when the browser sends one; else Sec-Fetch-Site; else a Referer on the site.
    A request that states none of them is refused: no browser that can be tricked
    into a cross-site POST omits all three.
    """
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() in site_origins(request)
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site.lower() in SAME_ORIGIN_FETCH_SITES
    referer = origin_of(request.headers.get("Referer"))
    return bool(referer) and referer in site_origins(request)


def refuse_cross_origin(request):
    """403 with a page that says why and what to do."""
    return render(request, REFUSED_TEMPLATE, status=403)


def same_origin_required(view):
    """Protect a public form's view by the same-origin check instead of a CSRF token.

    Safe methods pass; a POST (or any unsafe method) must come from the site's own
    pages. Works for plain views and for RoutablePageMixin routes (methods).
    """

    @wraps(view)
    def wrapper(*args, **kwargs):
        request = next(arg for arg in args if hasattr(arg, "method"))
        if request.method not in SAFE_METHODS and not is_same_origin(request):
            return refuse_cross_origin(request)
        return view(*args, **kwargs)

    wrapper.csrf_exempt = True  # Django's own mark: the token check is not needed
    return wrapper


class ExemptPageRoutesMiddleware:
    """Let Django's CSRF check honour `csrf_exempt` on Wagtail page routes.

    Django's `CsrfViewMiddleware` sees Wagtail's one `serve` view for every page, so it
    cannot see that a RoutablePageMixin route (the comment form's) is marked exempt by
    `same_origin_required`. Placed just before it, this marks such a request as Django's
    test client does (`_dont_enforce_csrf_checks`); every other POST keeps the token check.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        # Imported here: this module is imported by page models as they load.
        from wagtail import views as wagtail_views
        from wagtail.models import Page

        if request.method in SAFE_METHODS or callback is not wagtail_views.serve:
            return None
        path = callback_kwargs.get("path", callback_args[0] if callback_args else "")
        route = Page.route_for_request(request, path)
        # A routable page's route args are (view, args, kwargs); Wagtail's serve view
        # reuses the same cached route, so this costs no query.
        view = route.args[0] if route is not None and route.args else None
        if getattr(view, "csrf_exempt", False):
            request._dont_enforce_csrf_checks = True
        return None
