from django.apps import AppConfig


class EventsConfig(AppConfig):
    """The Summit, its schedule and the webinars."""

    name = "events"
    verbose_name = "Events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Routers must join the v3 API before api.urls is read.
        from wagtail.api.v3.urls import api

        from events.registration.api import router as registrations_router

        api.add_router("/registrations/", registrations_router)
