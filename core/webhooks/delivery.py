"""Signed delivery of webhook events, in the background, with retries and back-off.

`queue_event(event, page)` records one delivery per subscribed endpoint and enqueues it
after the transaction commits, so publishing never waits for, or fails with, a
receiver. Each attempt is a POST with a short timeout, logged as a WebhookAttempt; a
failed one is retried after WEBHOOK_RETRY_DELAYS: through the task backend when it can
defer tasks, else by `manage.py deliver_webhooks` run periodically.
"""

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from django_tasks import default_task_backend, task

from core.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Webhook-Signature"


def signature(secret, body):
    """`sha256=<hex HMAC-SHA256 of body with secret>`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def page_payload(event, page, **extra):
    """What receivers get: the event, the page's id, type, title and URLs, and when."""
    return {
        "event": f"page.{event}",
        "page": {
            "id": page.pk,
            "type": page.specific_class._meta.label,
            "title": page.title,
            "url": page.get_full_url(),
            "api_url": f"{settings.WAGTAILAPI_BASE_URL}/api/v3/pages/{page.pk}/",
            **extra,
        },
        "timestamp": timezone.now().isoformat(),
    }


def queue_event(event, page, **extra):
    """Record and enqueue `event` for every endpoint subscribed to it for `page`."""
    endpoints = list(WebhookEndpoint.objects.for_event(event, page))
    if not endpoints:
        return []
    payload = page_payload(event, page, **extra)
    deliveries = [
        WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, page_id=page.pk, payload=payload
        )
        for endpoint in endpoints
    ]
    for delivery in deliveries:
        transaction.on_commit(
            partial(deliver_webhook_task.enqueue, delivery.pk), robust=True
        )
    return deliveries


def attempt(delivery):
    """POST the delivery once; log the attempt; schedule a retry if it failed."""
    endpoint = delivery.endpoint
    body = json.dumps({**delivery.payload, "delivery": delivery.pk}).encode()
    request = urllib.request.Request(  # noqa: S310 (staff-configured http(s) URL)
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "smhn-cms-webhooks",
            SIGNATURE_HEADER: signature(endpoint.secret, body),
            "X-Webhook-Event": delivery.payload["event"],
            "X-Webhook-Delivery": str(delivery.pk),
        },
    )
    status_code, error = None, ""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=settings.WEBHOOK_TIMEOUT
        ) as response:
            status_code = response.status
    except urllib.error.HTTPError as failure:
        status_code = failure.code
    except (urllib.error.URLError, OSError, ValueError) as failure:
        error = str(getattr(failure, "reason", failure))[:300] or type(failure).__name__
    duration_ms = int((time.monotonic() - started) * 1000)
    WebhookAttempt.objects.create(
        delivery=delivery, status_code=status_code, error=error, duration_ms=duration_ms
    )
    delivery.attempts += 1
    if status_code is not None and 200 <= status_code < 300:
        delivery.status, delivery.next_attempt_at = (
            WebhookDelivery.Status.DELIVERED,
            None,
        )
    elif delivery.attempts >= len(settings.WEBHOOK_RETRY_DELAYS) + 1:
        delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.FAILED, None
    else:
        delay = settings.WEBHOOK_RETRY_DELAYS[delivery.attempts - 1]
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=delay)
    delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    if delivery.next_attempt_at and default_task_backend.supports_defer:
        deliver_webhook_task.using(run_after=delivery.next_attempt_at).enqueue(
            delivery.pk
        )
    return delivery


@task()
def deliver_webhook_task(delivery_id):
    """Attempt one pending delivery (a task, so a worker backend keeps it off requests)."""
    delivery = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
        .first()
    )
    if delivery is not None:
        attempt(delivery)


def deliver_due():
    """Attempt every pending delivery whose retry is due; how many were tried."""
    due = WebhookDelivery.objects.filter(
        status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=timezone.now()
    ).select_related("endpoint")
    count = 0
    for delivery in due:
        attempt(delivery)
        count += 1
    return count
