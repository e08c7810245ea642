"""The blog index at /blog/ and each post at /blog/<slug>/, as readers see them."""

import datetime
import json

from django.core.exceptions import ValidationError

from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage, BlogPage
from site_pages.models import HomePage
from tests.factories.blog import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    CommentFactory,
    SeriesFactory,
)
from tests.factories.site_pages import HomePageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def entries(response):
    return soup(response).select(".post-list .post-summary")


def entry_titles(response):
    return [
        entry.select_one(".post-summary__title").get_text(strip=True)
        for entry in entries(response)
    ]


def link(element, text):
    """The first link in `element` whose text starts with `text`."""
    return next(a for a in element.find_all("a") if a.get_text().startswith(text))


def make_posts(count, **fields):
    """`count` posts a day apart, the newest (the last made) on May 31st, 2015."""
    return [
        BlogPageFactory(
            title=f"Post {number}",
            date=datetime.date(2015, 5, 31) - datetime.timedelta(days=count - number),
            **fields,
        )
        for number in range(1, count + 1)
    ]


class TestIndex:
    def test_lists_posts_newest_first(self, client, blog_index):
        make_posts(3)

        response = client.get("/blog/")

        assert response.status_code == 200
        assert entry_titles(response) == ["Post 3", "Post 2", "Post 1"]

    def test_entry_shows_date_authors_comments_title_excerpt_link_and_tags(
        self, client, blog_index, series
    ):
        lee = AuthorFactory(name="Lee Aase")
        meredith = AuthorFactory(name="Meredith Gould")
        post = BlogPageFactory(
            title="Online “Friending” Should be Voluntary",
            date=datetime.date(2015, 5, 22),
            authors=[lee, meredith],
            excerpt="Guideline number eight addresses this issue.",
            series=series,
            series_number=8,
            tags=["social media guidelines", "FB", "employee access"],
        )

        entry = entries(client.get("/blog/"))[0]

        time = entry.find("time")
        assert time.get_text() == "May 22nd, 2015"
        assert time["datetime"] == "2015-05-22"
        assert entry.select_one(".post-summary__title").get_text(strip=True) == (
            "Resource Series | Guideline #8: Online “Friending” Should be Voluntary"
        )
        byline = entry.select_one(".byline")
        assert " ".join(byline.get_text().split()) == "By Lee Aase and Meredith Gould"
        assert [a["href"] for a in byline.find_all("a")] == [
            "/blog/authors/lee-aase/",
            "/blog/authors/meredith-gould/",
        ]
        assert "Guideline number eight addresses this issue." in entry.get_text()
        assert link(entry, "View full entry")["href"] == post.url
        assert link(entry, "Comment on this")["href"] == f"{post.url}#comments"
        assert [a.get_text() for a in entry.select(".tag-list a")] == [
            "employee access",
            "FB",
            "social media guidelines",
        ]
        assert entry.select_one(".tag-list a")["href"] == "/blog/tags/employee-access/"

    @pytest.mark.parametrize(
        ("approved", "label"),
        [(0, "Leave a Comment"), (1, "1 Comment"), (3, "3 Comments")],
    )
    def test_counts_only_approved_comments(self, client, blog_index, approved, label):
        post = BlogPageFactory()
        CommentFactory.create_batch(approved, post=post)
        CommentFactory(post=post, status="pending")
        CommentFactory(post=post, status="spam")

        meta = entries(client.get("/blog/"))[0].select_one(".post-summary__meta")

        assert meta.find("a").get_text(strip=True) == label

    def test_closed_post_without_comments_invites_none(self, client, blog_index):
        BlogPageFactory(comments_open=False)

        entry = entries(client.get("/blog/"))[0]

        assert "Leave a Comment" not in entry.get_text()
        assert "Comment on this" not in entry.get_text()
        assert "Comments closed" in entry.get_text()

    def test_drafts_and_private_posts_are_not_listed(self, client, blog_index):
        BlogPageFactory(title="Published")
        draft = BlogPageFactory(title="Draft")
        draft.unpublish()
        private = BlogPageFactory(title="Private")
        private.view_restrictions.create(restriction_type="login")

        assert entry_titles(client.get("/blog/")) == ["Published"]

    def test_advertises_its_feeds(self, client, blog_index):
        head = soup(client.get("/blog/")).head

        alternates = {
            link["type"]: link["href"]
            for link in head.find_all("link", rel="alternate")
        }
        assert alternates == {
            "application/rss+xml": "http://localhost/blog/feed/",
            "application/atom+xml": "http://localhost/blog/feed/atom/",
        }


class TestPagination:
    @pytest.fixture
    def posts(self, blog_index):
        return make_posts(23)

    def current_page(self, response):
        current = soup(response).select_one('.pagination [aria-current="page"]')
        return " ".join(current.get_text().split())

    def test_ten_posts_a_page(self, client, posts):
        first, third = client.get("/blog/"), client.get("/blog/?page=3")

        assert entry_titles(first) == [f"Post {n}" for n in range(23, 13, -1)]
        assert entry_titles(third) == ["Post 3", "Post 2", "Post 1"]
        assert self.current_page(third) == "Page 3"

    def test_pagination_is_a_labelled_nav(self, client, posts):
        nav = soup(client.get("/blog/?page=2")).select_one("nav.pagination")

        assert nav["aria-label"] == "Pages of posts"
        assert nav.find("a", rel="prev")["href"] == "/blog/"
        assert nav.find("a", rel="next")["href"] == "?page=3"

    @pytest.mark.parametrize("junk", ["abc", "1.5", "", "%00", "1e3"])
    def test_a_page_that_is_not_a_number_gives_the_first(self, client, posts, junk):
        response = client.get(f"/blog/?page={junk}")

        assert response.status_code == 200
        assert entry_titles(response)[0] == "Post 23"

    @pytest.mark.parametrize("beyond", ["4", "0", "-1", "99999999999999999999999999"])
    def test_a_page_out_of_range_gives_the_last(self, client, posts, beyond):
        response = client.get(f"/blog/?page={beyond}")

        assert response.status_code == 200
        assert entry_titles(response) == ["Post 3", "Post 2", "Post 1"]

    def test_later_pages_are_their_own_canonical_address(self, client, posts):
        canonical = soup(client.get("/blog/?page=2")).find("link", rel="canonical")

        assert canonical["href"] == "http://localhost/blog/?page=2"

    def test_query_count_does_not_grow_with_the_posts_on_a_page(
        self, client, blog_index, django_assert_max_num_queries
    ):
        series = SeriesFactory()
        for number in range(1, 11):
            post = BlogPageFactory(
                series=series, series_number=number, tags=["FB", f"tag {number}"]
            )
            CommentFactory(post=post)
        client.get("/blog/")  # warm the site root cache

        with django_assert_max_num_queries(17):
            response = client.get("/blog/")

        assert len(entries(response)) == 10


class TestPost:
    @pytest.fixture
    def guidelines(self, blog_index, series):
        lee = AuthorFactory(name="Lee Aase", role="Director")
        return {
            number: BlogPageFactory(
                title=f"Guideline {number}",
                date=datetime.date(2015, 5, 10 + number),
                series=series,
                series_number=number,
                authors=[lee],
                tags=["social media guidelines"],
            )
            for number in (5, 6, 7)
        }

    def test_shows_series_badge_byline_date_and_tags(self, client, guidelines):
        page = soup(client.get(guidelines[6].url))

        h1 = page.find("h1")
        assert (
            " ".join(h1.get_text().split())
            == "Resource Series | Guideline #6: Guideline 6"
        )
        assert h1.find("a")["href"] == "/blog/series/resource-series/"
        assert page.select_one(".post__meta time")["datetime"] == "2015-05-16"
        assert page.select_one(".post__meta time").get_text() == "May 16th, 2015"
        assert " ".join(page.select_one(".byline").get_text().split()) == "By Lee Aase"
        assert [a.get_text() for a in page.select(".tag-list a")] == [
            "social media guidelines"
        ]

    def test_links_to_previous_and_next_in_its_series(self, client, guidelines):
        nav = soup(client.get(guidelines[6].url)).select_one("nav.series-nav")

        assert nav.find("a", rel="prev")["href"] == guidelines[5].url
        assert nav.find("a", rel="next")["href"] == guidelines[7].url
        assert "Resource Series | Guideline #5" in nav.get_text()

    def test_first_of_a_series_has_no_previous_and_skips_unpublished(
        self, client, guidelines
    ):
        guidelines[6].unpublish()

        nav = soup(client.get(guidelines[5].url)).select_one("nav.series-nav")

        assert nav.find("a", rel="prev") is None
        assert nav.find("a", rel="next")["href"] == guidelines[7].url

    def test_describes_itself_as_a_blog_posting(self, client, guidelines):
        post = guidelines[7]

        script = soup(client.get(post.url)).find("script", type="application/ld+json")
        data = json.loads(script.string)

        assert data["@type"] == "BlogPosting"
        assert data["headline"] == "Resource Series | Guideline #7: Guideline 7"
        assert data["datePublished"].startswith("2015-05-17T")
        published = BlogPage.objects.get(pk=post.pk)
        assert data["dateModified"] == published.last_published_at.isoformat()
        assert data["author"] == [
            {
                "@type": "Person",
                "name": "Lee Aase",
                "jobTitle": "Director",
                "url": "http://localhost/blog/authors/lee-aase/",
            }
        ]
        assert data["isPartOf"] == {
            "@type": "CreativeWorkSeries",
            "name": "Resource Series",
            "url": "http://localhost/blog/series/resource-series/",
        }
        assert data["position"] == 7
        assert data["url"] == "http://localhost" + post.url

    def test_json_ld_cannot_break_out_of_its_script(self, client, blog_index):
        post = BlogPageFactory(excerpt="</script><script>alert(1)</script> & more")

        response = client.get(post.url)

        script = soup(response).find("script", type="application/ld+json")
        assert "</script><script>" not in response.content.decode()
        assert json.loads(script.string)["description"] == post.excerpt
        # The CSP forbids inline scripts: this data block is the only inline <script>;
        # the others (the menu toggle) are static files of this site.
        scripts = soup(response).find_all("script")
        assert [s for s in scripts if not s.get("src")] == [script]
        assert all(s["src"].startswith("/static/") for s in scripts if s.get("src"))

    def test_open_graph_describes_an_article(self, client, guidelines, image):
        post = guidelines[5]
        post.social_image = image
        post.save_revision().publish()

        head = soup(client.get(post.url)).head

        def meta(prop):
            return [tag["content"] for tag in head.find_all("meta", property=prop)]

        assert meta("og:type") == ["article"]
        assert meta("og:description") == [post.excerpt]
        assert meta("article:published_time")[0].startswith("2015-05-15T")
        assert meta("article:author") == ["http://localhost/blog/authors/lee-aase/"]
        assert meta("article:section") == ["Resource Series"]
        assert meta("article:tag") == ["social media guidelines"]
        assert meta("og:image")[0].startswith("http://localhost/media/images/")

    def test_advertises_the_blog_and_series_feeds(self, client, guidelines):
        head = soup(client.get(guidelines[5].url)).head

        assert [link["href"] for link in head.find_all("link", rel="alternate")] == [
            "http://localhost/blog/series/resource-series/feed/",
            "http://localhost/blog/series/resource-series/feed/atom/",
            "http://localhost/blog/feed/",
            "http://localhost/blog/feed/atom/",
        ]

    def test_shows_approved_comments_and_the_form_when_open(self, client, blog_index):
        post = BlogPageFactory()
        CommentFactory(post=post, body="Approved and shown.")
        CommentFactory(post=post, body="Still pending.", status="pending")

        page = soup(client.get(post.url))

        comments = page.find(id="comments")
        assert "Approved and shown." in comments.get_text()
        assert "Still pending." not in comments.get_text()
        assert comments.find("form") is not None
        assert page.select_one(".post__meta a").get_text() == "1 Comment"

    def test_closed_post_keeps_its_comments_but_has_no_form(self, client, blog_index):
        post = BlogPageFactory(comments_open=False)
        CommentFactory(post=post, body="Said before closing.")

        comments = soup(client.get(post.url)).find(id="comments")

        assert "Said before closing." in comments.get_text()
        assert comments.find("form") is None

    def test_closed_post_without_comments_has_no_comments_section(
        self, client, blog_index
    ):
        post = BlogPageFactory(comments_open=False)

        assert soup(client.get(post.url)).find(id="comments") is None

    def test_approved_comments_are_oldest_first(self, blog_index):
        post = BlogPageFactory()
        first, second = CommentFactory(post=post), CommentFactory(post=post)
        CommentFactory(post=post, status="rejected")

        assert list(post.approved_comments) == [first, second]

    @pytest.mark.parametrize("slug", ["feed", "tags", "authors", "series"])
    def test_slugs_of_the_blog_archives_are_refused(self, blog_index, slug):
        post = BlogPageFactory()
        post.slug = slug

        with pytest.raises(ValidationError) as error:
            post.full_clean()

        assert "slug" in error.value.message_dict


class TestEditorsJourney(WagtailPageTestCase):
    """Wagtail's own page-type checks: tree rules, creation, rendering and preview."""

    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        cls.index = BlogIndexPageFactory(parent=home)
        cls.author = AuthorFactory(name="Lee Aase")
        cls.post = BlogPageFactory(parent=cls.index, authors=[cls.author], tags=["FB"])

    def setUp(self):
        self.login()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())

    def post_form(self, **fields):
        """The editor's form for a post, as the browser would send it."""
        return nested_form_data(
            {
                "title": "Get Your Work Done",
                "slug": "get-your-work-done",
                "date": "2015-05-18",
                "excerpt": "Many companies block access to social networking sites.",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Mayo Clinic doesn’t.</p>"))]
                ),
                "post_authors": inline_formset([{"author": self.author.pk}]),
                "tags": "FB, TW",
                "comments_open": True,
                **fields,
            }
        )

    def test_editors_can_write_a_post(self):
        self.assertCanCreate(self.index, BlogPage, self.post_form())

    def test_a_new_post_previews_before_it_is_saved(self):
        series = SeriesFactory()
        preview = f"/admin/pages/add/blog/blogpage/{self.index.pk}/preview/"

        self.client.post(preview, self.post_form(series=series.pk, series_number=3))
        response = self.client.get(preview)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Guideline #3")
        self.assertContains(response, "Get Your Work Done")

    def test_index_and_post_render_and_preview(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsPreviewable(self.index)
        self.assertPageIsRenderable(self.post)
        self.assertPageIsPreviewable(
            self.post, post_data=self.post_form(slug=self.post.slug)
        )
