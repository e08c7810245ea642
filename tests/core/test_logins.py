"""Password guessing is throttled: admin sign-in per account and client, page passwords per client and page."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings

from wagtail.models import PageViewRestriction

import pytest
from axes.models import AccessAttempt

from tests.factories.site_pages import StandardPageFactory
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "Rochester-summit-2015!"
WRONG_GUESSES = 20


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("ada", "ada@example.org", PASSWORD)


def sign_in(client, password, username="ada", **extra):
    return client.post(LOGIN_URL, {"username": username, "password": password}, **extra)


def guess_wrong(client, times=WRONG_GUESSES, **kwargs):
    for attempt in range(times):
        sign_in(client, f"wrong-{attempt}", **kwargs)


def is_signed_in(client):
    return "_auth_user_id" in client.session


class TestAdminLogin:
    def test_the_right_password_signs_in(self, client, admin_user):
        response = sign_in(client, PASSWORD)

        assert response.status_code == 302
        assert is_signed_in(client)

    def test_twenty_wrong_passwords_then_the_right_one_is_refused(
        self, client, admin_user
    ):
        guess_wrong(client)

        response = sign_in(client, PASSWORD)

        assert response.status_code == 429
        assert not is_signed_in(client)
        assert "signing in is paused for about 1 hour" in visible_text(response)

    def test_the_account_is_locked_for_every_client(self, client, admin_user):
        guess_wrong(client, REMOTE_ADDR="203.0.113.7")

        response = sign_in(client, PASSWORD, REMOTE_ADDR="198.51.100.20")

        assert response.status_code == 429
        assert not is_signed_in(client)

    def test_a_client_is_locked_for_every_account(self, client, admin_user):
        for attempt in range(WRONG_GUESSES):
            sign_in(client, "guess", username=f"someone-{attempt}")

        response = sign_in(client, PASSWORD)

        assert response.status_code == 429
        assert not is_signed_in(client)

    @override_settings(TRUST_X_FORWARDED_FOR=True)
    def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(
        self, client, admin_user
    ):
        guess_wrong(client, HTTP_X_FORWARDED_FOR="203.0.113.7")

        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
            "203.0.113.7"
        }

    def test_the_lock_out_is_recorded_in_the_database(self, client, admin_user):
        guess_wrong(client)

        attempt = AccessAttempt.objects.get(username="ada")
        assert attempt.failures_since_start >= 10


class TestUnlock:
    def test_unlock_login_lifts_an_account_lock_out(self, client, admin_user):
        guess_wrong(client)
        out = StringIO()

        call_command("unlock_login", "ada", stdout=out)

        assert "ada: unlocked." in out.getvalue()
        assert sign_in(client, PASSWORD).status_code == 302
        assert is_signed_in(client)

    def test_unlock_login_by_address(self, client, admin_user):
        for attempt in range(WRONG_GUESSES):
            sign_in(client, "guess", username=f"someone-{attempt}")

        call_command("unlock_login", "127.0.0.1", stdout=StringIO())

        assert sign_in(client, PASSWORD).status_code == 302

    def test_unlock_login_lists_who_is_locked_out(self, client, admin_user):
        guess_wrong(client)
        out = StringIO()

        call_command("unlock_login", stdout=out)

        assert "ada from 127.0.0.1: 20 failures" in out.getvalue()

    def test_axes_own_reset_command_works_too(self, client, admin_user):
        guess_wrong(client)

        call_command("axes_reset_username", "ada", stdout=StringIO())

        assert sign_in(client, PASSWORD).status_code == 302

    def test_the_admin_lists_lock_outs_and_unlocks(self, client, admin_user):
        guess_wrong(client, REMOTE_ADDR="203.0.113.7")
        client.force_login(admin_user)
        attempt = AccessAttempt.objects.get()

        listing = client.get("/admin/axes/accessattempt/?locked_out=yes")
        assert listing.status_code == 200
        assert "203.0.113.7" in visible_text(listing)
        unlock = f"/admin/axes/accessattempt/delete/{attempt.pk}/"
        assert unlock in listing.content.decode()

        client.post(unlock)

        assert not AccessAttempt.objects.exists()


@pytest.fixture
def restricted_page(home_page):
    page = StandardPageFactory(parent=home_page, title="Members only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="summit"
    )
    return page, restriction


def submit_page_password(client, page, restriction, password):
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return client.post(url, {"password": password, "return_url": page.url})


class TestPagePassword:
    def test_the_right_password_opens_the_page(self, client, restricted_page):
        page, restriction = restricted_page

        response = submit_page_password(client, page, restriction, "summit")

        assert response.status_code == 302
        assert client.get(page.url).status_code == 200

    def test_a_wrong_password_says_so(self, client, restricted_page):
        page, restriction = restricted_page

        response = submit_page_password(client, page, restriction, "nope")

        assert response.status_code == 200
        assert "The password you have entered is not correct" in visible_text(response)

    def test_twenty_wrong_passwords_then_the_right_one_is_refused(
        self, client, restricted_page
    ):
        page, restriction = restricted_page
        for attempt in range(WRONG_GUESSES):
            submit_page_password(client, page, restriction, f"wrong-{attempt}")

        response = submit_page_password(client, page, restriction, "summit")

        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert "Too many wrong passwords for this page" in visible_text(response)
        assert "Password required" in visible_text(client.get(page.url))

    def test_another_client_is_not_affected(self, client, restricted_page):
        page, restriction = restricted_page
        for attempt in range(WRONG_GUESSES):
            submit_page_password(client, page, restriction, f"wrong-{attempt}")

        other = Client(REMOTE_ADDR="198.51.100.20")
        response = submit_page_password(other, page, restriction, "summit")

        assert response.status_code == 302

    def test_the_lock_lifts_when_the_window_ends(self, client, restricted_page):
        page, restriction = restricted_page
        for attempt in range(WRONG_GUESSES):
            submit_page_password(client, page, restriction, f"wrong-{attempt}")

        cache.clear()  # what the window's expiry does

        assert (
            submit_page_password(client, page, restriction, "summit").status_code == 302
        )
