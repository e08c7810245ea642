from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """The Health Care Social Media List and resource pages."""

    name = "resources"
    verbose_name = "Resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Routers must join the v3 API before api.urls is read (see BlogConfig.ready).
        from wagtail.api.v3.urls import api

        from resources.directory.api_v3 import router as directory_router

        api.add_router("/directory/", directory_router)
