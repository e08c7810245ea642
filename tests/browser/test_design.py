"""Every public page type as readers see it at desktop and phone widths: screenshots
(test-results/screenshots/), axe with no violations, no layout shift, a keyboard menu."""

import gzip
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.pages import PAGES, WIDTHS

pytestmark = pytest.mark.browser

SCREENSHOTS = Path("test-results/screenshots")
CSS_BUDGET_BYTES = 30 * 1024
CLS_BUDGET = 0.05

# Sums layout shifts not caused by input, as Core Web Vitals counts them.
CLS_OBSERVER = """
window.__cls = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__cls += entry.value;
    }
}).observe({type: "layout-shift", buffered: true});
"""


def violations(page):
    """Every axe-core violation on the page, whatever its impact, as readable lines."""
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(str(node["target"][0]) for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


def photograph(page, name):
    """A full-page screenshot, once lazy images below the fold have loaded."""
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


@pytest.mark.parametrize("width_name", WIDTHS)
def test_every_page_type_is_accessible_and_photographed(
    page, live_server, seeded_home, width_name
):
    page.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = {}

    for name, path in PAGES.items():
        response = visit(page, f"{live_server.url}{path}")
        assert response.status == (404 if name == "not-found" else 200), name
        photograph(page, f"{name}-{width_name}")
        found = violations(page)
        if found:
            problems[name] = found
        # Images carry their size (no layout shift) and are never wider than the page.
        for image in page.locator("main img").all():
            assert image.get_attribute("width") and image.get_attribute("height"), name
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"

    assert problems == {}
    hosts = {urlsplit(url).netloc for url in requests if url.startswith("http")}
    assert hosts == {urlsplit(live_server.url).netloc}, "no third-party request"


@pytest.mark.parametrize("width_name", WIDTHS)
def test_dark_colours_keep_contrast(browser, live_server, seeded_home, width_name):
    context = browser.new_context(
        color_scheme="dark", viewport={"width": WIDTHS[width_name], "height": 900}
    )
    page = context.new_page()
    try:
        for name in ("home", "post", "blog-index"):
            visit(page, f"{live_server.url}{PAGES[name]}")
            photograph(page, f"{name}-{width_name}-dark")
            assert violations(page) == [], name
    finally:
        context.close()


@pytest.mark.parametrize("width_name", WIDTHS)
def test_pages_do_not_shift_as_they_load(page, live_server, seeded_home, width_name):
    page.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
    page.add_init_script(CLS_OBSERVER)
    shifts = {}
    for name in ("home", "blog-index", "post"):
        visit(page, f"{live_server.url}{PAGES[name]}")
        page.mouse.wheel(0, 3000)  # lazy images below the fold load into reserved space
        page.wait_for_timeout(500)
        shifts[name] = page.evaluate("window.__cls")

    assert {name: shift for name, shift in shifts.items() if shift >= CLS_BUDGET} == {}


def test_phone_menu_opens_and_closes_from_the_keyboard(page, live_server, seeded_home):
    page.set_viewport_size({"width": 390, "height": 844})
    visit(page, f"{live_server.url}/")
    toggle = page.get_by_role("button", name="Menu")
    blog_link = page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Blog"
    )
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(blog_link).to_be_hidden()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, "a compact header on phones"

    for _ in range(5):
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")

    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(blog_link).to_be_visible()
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "menu-open-phone.png")
    page.keyboard.press("Tab")  # into the open menu, in reading order
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Home")
    ).to_be_focused()

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()
    expect(blog_link).to_be_hidden()

    toggle.press("Space")
    blog_link.click()
    expect(page).to_have_url(f"{live_server.url}/blog/")


def test_desktop_shows_the_menu_and_search_without_a_toggle(
    page, live_server, seeded_home
):
    page.set_viewport_size({"width": 1280, "height": 900})
    visit(page, f"{live_server.url}/")

    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    search = page.get_by_role("searchbox", name="Search the site")
    search.fill("guideline")
    search.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/search/?q=guideline")
    expect(page.locator(".search-result").first).to_be_visible()


def test_stylesheet_stays_within_its_budget(page, live_server):
    visit(page, f"{live_server.url}/no-such-page/")
    href = page.locator("link[rel=stylesheet]").get_attribute("href")

    css = page.request.get(f"{live_server.url}{href}").body()

    assert len(gzip.compress(css, compresslevel=9)) < CSS_BUDGET_BYTES


def test_listings_load_images_lazily_below_the_fold(page, live_server, seeded_home):
    visit(page, f"{live_server.url}/blog/")
    cards = page.locator(".post-list .card__media img")

    assert cards.count() == 5
    assert [cards.nth(i).get_attribute("loading") for i in range(5)] == [
        None,
        None,
        None,
        "lazy",
        "lazy",
    ]
    sources = page.locator(".post-list .card__media source").first
    assert sources.get_attribute("type") == "image/webp"
    assert "800w" in sources.get_attribute("srcset")
