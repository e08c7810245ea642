"""The health check load balancers poll: it says whether the database answers."""

from unittest import mock

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

import pytest


@pytest.mark.django_db
def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_unavailable_when_the_database_does_not_answer(client, caplog):
    with mock.patch.object(
        BaseDatabaseWrapper,
        "cursor",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "error", "database": "unavailable"}
    assert "no-cache" in response["Cache-Control"]
    # The reason goes to the log, not to whoever polls the endpoint.
    assert "connection refused" not in response.content.decode()
    assert "the database did not answer" in caplog.text


@pytest.mark.django_db
def test_head_is_allowed_but_post_is_not(client):
    assert client.head("/healthz").status_code == 200
    response = client.post("/healthz")
    assert response.status_code == 405
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}
