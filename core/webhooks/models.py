"""Webhook endpoints staff register, and the log of every delivery and attempt."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import get_page_models

EVENTS = [
    ("published", "Page published"),
    ("unpublished", "Page unpublished"),
    ("deleted", "Page deleted"),
    ("moved", "Page moved"),
]


def page_content_types():
    """Only page types can filter a webhook."""
    models_ = get_page_models()
    return Q(
        pk__in=[ct.pk for ct in ContentType.objects.get_for_models(*models_).values()]
    )


class WebhookEndpointQuerySet(models.QuerySet):
    def for_event(self, event, page):
        """Active endpoints subscribed to `event` whose page-type filter admits `page`."""
        content_type = ContentType.objects.get_for_model(page.specific_class)
        return (
            self.filter(active=True, **{f"on_{event}": True})
            .filter(Q(page_types=None) | Q(page_types=content_type))
            .distinct()
        )


class WebhookEndpoint(models.Model):
    """A receiver told, by a signed POST, when pages are published, unpublished,
    deleted or moved."""

    name = models.CharField(max_length=120, help_text="e.g. 'Front end rebuild'")
    url = models.URLField(help_text="Receives a JSON POST for each event.")
    secret = models.CharField(
        max_length=200,
        help_text="Shared with the receiver: the X-Webhook-Signature header is "
        "sha256=HMAC-SHA256(secret, body) in hex.",
    )
    active = models.BooleanField(default=True)
    on_published = models.BooleanField("Published", default=True)
    on_unpublished = models.BooleanField("Unpublished", default=True)
    on_deleted = models.BooleanField("Deleted", default=True)
    on_moved = models.BooleanField("Moved", default=True)
    page_types = models.ManyToManyField(
        ContentType,
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        help_text="Only these page types; leave empty for every page.",
    )

    objects = WebhookEndpointQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        FieldPanel("active"),
        MultiFieldPanel(
            [
                FieldPanel("on_published"),
                FieldPanel("on_unpublished"),
                FieldPanel("on_deleted"),
                FieldPanel("on_moved"),
            ],
            heading="Events",
        ),
        FieldPanel("page_types"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event for one endpoint, tried until delivered or out of attempts."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=20, choices=EVENTS)
    page_id = models.PositiveBigIntegerField()
    payload = models.JSONField()
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "webhook deliveries"

    def __str__(self):
        return f"{self.get_event_display()} (page {self.page_id}) to {self.endpoint}"

    def attempt_summary(self):
        """Each attempt on a line: when, what the receiver answered, how long it took."""
        return (
            "; ".join(str(attempt) for attempt in self.attempt_log.all()) or "None yet"
        )

    attempt_summary.short_description = "Attempts"


class WebhookAttempt(models.Model):
    """One POST of a delivery: what the receiver answered, or why it could not."""

    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    attempted_at = models.DateTimeField(auto_now_add=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["attempted_at", "pk"]

    def __str__(self):
        result = f"HTTP {self.status_code}" if self.status_code else self.error
        return (
            f"{self.attempted_at:%Y-%m-%d %H:%M:%S}: {result} ({self.duration_ms} ms)"
        )
