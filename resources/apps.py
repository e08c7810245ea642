from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """The Health Care Social Media List and resource pages."""

    name = "resources"
    verbose_name = "Resources"
    default_auto_field = "django.db.models.BigAutoField"
