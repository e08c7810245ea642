"""Publish webhooks: signed JSON POSTs to a real receiver on 127.0.0.1, retried with
back-off, every attempt logged; slow or dead receivers never hold up publishing."""

import hashlib
import hmac
import json
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management import call_command
from django.utils import timezone

import pytest

from core.webhooks.models import WebhookDelivery, WebhookEndpoint
from site_pages.models import StandardPage
from tests.factories.site_pages import StandardPageFactory

SECRET = "s3cret"


class Receiver:
    """An HTTP server on 127.0.0.1 that records POSTs and answers `status` after `delay`."""

    def __init__(self):
        self.requests, self.status, self.delay = [], 200, 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                time.sleep(receiver.delay)
                receiver.requests.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.close()


@pytest.fixture
def endpoint(receiver, db):
    return WebhookEndpoint.objects.create(
        name="Front end", url=receiver.url, secret=SECRET
    )


@pytest.fixture
def page(site):
    return StandardPageFactory(parent=site.root_page, title="About", slug="about")


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_publishing_posts_signed_json_to_the_receiver(
    receiver, endpoint, page, django_capture_on_commit_callbacks
):
    publish(page, django_capture_on_commit_callbacks)
    headers, body = receiver.requests[-1]
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Webhook-Signature"] == f"sha256={expected}"
    assert headers["Content-Type"] == "application/json"
    payload = json.loads(body)
    assert payload["event"] == "page.published"
    assert payload["page"] == {
        "id": page.pk,
        "type": "site_pages.StandardPage",
        "title": "About",
        "url": "http://localhost/about/",
        "api_url": f"http://localhost/api/v3/pages/{page.pk}/",
    }
    assert payload["timestamp"]
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert "HTTP 200" in delivery.attempt_summary()


def test_unpublish_move_and_delete_are_reported(
    receiver, endpoint, site, page, django_capture_on_commit_callbacks
):
    other = StandardPageFactory(parent=site.root_page, title="Other", slug="other")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(other, pos="last-child")
    with django_capture_on_commit_callbacks(execute=True):
        StandardPage.objects.get(pk=page.pk).delete()
    events = [json.loads(body)["event"] for _headers, body in receiver.requests]
    assert events == ["page.unpublished", "page.moved", "page.deleted"]


def test_only_subscribed_events_and_page_types_are_sent(
    receiver, endpoint, page, django_capture_on_commit_callbacks
):
    from django.contrib.contenttypes.models import ContentType

    from blog.models import BlogPage

    endpoint.page_types.add(ContentType.objects.get_for_model(BlogPage))
    publish(page, django_capture_on_commit_callbacks)
    assert receiver.requests == []
    endpoint.page_types.clear()
    endpoint.on_published = False
    endpoint.save()
    publish(page, django_capture_on_commit_callbacks)
    assert receiver.requests == []


def test_a_failing_receiver_is_retried_with_back_off_until_it_answers(
    receiver, endpoint, page, django_capture_on_commit_callbacks
):
    receiver.status = 503
    publish(page, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.attempts == 1
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=30)

    call_command("deliver_webhooks", verbosity=0)  # not due yet
    assert len(receiver.requests) == 1

    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    receiver.status = 204
    call_command("deliver_webhooks", verbosity=0)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert [a.status_code for a in delivery.attempt_log.all()] == [503, 204]


def test_a_delivery_gives_up_after_its_last_retry(
    settings, receiver, endpoint, page, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_RETRY_DELAYS = [0]
    receiver.status = 500
    publish(page, django_capture_on_commit_callbacks)
    call_command("deliver_webhooks", verbosity=0)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 2


def test_slow_and_unreachable_receivers_never_break_or_hold_up_publishing(
    settings, receiver, endpoint, page, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_TIMEOUT = 0.3
    receiver.delay = 2
    WebhookEndpoint.objects.create(name="Gone", url="http://127.0.0.1:9/", secret="x")
    started = time.monotonic()
    publish(page, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 1.8
    page.refresh_from_db()
    assert page.live
    deliveries = WebhookDelivery.objects.all()
    assert {d.status for d in deliveries} == {WebhookDelivery.Status.PENDING}
    errors = [a.error for d in deliveries for a in d.attempt_log.all()]
    assert all(errors) and len(errors) == 2


def test_staff_see_endpoints_and_the_delivery_log_in_the_admin(
    admin_client, receiver, endpoint, page, django_capture_on_commit_callbacks
):
    publish(page, django_capture_on_commit_callbacks)
    listing = admin_client.get("/admin/snippets/core/webhookendpoint/")
    assert "Front end" in listing.content.decode()
    log = admin_client.get("/admin/core/webhookdelivery/")
    assert log.status_code == 200
    delivery = WebhookDelivery.objects.get()
    inspect = admin_client.get(f"/admin/core/webhookdelivery/inspect/{delivery.pk}/")
    assert "HTTP 200" in inspect.content.decode()
