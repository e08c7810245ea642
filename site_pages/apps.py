from django.apps import AppConfig


class SitePagesConfig(AppConfig):
    """The home page and general-purpose pages that bring the other apps together."""

    name = "site_pages"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"
