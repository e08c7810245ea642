from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks: the block library, site settings, authors, health check."""

    name = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # core is listed before every other app: the guards and field schemas are in
        # place before any app imports the v3 API or adds a router to it.
        from core.api import streamfield

        streamfield.register()  # before the v3 API builds its schemas on import

        from wagtail.api.v3.urls import api

        from core.api.guards import guard_v3
        from core.api.preview import router as preview_router
        from core.api.site import router as site_router

        guard_v3(api)
        api.add_router("/preview/", preview_router)
        api.add_router("/", site_router)

        from core.webhooks import signals

        signals.connect()

        from core.response_cache import invalidation

        invalidation.connect()
