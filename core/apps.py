from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared building blocks: the block library, site settings, authors, health check."""

    name = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.response_cache import invalidation

        invalidation.connect()
