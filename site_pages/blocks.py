"""Blocks used only on the home page."""

import datetime

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Site

from blog.models import BlogIndexPage, BlogPage
from core.blocks.content import ParagraphBlock
from core.blocks.links import CallToActionBlock, LinkBlock


class SummitDayBlock(blocks.StructBlock):
    """One day of the Summit programme."""

    date = blocks.DateBlock()
    title = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False, max_length=400)

    class Meta:
        icon = "date"


class HotelBlock(blocks.StructBlock):
    """A partner hotel with its special-rate booking link."""

    name = blocks.CharBlock(max_length=120)
    booking_url = blocks.URLBlock(label="Special rate booking URL")

    class Meta:
        icon = "home"


class SummitPromoBlock(blocks.StructBlock):
    """The hero: the yearly Summit's dates, city, programme and links."""

    headline = blocks.CharBlock(max_length=120)
    tagline = blocks.CharBlock(required=False, max_length=160)
    city = blocks.CharBlock(max_length=80)
    start_date = blocks.DateBlock()
    end_date = blocks.DateBlock()
    days = blocks.ListBlock(SummitDayBlock(), min_num=1, max_num=7)
    links = blocks.ListBlock(
        LinkBlock(), max_num=4, label="Schedule and registration links"
    )
    venue = blocks.CharBlock(max_length=120, help_text="e.g. The Doubletree")
    hotels = blocks.ListBlock(HotelBlock(), max_num=6, label="Partner hotels")
    image = ImageChooserBlock(
        required=False,
        help_text="Shown beside the programme on wide screens. 1200×630 works best; "
        "its description is the alt text.",
    )

    class Meta:
        icon = "date"
        description = "The Summit: dates, city, programme, registration and hotels"
        template = "site_pages/blocks/summit_promo_block.html"
        preview_value = {
            "headline": "We've completely redesigned our Summit!",
            "tagline": "Join us in Rochester this June",
            "city": "Rochester",
            "start_date": datetime.date(2015, 6, 15),
            "end_date": datetime.date(2015, 6, 16),
            "days": [
                {"date": datetime.date(2015, 6, 15), "title": "Social Media Residency"},
                {
                    "date": datetime.date(2015, 6, 16),
                    "title": "Case studies and Grand Rounds",
                },
            ],
            "links": [
                {"text": "Check out the full schedule", "url": "https://example.org/"}
            ],
            "venue": "The Doubletree",
            "hotels": [
                {"name": "The Doubletree", "booking_url": "https://example.org/"}
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_date"), value.get("end_date")
        if start and end and end < start:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "end_date": ValidationError(
                        "The Summit cannot end before it starts."
                    )
                }
            )
        return value


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


class FeaturedWebinarBlock(blocks.StructBlock):
    """A webinar to highlight, with its summary and a link."""

    title = blocks.CharBlock(max_length=200)
    summary = blocks.TextBlock(max_length=600)
    link = LinkBlock(required=False)

    class Meta:
        icon = "media"
        description = "A featured webinar"
        template = "site_pages/blocks/featured_webinar_block.html"
        preview_value = {
            "title": "Internal communications - Engaging and social news delivery strategies",
            "summary": "Is there more to internal communication than newsletters?",
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
        context["posts"] = posts.for_cards()[: value["count"]]
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
