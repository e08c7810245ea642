from django.apps import AppConfig


class EventsConfig(AppConfig):
    """The Summit, its schedule and the webinars."""

    name = "events"
    verbose_name = "Events"
    default_auto_field = "django.db.models.BigAutoField"
