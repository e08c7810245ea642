"""URL wiring: admin, APIs, health check, sitemap, then Wagtail's page routing."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_v2, api_v3
from core.logins import throttled_authenticate_with_password
from core.views import favicon, healthz, search

# A request body over DATA_UPLOAD_MAX_MEMORY_SIZE (read by the CSRF check before any
# view runs) is 413 Content Too Large, not a generic 400.
handler400 = "core.views.bad_request"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    path("api/v3/", api_v3.urls),
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("search/", search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # A single-box deployment serves uploads itself; a larger one puts them behind a CDN.
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [
    # Page routes that name a file (/events/calendar.ics, <summit>/schedule.json):
    # Wagtail's own pattern only serves paths that end in a slash.
    re_path(
        r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|json))$",
        wagtail_views.serve,
        name="wagtail_serve_file",
    ),
    # Wagtail's page-password form, throttled per client and page (ahead of Wagtail's own).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
]
