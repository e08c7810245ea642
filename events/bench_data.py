"""Benchmark events: webinars, one a week from 2012, under the events index."""

import datetime

from core.bench_data import generator
from events.models import EventIndexPage, WebinarPage

FIRST_DATE = datetime.date(2012, 1, 4)
TOPICS = ["physicians", "privacy", "crisis communication", "patient stories", "video"]


@generator("events", help="Webinars to add under the events index.")
def generate_events(count, rng, progress):
    """count live webinars, weekly, each an hour at 13:00 New York time."""
    index = EventIndexPage.objects.first()
    if index is None:
        raise LookupError("No events index: run load_seed_content first.")
    start = WebinarPage.objects.count()
    for number in range(start, start + count):
        topic = rng.choice(TOPICS)
        index.add_child(
            instance=WebinarPage(
                title=f"Webinar {number}: social media and {topic}",
                slug=f"bench-webinar-{number}",
                time_zone="America/New_York",
                date=FIRST_DATE + datetime.timedelta(weeks=number),
                start_time=datetime.time(13, 0),
                duration=60,
                abstract=f"An hour on {topic} for health care communicators.",
            )
        )
        progress.advance()
