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

# Posts are written the way a topical blog's are: each post has a main and a second
# topic, whose words it repeats, over a shared vocabulary drawn by Zipf's law (a word's
# frequency falls with its rank). So a common word ("health", "patients") is in most
# posts, a topic word ("privacy") in the posts on that topic and a few others, and the
# benchmark's search `patients privacy` matches a share of the posts (about 7%), not
# all of them as when every sentence drew from the same 26 words.
TOPICS = {
    "privacy": ["privacy", "hipaa", "consent", "records", "compliance", "security"],
    "guidelines": ["guideline", "policy", "employees", "conduct", "approval", "legal"],
    "crisis": ["crisis", "response", "rumour", "outbreak", "statement", "timeline"],
    "nursing": ["nurses", "shifts", "bedside", "staffing", "students", "mentors"],
    "physicians": ["physicians", "residents", "referrals", "practice", "specialty"],
    "research": ["research", "evidence", "trial", "study", "journal", "findings"],
    "marketing": ["campaign", "reputation", "brand", "audience", "reach", "ads"],
    "community": ["community", "network", "members", "meetup", "volunteers"],
    "listening": ["listening", "conversation", "mentions", "sentiment", "replies"],
    "education": ["education", "webinar", "course", "training", "slides"],
    "video": ["video", "podcast", "episode", "livestream", "camera", "editing"],
    "safety": ["safety", "errors", "reporting", "alerts", "infection", "quality"],
}
# Common words first: each word's weight is 1/rank. Stop words ("the", "of") are in
# the text as in real prose; PostgreSQL's English configuration leaves them out.
COMMON_WORDS = """
the of and to in a is for that on with as it be are this by we our at from have
health care patients hospital social media online people their more can about
time new team post staff help year work share support public information first
make clinic families doctors patient medical story use day world way questions
center week service news example experience local group learn search good blog
advice website system program event part need questions tools today people
week stories photos answers change access visit system message leaders role
content platform twitter facebook youtube linkedin followers comments channel
engagement trust outreach listening policy medicine wellness treatment disease
cancer heart children mothers pharmacy emergency surgery therapy diabetes
"""
VOCABULARY = list(dict.fromkeys(COMMON_WORDS.split()))  # the order is the rank
CUMULATIVE = []
for rank, _word in enumerate(VOCABULARY, start=1):
    CUMULATIVE.append((CUMULATIVE[-1] if CUMULATIVE else 0) + 1 / rank)
MAIN_TOPIC_SHARE = 0.2  # of a post's words, from its main topic
SECOND_TOPIC_SHARE = 0.05
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


def word(rng, topics):
    """A word of a post on `topics` (main, second): mostly common, often topical."""
    draw = rng.random()
    if draw < MAIN_TOPIC_SHARE:
        return rng.choice(TOPICS[topics[0]])
    if draw < MAIN_TOPIC_SHARE + SECOND_TOPIC_SHARE:
        return rng.choice(TOPICS[topics[1]])
    return rng.choices(VOCABULARY, cum_weights=CUMULATIVE)[0]


def sentence(rng, topics, words=12):
    text = " ".join(word(rng, topics) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(rng, number, topics):
    """Heading, paragraphs and a quote: the blocks posts are mostly made of."""
    paragraphs = [
        (
            "paragraph",
            "<p>" + " ".join(sentence(rng, topics) for _ in range(5)) + "</p>",
        )
        for _ in range(3)
    ]
    quote = {"quote": sentence(rng, topics, 20), "attribution": "A reader", "role": ""}
    heading = sentence(rng, topics, 4)
    return [
        ("heading", {"text": f"Part {number}: {heading}", "level": "h2"}),
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
        topics = rng.sample(sorted(TOPICS), 2)
        title = f"{sentence(rng, topics, 5)[:-1]} {number}"
        post = BlogPage(
            title=title,
            slug=slugify(f"bench-{number}-{title}")[:80],
            date=FIRST_DATE + datetime.timedelta(days=number % 5000),
            excerpt=sentence(rng, topics, 30),
            body=body(rng, number, topics),
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
