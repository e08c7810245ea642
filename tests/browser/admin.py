"""Signing in to the Wagtail admin, as the editors' journeys begin."""

import re

from playwright.sync_api import expect


def log_in(page, live_server, username, password):
    """Sign in through the admin's login form and wait for the dashboard."""
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
