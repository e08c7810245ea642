from django.apps import AppConfig


class BlogConfig(AppConfig):
    """The network's blog: posts, series, tags, comments and feeds."""

    name = "blog"
    verbose_name = "Blog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Importing the v3 API builds its page schemas, so any field-schema
        # registrations must come before this; routers must join before api.urls is read.
        from wagtail.api.v3.urls import api

        from blog.api_v3 import router as comments_router

        api.add_router("/comments/", comments_router)
