"""An editor changes the home page in the admin; a reader uses the public home page."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.admin import log_in

pytestmark = pytest.mark.browser


def test_editor_publishes_a_new_intro(page, live_server, seeded_home, editor):
    log_in(page, live_server, *editor)

    page.goto(f"{live_server.url}/admin/pages/{seeded_home.pk}/edit/")
    intro = page.locator("#id_intro")
    expect(intro).to_have_value("Bringing the Social Media Revolution to Health Care")
    intro.fill("Health care's social media community since 2010")
    footer = page.locator("footer.footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("has been published")).to_be_visible()

    page.goto(f"{live_server.url}/")
    expect(page.locator(".home-intro")).to_have_text(
        "Health care's social media community since 2010"
    )
    seeded_home.refresh_from_db()
    assert seeded_home.intro == "Health care's social media community since 2010"


def test_reader_sees_no_errors_and_can_skip_to_content(page, live_server, seeded_home):
    problems = []
    page.on(
        "console",
        lambda message: message.type == "error" and problems.append(message.text),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    response = page.goto(f"{live_server.url}/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator(".summit-promo__headline")).to_have_text(
        "We've completely redesigned our Summit!"
    )
    page.wait_for_load_state("networkidle")
    # Browsers fetch an icon after the page loads; without one they log a 404.
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert page.request.get(f"{live_server.url}{icon}").ok
    assert page.evaluate("window.__csp") == []
    assert problems == []

    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main-content")).to_be_focused()
    assert page.url.endswith("#main-content")


def test_home_page_has_no_serious_accessibility_violations(
    page, live_server, seeded_home
):
    page.goto(f"{live_server.url}/")
    results = Axe().run(page)
    serious = [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(node["target"][0] for node in violation["nodes"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]
    assert serious == []
