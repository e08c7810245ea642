"""Admin for webhooks: endpoints (snippets) and the delivery log (wagtail-modeladmin)."""

from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.options import ModelAdmin

from core.webhooks.models import WebhookDelivery, WebhookEndpoint


class WebhookEndpointViewSet(SnippetViewSet):
    """Receivers of page events, under Settings."""

    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Webhooks"
    list_display = ["name", "url", "active"]
    list_filter = ["active"]
    add_to_settings_menu = True


class WebhookDeliveryAdmin(ModelAdmin):
    """Every delivery with its attempts: what each receiver answered, and when."""

    model = WebhookDelivery
    menu_label = "Webhook deliveries"
    menu_icon = "history"
    add_to_settings_menu = True
    list_display = ["created_at", "endpoint", "event", "page_id", "status", "attempts"]
    list_filter = ["status", "event"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "page_id",
        "status",
        "attempts",
        "next_attempt_at",
        "payload",
        "attempt_summary",
    ]
