"""Abuse protection on comments: CSRF, honeypot, rate limit, body size and XSS."""

import json

from django.test import Client

import pytest

from blog.comments.rendering import render_comment
from blog.models import Comment
from tests.factories.blog import comment_form_data as form_data
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

API_URL = "/api/v3/comments/"
XSS_ATTEMPTS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    'http://example.com/"onmouseover="alert(1)',
]


def comment_url(post):
    return f"{post.url}comment/"


def api_post(client, post, **overrides):
    payload = {
        "post": post.pk,
        "name": "Sam Nurse",
        "email": "sam.nurse@example.org",
        "body": "Sent through the API.",
        **overrides,
    }
    return client.post(
        API_URL, data=json.dumps(payload), content_type="application/json"
    )


def form_errors_text(response):
    return soup(response).find(id="comments").find("form").get_text(" ", strip=True)


SITE = "http://testserver"


class TestCrossSite:
    """The form is checked by where the browser says it was sent from, not by a token."""

    def test_a_same_origin_post_without_any_csrf_cookie_is_accepted(self, open_post):
        client = Client(enforce_csrf_checks=True)

        response = client.post(
            comment_url(open_post), form_data(), headers={"Origin": SITE}
        )

        assert response.status_code == 302
        assert not client.cookies.get("csrftoken")
        assert Comment.objects.count() == 1

    def test_the_page_sets_no_csrf_cookie_and_carries_no_token(self, open_post):
        client = Client(enforce_csrf_checks=True)

        page = client.get(open_post.url)

        assert not page.cookies
        form = soup(page).find(id="comments").find("form")
        assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})

    @pytest.mark.parametrize(
        "headers",
        [
            {"Origin": "https://attacker.example"},
            {"Origin": "null"},
            {"Sec-Fetch-Site": "cross-site"},
            {"Sec-Fetch-Site": "same-site"},
            {"Referer": "https://attacker.example/page"},
            {},
        ],
        ids=["origin", "null-origin", "cross-site", "same-site", "referer", "none"],
    )
    def test_a_post_from_elsewhere_is_refused_with_a_page_that_says_why(
        self, open_post, headers
    ):
        client = Client(enforce_csrf_checks=True)

        response = client.post(comment_url(open_post), form_data(), headers=headers)

        assert response.status_code == 403
        assert "sent from another website" in visible_text(response)
        assert not Comment.objects.exists()

    def test_the_origin_is_checked_before_a_valid_csrf_token(self, open_post):
        # A stolen or fixed token does not help a page on another site.
        client = Client(enforce_csrf_checks=True)
        client.get("/")  # no token is handed out any more; a cookie of its own:
        client.cookies["csrftoken"] = "a" * 32

        response = client.post(
            comment_url(open_post),
            form_data(csrfmiddlewaretoken="a" * 32),
            headers={"Origin": "https://attacker.example"},
        )

        assert response.status_code == 403
        assert not Comment.objects.exists()

    @pytest.mark.parametrize(
        "headers",
        [
            {"Sec-Fetch-Site": "same-origin"},
            {"Referer": f"{SITE}/blog/answering/"},
            {"Origin": "http://localhost"},  # SITE_BASE_URL in the test settings
        ],
        ids=["sec-fetch-site", "referer", "site-base-url"],
    )
    def test_older_browsers_statements_of_the_same_origin_are_accepted(
        self, open_post, headers
    ):
        client = Client(enforce_csrf_checks=True)

        response = client.post(comment_url(open_post), form_data(), headers=headers)

        assert response.status_code == 302
        assert Comment.objects.count() == 1

    def test_other_posts_keep_djangos_token_check(self, open_post):
        # Only routes marked by core.origin skip the token: the password form does not.
        client = Client(enforce_csrf_checks=True)

        response = client.post(
            "/_util/authenticate_with_password/1/1/",
            {"password": "x"},
            headers={"Origin": SITE},
        )

        assert response.status_code == 403
        assert "CSRF" in response.content.decode()


class TestHoneypot:
    def test_filled_honeypot_is_refused_and_the_text_kept(self, client, open_post):
        response = client.post(
            comment_url(open_post),
            form_data(body="Real words here", website="http://spam.example"),
        )

        assert response.status_code == 400
        assert "looks automated" in form_errors_text(response)
        form = soup(response).find(id="comments").find("form")
        assert form.find("textarea").get_text().strip() == "Real words here"
        assert not Comment.objects.exists()


class TestRateLimit:
    @pytest.fixture(autouse=True)
    def two_per_window(self, settings):
        settings.COMMENT_RATE_LIMIT = (2, 600)

    def test_the_next_comment_in_the_window_is_refused_and_kept(
        self, client, open_post
    ):
        for number in range(2):
            response = client.post(
                comment_url(open_post), form_data(body=f"Comment {number}")
            )
            assert response.status_code == 302

        response = client.post(
            comment_url(open_post), form_data(body="One too many, but kept")
        )

        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 600
        assert "several comments in a short time" in form_errors_text(response)
        form = soup(response).find(id="comments").find("form")
        assert form.find("textarea").get_text().strip() == "One too many, but kept"
        assert Comment.objects.count() == 2

    def test_the_api_and_the_form_share_the_limit(self, client, open_post):
        client.post(comment_url(open_post), form_data())
        assert api_post(client, open_post).status_code == 201

        response = api_post(client, open_post)

        assert response.status_code == 429
        assert response["Content-Type"] == "application/problem+json"
        assert int(response["Retry-After"]) > 0
        assert "several comments" in response.json()["detail"]
        assert Comment.objects.count() == 2

    def test_clients_are_counted_separately(self, client, open_post):
        for _ in range(2):
            client.post(comment_url(open_post), form_data(), REMOTE_ADDR="10.0.0.1")

        response = client.post(
            comment_url(open_post), form_data(), REMOTE_ADDR="10.0.0.2"
        )

        assert response.status_code == 302

    def test_forwarded_for_is_ignored_unless_a_proxy_is_trusted(
        self, client, open_post
    ):
        for number in range(2):
            client.post(
                comment_url(open_post),
                form_data(),
                HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
            )

        response = client.post(
            comment_url(open_post), form_data(), HTTP_X_FORWARDED_FOR="198.51.100.9"
        )

        assert response.status_code == 429

    def test_a_trusted_proxy_names_the_client(self, client, open_post, settings):
        settings.TRUST_X_FORWARDED_FOR = True
        for _ in range(2):
            client.post(
                comment_url(open_post),
                form_data(),
                HTTP_X_FORWARDED_FOR="203.0.113.5, 198.51.100.1",
            )

        # A forged first entry does not help; the address the proxy saw does.
        forged = client.post(
            comment_url(open_post),
            form_data(),
            HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.1",
        )
        other = client.post(
            comment_url(open_post),
            form_data(),
            HTTP_X_FORWARDED_FOR="203.0.113.5, 198.51.100.2",
        )

        assert forged.status_code == 429
        assert other.status_code == 302
        assert Comment.objects.last().ip_address == "198.51.100.2"

    def test_a_new_window_opens_after_the_period(self, rf):
        from blog.comments.services import comment_rate_limit

        request = rf.post("/", REMOTE_ADDR="192.0.2.7")
        assert comment_rate_limit(request, now=1200.0).allowed
        assert comment_rate_limit(request, now=1201.0).allowed
        refused = comment_rate_limit(request, now=1500.0)
        assert not refused.allowed
        assert refused.retry_after == 300
        assert comment_rate_limit(request, now=1800.0).allowed


class TestBodySize:
    def test_oversize_form_body_is_413_with_a_message(
        self, client, open_post, settings
    ):
        settings.COMMENT_MAX_BODY_BYTES = 16 * 1024

        response = client.post(
            comment_url(open_post), form_data(body="x" * (20 * 1024))
        )

        assert response.status_code == 413
        assert "too large to send" in form_errors_text(response)
        assert not Comment.objects.exists()

    def test_body_over_djangos_own_limit_is_413_too(self, open_post, settings):
        # Django refuses to parse it; that must not become a 400.
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024
        client = Client(enforce_csrf_checks=True)

        response = client.post(
            comment_url(open_post),
            form_data(body="x" * (40 * 1024)),
            headers={"Origin": SITE},
        )

        assert response.status_code == 413
        assert "too large" in response.content.decode()
        assert not Comment.objects.exists()

    def test_oversize_api_body_is_413_problem_json(self, client, open_post):
        response = api_post(client, open_post, body="x" * (20 * 1024))

        assert response.status_code == 413
        assert response["Content-Type"] == "application/problem+json"
        assert "too large" in response.json()["detail"]
        assert not Comment.objects.exists()


class TestEscaping:
    @pytest.mark.parametrize("attempt", XSS_ATTEMPTS)
    def test_comment_text_is_escaped_on_the_page(
        self, client, open_post, make_comment, attempt
    ):
        comment = make_comment(name=attempt, body=attempt, status="approved")

        response = client.get(open_post.url)

        entry = soup(response).find(id=f"comment-{comment.pk}")
        assert entry.find("script") is None
        assert entry.find("img") is None
        assert all(
            not link["href"].startswith("javascript:") for link in entry.find_all("a")
        )
        assert all(set(link.attrs) == {"href", "rel"} for link in entry.find_all("a"))
        # Readers see exactly what was typed, as text.
        assert entry.select_one(".comment__author").get_text() == attempt
        assert entry.select_one(".comment__body").get_text() == attempt
        assert "<script>alert(1)</script>" not in response.content.decode()

    @pytest.mark.parametrize("attempt", XSS_ATTEMPTS)
    def test_comment_text_is_escaped_in_the_api(
        self, client, open_post, make_comment, attempt
    ):
        make_comment(name=attempt, body=attempt, status="approved")

        item = client.get(API_URL, {"post": open_post.pk}).json()["items"][0]

        assert item["name"] == attempt  # JSON carries the name as plain text
        body = soup(item["body_html"])
        assert body.find("script") is None
        assert body.find("img") is None
        assert all(
            not link["href"].startswith("javascript:") for link in body.find_all("a")
        )

    def test_web_addresses_become_nofollow_ugc_links(self):
        html = render_comment(
            "See https://example.org/guide?a=1&b=2 and www.example.com."
        )

        links = soup(html).find_all("a")
        assert [link["href"] for link in links] == [
            "https://example.org/guide?a=1&b=2",
            "http://www.example.com",
        ]
        assert all(link["rel"] == ["nofollow", "ugc"] for link in links)

    def test_email_addresses_and_script_urls_are_not_linked(self):
        html = render_comment("Write to me@example.org or run javascript:alert(1)")

        assert soup(html).find("a") is None
        assert "me@example.org" in html


class TestOnlyJSONIsAccepted:
    """A form or text body needs no CORS preflight: any web page could post comments
    from its visitors' browsers. Public POSTs accept only application/json (415)."""

    @pytest.mark.parametrize(
        "content_type",
        ["text/plain", "application/x-www-form-urlencoded", "", "application/jsonx"],
    )
    def test_other_media_types_are_refused_and_nothing_is_saved(
        self, client, open_post, content_type
    ):
        body = json.dumps(
            {
                "post": open_post.pk,
                "name": "Sam",
                "email": "s@example.org",
                "body": "Hi",
            }
        )
        response = client.post(API_URL, data=body, content_type=content_type)
        assert response.status_code == 415
        assert response["Content-Type"] == "application/problem+json"
        assert "application/json" in response.json()["detail"]
        assert not Comment.objects.exists()

    def test_json_with_a_charset_is_accepted(self, client, open_post):
        body = json.dumps(
            {
                "post": open_post.pk,
                "name": "Sam",
                "email": "s@example.org",
                "body": "Hi",
            }
        )
        response = client.post(
            API_URL, data=body, content_type="application/json; charset=utf-8"
        )
        assert response.status_code == 201
        assert Comment.objects.get().body == "Hi"


class TestVisualSpoofing:
    def test_a_name_with_a_line_break_is_refused_with_a_message(
        self, client, open_post
    ):
        response = client.post(
            comment_url(open_post), form_data(name="Dana\r\nModerator")
        )

        assert response.status_code == 400
        assert (
            "Use one line of plain text: line breaks are not allowed here."
            in form_errors_text(response)
        )
        assert not Comment.objects.exists()

    def test_a_name_with_a_right_to_left_override_is_refused(self, client, open_post):
        response = client.post(
            comment_url(open_post), form_data(name="Dana \u202enimdA")
        )

        assert response.status_code == 400
        assert "text-direction characters" in form_errors_text(response)
        assert not Comment.objects.exists()

    def test_the_api_refuses_a_zero_width_name(self, client, open_post):
        response = api_post(client, open_post, name="Da\u200bna")

        assert response.status_code in {400, 422}
        assert "invisible (zero-width) characters" in response.content.decode()
        assert not Comment.objects.exists()

    def test_a_body_keeps_its_paragraphs_but_not_direction_overrides(
        self, client, open_post
    ):
        client.post(comment_url(open_post), form_data(body="One.\r\n\r\nTwo."))
        assert Comment.objects.get().body == "One.\n\nTwo."

        response = client.post(
            comment_url(open_post), form_data(body="Fine text \u202eesrever")
        )
        assert response.status_code == 400
        assert Comment.objects.count() == 1
