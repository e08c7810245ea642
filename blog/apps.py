from django.apps import AppConfig


class BlogConfig(AppConfig):
    """The network's blog: posts, series, tags, comments and feeds."""

    name = "blog"
    verbose_name = "Blog"
    default_auto_field = "django.db.models.BigAutoField"
