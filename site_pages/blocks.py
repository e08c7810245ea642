"""Blocks used only on the home page."""

from django.db.models import prefetch_related_objects

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Site

from blog.models import BlogIndexPage, BlogPage
from core.blocks.api import page_api_representation
from core.blocks.content import ParagraphBlock
from core.blocks.links import CallToActionBlock, LinkBlock
from core.pagination import narrow_slices


class SummitPromoValue(blocks.StructValue):
    """The chosen summit with its days and hotels loaded, for the template and API."""

    def summit_page(self):
        summit = self.get("summit")
        if summit is None or not summit.live:
            return None
        if not hasattr(summit, "_promo_loaded"):
            prefetch_related_objects([summit], "days", "hotels")
            summit._promo_loaded = True
        return summit


class SummitPromoBlock(blocks.StructBlock):
    """The hero: the editors' words about the Summit, and its dates, programme, venue
    and hotels read from the chosen summit page."""

    headline = blocks.CharBlock(max_length=120)
    tagline = blocks.CharBlock(required=False, max_length=160)
    summit = blocks.PageChooserBlock(
        page_type="events.SummitPage",
        required=False,
        help_text="Dates, days, venue, hotels and links come from this summit.",
    )
    schedule_text = blocks.CharBlock(
        max_length=80, default="Check out the full schedule", label="Schedule link text"
    )
    register_text = blocks.CharBlock(
        max_length=80,
        default="See Pricing and Register now.",
        label="Registration link text",
    )
    image = ImageChooserBlock(
        required=False,
        help_text="Shown beside the programme on wide screens. 1200×630 works best; "
        "the image's alt text from the library is used (none: shown as decorative).",
    )

    class Meta:
        icon = "date"
        description = (
            "The Summit: your words, with dates, programme and hotels from its page"
        )
        template = "site_pages/blocks/summit_promo_block.html"
        value_class = SummitPromoValue
        preview_value = {
            "headline": "We've completely redesigned our Summit!",
            "tagline": "Join us in Rochester this June",
            "schedule_text": "Check out the full schedule",
            "register_text": "See Pricing and Register now.",
        }

    def get_api_representation(self, value, context=None):
        summit = value.summit_page()
        return {
            "headline": value.get("headline"),
            "tagline": value.get("tagline"),
            "schedule_text": value.get("schedule_text"),
            "register_text": value.get("register_text"),
            "summit": summit
            and {
                **page_api_representation(summit),
                "start_date": summit.start_date.isoformat(),
                "end_date": summit.end_date.isoformat(),
                "city": summit.city,
                "venue": summit.venue_name,
                "days": [
                    {"date": day.date.isoformat(), "title": day.title}
                    for day in summit.days.all()
                ],
                "hotels": [
                    {"name": hotel.name, "booking_url": hotel.booking_url}
                    for hotel in summit.hotels.all()
                ],
            },
        }


class WelcomeBlock(blocks.StructBlock):
    """The network's welcome statement and philosophy."""

    heading = blocks.CharBlock(max_length=120)
    body = ParagraphBlock()

    class Meta:
        icon = "openquote"
        description = "The welcome statement"
        template = "site_pages/blocks/welcome_block.html"
        preview_value = {
            "heading": "Welcome to the Social Media Health Network",
            "body": "<p>As social media evolves, our philosophy remains steady.</p>",
        }


class CallToActionRowBlock(blocks.StructBlock):
    """A row of invitations (join, residency, engage) and the contact e-mail line."""

    actions = blocks.ListBlock(CallToActionBlock(), min_num=1, max_num=4)
    show_contact_email = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text="Adds 'For swift response, email …' using the e-mail in Network settings.",
    )

    class Meta:
        icon = "pick"
        description = (
            "Calls to action: join the Network, Residency, engage with members"
        )
        template = "site_pages/blocks/call_to_action_row_block.html"
        preview_value = {
            "actions": [
                {
                    "lead": "To join the Network,",
                    "link": {"text": "click here", "url": "https://example.org/join/"},
                }
            ],
            "show_contact_email": False,
        }


class FeaturedWebinarValue(blocks.StructValue):
    """The chosen webinar, and the words shown for it."""

    def webinar_page(self):
        webinar = self.get("webinar")
        return webinar if webinar is not None and webinar.live else None

    def display_title(self):
        webinar = self.webinar_page()
        return self.get("title") or (webinar.title if webinar else "")

    def display_summary(self):
        webinar = self.webinar_page()
        return self.get("summary") or (webinar.abstract if webinar else "")


class FeaturedWebinarBlock(blocks.StructBlock):
    """A webinar to highlight: its date, presenters and link come from its page."""

    webinar = blocks.PageChooserBlock(page_type="events.WebinarPage", required=False)
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Leave blank to use the webinar's title.",
    )
    summary = blocks.TextBlock(
        required=False,
        max_length=600,
        help_text="Leave blank to use the webinar's abstract.",
    )

    class Meta:
        icon = "media"
        description = "A featured webinar"
        template = "site_pages/blocks/featured_webinar_block.html"
        value_class = FeaturedWebinarValue
        preview_value = {
            "title": "Internal communications - Engaging and social news delivery strategies",
            "summary": "Is there more to internal communication than newsletters?",
        }

    def get_api_representation(self, value, context=None):
        webinar = value.webinar_page()
        return {
            "title": value.display_title(),
            "summary": value.display_summary(),
            "webinar": webinar
            and {
                **page_api_representation(webinar),
                "starts_at": webinar.localize(webinar.starts_at).isoformat(),
                "ends_at": webinar.localize(webinar.ends_at).isoformat(),
                "time_zone": webinar.time_zone,
                "status": webinar.status(),
            },
        }


class DirectoryTeaserBlock(blocks.StructBlock):
    """The Health Care Social Media List teaser with its 'Add yours today!' link."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(max_length=400)
    list_link = LinkBlock(label="Link to the list")
    add_link = LinkBlock(label="'Add yours' link")

    class Meta:
        icon = "list-ul"
        description = "Teaser for the Health Care Social Media List"
        template = "site_pages/blocks/directory_teaser_block.html"
        preview_value = {
            "heading": "Your Must-Have Health Care Social Media Resource",
            "text": "The Health Care Social Media List includes health organizations.",
            "list_link": {
                "text": "Health Care Social Media List",
                "url": "https://example.org/",
            },
            "add_link": {"text": "Add yours today!", "url": "https://example.org/add/"},
        }


class LatestBlogPostsBlock(blocks.StructBlock):
    """The newest blog posts, read from live content each time the page renders."""

    heading = blocks.CharBlock(max_length=120, default="On Our Blog...")
    count = blocks.IntegerBlock(min_value=1, max_value=12, default=5)

    class Meta:
        icon = "doc-full"
        description = "The latest blog posts (filled automatically)"
        template = "site_pages/blocks/latest_blog_posts_block.html"
        preview_value = {"heading": "On Our Blog...", "count": 5}

    def get_context(self, value, parent_context=None):
        """The site's newest live posts with their comment counts, and its blog index."""
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        site = Site.find_for_request(request) if request is not None else None
        posts = BlogPage.objects.published()
        blog_index = BlogIndexPage.objects.live().public()
        if site is not None:
            posts = posts.descendant_of(site.root_page)
            blog_index = blog_index.descendant_of(site.root_page)
        context["posts"] = narrow_slices(posts.for_cards())[: value["count"]]
        context["blog_index"] = blog_index.first()
        return context


class HomeStreamBlock(blocks.StreamBlock):
    """Sections of the home page, in the order editors arrange them."""

    summit_promo = SummitPromoBlock(group="Home sections")
    welcome = WelcomeBlock(group="Home sections")
    calls_to_action = CallToActionRowBlock(group="Home sections")
    featured_webinar = FeaturedWebinarBlock(group="Home sections")
    directory_teaser = DirectoryTeaserBlock(group="Home sections")
    latest_blog_posts = LatestBlogPostsBlock(group="Home sections")
