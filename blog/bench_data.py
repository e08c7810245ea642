"""Benchmark posts: authors, tags, a series, feed images and multi-block bodies."""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model

from PIL import Image

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Series
from core.bench_data import generator
from core.models import Author

WORDS = [
    "patients",
    "clinicians",
    "hospital",
    "social",
    "media",
    "guideline",
    "privacy",
    "community",
    "network",
    "engagement",
    "health",
    "care",
    "policy",
    "trust",
    "conversation",
    "reputation",
    "campaign",
    "nurses",
    "physicians",
    "research",
    "evidence",
    "listening",
    "outreach",
    "education",
    "safety",
    "crisis",
]
TAGS = [
    "social media guidelines",
    "patient engagement",
    "hipaa",
    "crisis communication",
    "nursing",
    "research",
    "marketing",
    "public health",
    "podcasts",
    "video",
]
AUTHORS = 24
IMAGES = 8
FIRST_DATE = datetime.date(2012, 1, 1)


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(rng, number):
    """Heading, paragraphs and a quote: the blocks posts are mostly made of."""
    paragraphs = [
        ("paragraph", "<p>" + " ".join(sentence(rng) for _ in range(5)) + "</p>")
        for _ in range(3)
    ]
    quote = {"quote": sentence(rng, 20), "attribution": "A reader", "role": ""}
    return [
        ("heading", {"text": f"Part {number}: {sentence(rng, 4)}", "level": "h2"}),
        paragraphs[0],
        ("quote", quote),
        *paragraphs[1:],
    ]


def make_images(rng):
    images = []
    for number in range(IMAGES):
        buffer = io.BytesIO()
        colour = tuple(rng.randrange(256) for _ in range(3))
        Image.new("RGB", (800, 450), colour).save(buffer, "JPEG")
        images.append(
            get_image_model().objects.create(
                title=f"Benchmark image {number}",
                description=f"A plain colour field, benchmark image {number}",
                file=ImageFile(buffer, name=f"bench-{number}.jpg"),
            )
        )
    return images


@generator("posts", help="Blog posts to add under the blog index.")
def generate_posts(count, rng, progress):
    """count live posts, every fourth in one numbered series."""
    index = BlogIndexPage.objects.first()
    if index is None:
        raise LookupError("No blog index: run load_seed_content first.")
    authors = [
        Author.objects.get_or_create(
            slug=f"bench-author-{n}", defaults={"name": f"Bench Author {n}"}
        )[0]
        for n in range(AUTHORS)
    ]
    images = make_images(rng)
    series, _ = Series.objects.get_or_create(
        title="Benchmark Series", defaults={"item_label": "Guideline"}
    )
    start = BlogPage.objects.count()
    next_number = (
        max(series.posts.values_list("series_number", flat=True), default=0) + 1
    )
    for offset in range(count):
        number = start + offset
        in_series = number % 4 == 3
        title = f"{sentence(rng, 5)[:-1]} {number}"
        post = BlogPage(
            title=title,
            slug=slugify(f"bench-{number}-{title}")[:80],
            date=FIRST_DATE + datetime.timedelta(days=number % 5000),
            excerpt=sentence(rng, 30),
            body=body(rng, number),
            feed_image=images[number % IMAGES],
            series=series if in_series else None,
            series_number=next_number if in_series else None,
        )
        next_number += in_series
        post.tags.add(*rng.sample(TAGS, 3))
        post.post_authors = [
            BlogPageAuthor(author=authors[number % AUTHORS], sort_order=0),
            BlogPageAuthor(author=authors[(number * 7 + 1) % AUTHORS], sort_order=1),
        ]
        index.add_child(instance=post)
        progress.advance()
