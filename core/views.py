"""Site-wide views: the health check, the favicon and the site search page."""

import logging
from collections import defaultdict
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.views import defaults
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site
from wagtail.search.utils import parse_query_string

logger = logging.getLogger(__name__)

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@never_cache
@require_safe
def healthz(request):
    """Report whether the database answers: 200 when it does, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for: the site's SVG icon."""
    return HttpResponseRedirect(static("core/img/favicon.svg"))


def bad_request(request, exception):
    """400, except for a body over DATA_UPLOAD_MAX_MEMORY_SIZE, which is 413."""
    if isinstance(exception, RequestDataTooBig):
        return HttpResponse(
            "The request was too large to accept. Please send less.",
            status=413,
            content_type="text/plain; charset=utf-8",
        )
    return defaults.bad_request(request, exception)


def prefetch_for_search_results(pages):
    """Let each page type load what its search result shows, once for all its pages.

    A page model may define `prefetch_for_search_results(pages)` (a classmethod).
    """
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, model_pages in by_model.items():
        prefetch = getattr(model, "prefetch_for_search_results", None)
        if prefetch is not None:
            prefetch(model_pages)


class SearchForm(forms.Form):
    """The site search box: ?q= and an optional ?page=."""

    q = forms.CharField(
        label="Search the site",
        max_length=SEARCH_QUERY_MAX_LENGTH,
        required=False,
        strip=True,
    )


def similar_titles(pages, query, limit=SEARCH_RESULTS_PER_PAGE):
    """Pages whose titles are close to a query full-text search missed (typos).

    PostgreSQL only: pg_trgm's word similarity, by the GIN trigram index on titles
    (core migration 0006). Elsewhere, nothing.
    """
    if connection.vendor != "postgresql":
        return []
    from django.contrib.postgres.search import TrigramWordSimilarity

    return list(
        pages.filter(title__trigram_word_similar=query)
        .annotate(similarity=TrigramWordSimilarity(query, "title"))
        .order_by("-similarity", "pk")[:limit]
    )


@require_safe
def search(request):
    """Live, public pages of the current site matching ?q=, ten to a page.

    A blank query shows the empty form; one that is too long or not text is a 400.
    """
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    similar = []
    if query:
        pages = Page.objects.live().public().specific()
        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        # Parsed as the admin parses it: "quoted phrases" work and stray quotes
        # cannot reach the database's full-text syntax.
        _filters, parsed_query = parse_query_string(query)
        paginator = Paginator(pages.search(parsed_query), SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        results.object_list = list(results.object_list)
        prefetch_for_search_results(results.object_list)
        if not results.object_list and results.number == 1:
            similar = similar_titles(pages, query)
    return TemplateResponse(
        request,
        "core/search_results.html",
        {
            "form": form,
            "search_query": query,
            "results": results,
            "similar": similar,
            "page_query": urlencode({"q": query}) if query else "",
            "page_range": (
                results.paginator.get_elided_page_range(
                    results.number, on_each_side=2, on_ends=1
                )
                if results is not None
                else ()
            ),
        },
        status=200 if form.is_valid() else 400,
    )
