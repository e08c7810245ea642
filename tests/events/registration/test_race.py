"""Two registrants racing for the last seat, and one address sent twice at once.

Each request runs on its own thread with its own database connection, as two gunicorn
workers would. Only PostgreSQL has row locks to test; SQLite's test database is one
in-memory connection shared by every thread, so nothing there runs concurrently.
"""

import threading

from django.db import connection, connections
from django.test import RequestFactory

import pytest

from events.models.registration import Registration
from events.registration.services import Outcome, register
from tests.factories.registrations import RegistrationFactory, registration_form_data

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks need PostgreSQL (run with DATABASE_URL=postgres://...)",
    ),
    pytest.mark.usefixtures("migration_data"),
]


def race(summit, forms):
    """Submit every form at the same moment from its own thread and connection."""
    barrier = threading.Barrier(len(forms))
    outcomes = [None] * len(forms)

    def submit(position, data):
        try:
            request = RequestFactory().post("/", REMOTE_ADDR=f"198.51.100.{position}")
            barrier.wait()
            outcomes[position] = register(summit, data, request).outcome
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=submit, args=(position, data))
        for position, data in enumerate(forms)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_registrants_for_the_last_seat_get_one_seat_and_one_waiting_place(
    summit, small_tier
):
    RegistrationFactory(tier=small_tier)  # one of two seats left

    outcomes = race(
        summit,
        [
            registration_form_data(small_tier, email="ann@example.org"),
            registration_form_data(small_tier, email="ben@example.org"),
        ],
    )

    assert sorted(outcome.value for outcome in outcomes) == ["confirmed", "waitlisted"]
    assert Registration.objects.confirmed().count() == 2
    assert Registration.objects.waitlisted().count() == 1


def test_many_registrants_never_take_more_seats_than_there_are(summit, small_tier):
    forms = [
        registration_form_data(small_tier, email=f"reader{n}@example.org")
        for n in range(6)
    ]

    outcomes = race(summit, forms)

    assert outcomes.count(Outcome.CONFIRMED) == 2
    assert outcomes.count(Outcome.WAITLISTED) == 4
    assert Registration.objects.confirmed().count() == 2


def test_one_address_sent_twice_at_once_makes_one_record(summit, small_tier, open_tier):
    # Different tiers, so the tier lock does not serialise them: the database's
    # unique index does, and the loser gets the duplicate message.
    outcomes = race(
        summit,
        [
            registration_form_data(small_tier, email="dana@example.org"),
            registration_form_data(open_tier, email="DANA@example.org"),
        ],
    )

    assert sorted(outcome.value for outcome in outcomes) == ["confirmed", "duplicate"]
    assert Registration.objects.count() == 1
