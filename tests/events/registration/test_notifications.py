"""The confirmation e-mail: sent after commit, honest about the waiting list, never fatal."""

import smtplib
from unittest import mock

from django.core import mail

import pytest

from events.models.registration import Registration
from tests.factories.registrations import (
    RegistrationFactory,
    registration_api_payload,
    registration_form_data,
)
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


class RaisingBackend:
    """A mail backend whose server is always down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")


def register(client, for_tier, **overrides):
    return client.post(
        f"{for_tier.summit.url}register/", registration_form_data(for_tier, **overrides)
    )


def test_the_confirmation_goes_out_once_the_registration_is_committed(
    client, small_tier, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        register(client, small_tier)
    assert mail.outbox == []  # nothing before the commit

    for callback in callbacks:
        callback()

    (message,) = mail.outbox
    assert message.to == ["dana.reader@example.org"]
    assert message.subject == "Your registration for Social Media Summit"
    assert "You are registered for Social Media Summit." in message.body
    assert "Pricing tier: Residency Workshop (150.00 USD)" in message.body
    assert "Your accessibility or dietary needs: Vegetarian meals" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "You are registered for Social Media Summit." in visible_text(html)


def test_the_waiting_list_is_named_in_the_subject_and_body(
    client, small_tier, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, tier=small_tier)

    with django_capture_on_commit_callbacks(execute=True):
        register(client, small_tier)

    (message,) = mail.outbox
    assert message.subject == "You are on the waiting list for Social Media Summit"
    assert "Residency Workshop is full, so you are on its waiting list" in message.body


@pytest.mark.parametrize(
    "failure",
    [smtplib.SMTPException("mail server down"), ConnectionRefusedError()],
    ids=["smtp-error", "connection-refused"],
)
def test_a_failing_mail_server_loses_no_registration(
    client, small_tier, caplog, django_capture_on_commit_callbacks, failure
):
    with (
        mock.patch("django.core.mail.message.EmailMessage.send", side_effect=failure),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = register(client, small_tier)

    assert response.status_code == 302
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    assert "Could not e-mail the confirmation of registration" in caplog.text
    page = client.get(response["Location"])
    assert "You are registered for Social Media Summit" in visible_text(page)


def test_a_raising_mail_backend_does_not_break_the_api(
    client, small_tier, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = (
        "tests.events.registration.test_notifications.RaisingBackend"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v3/registrations/",
            data=registration_api_payload(small_tier),
            content_type="application/json",
        )

    assert response.status_code == 201
    assert Registration.objects.filter(pk=response.json()["id"]).exists()


def test_what_the_registrant_typed_is_escaped_in_the_html_mail(
    client, small_tier, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(
            client,
            small_tier,
            name="<script>alert(1)</script>",
            needs='<img src=x onerror="alert(2)">',
        )

    html, _ = mail.outbox[0].alternatives[0]
    document = soup(html)
    assert document.find("script") is None
    assert document.find("img") is None
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Dear <script>alert(1)</script>," in mail.outbox[0].body  # plain text
