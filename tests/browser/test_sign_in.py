"""Someone guessing an editor's password is told that signing in is paused, and why."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_after_ten_wrong_passwords_even_the_right_one_is_paused(
    page, live_server, editor
):
    username, password = editor
    page.goto(f"{live_server.url}/admin/login/")
    for attempt in range(10):
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(f"guess-{attempt}")
        page.get_by_role("button", name="Sign in").click()

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in paused")
    expect(page.get_by_role("alert")).to_contain_text(
        "After 10 failed attempts to sign in to this account or from your connection, "
        "signing in is paused for about 1 hour."
    )
