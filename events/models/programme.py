"""A summit's programme: days, their sessions, and each session's speakers in order."""

from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

SESSION_KINDS = [
    ("workshop", "Workshop"),
    ("case_study", "Case study"),
    ("problem_solving", "Problem-solving"),
    ("consultation", "Consultation"),
    ("keynote", "Keynote / grand rounds"),
    ("break", "Break"),
    ("meal", "Meal"),
]


class SessionSpeaker(Orderable):
    """One speaker of a session, in the order they are announced."""

    session = ParentalKey(
        "events.Session", related_name="session_speakers", on_delete=models.CASCADE
    )
    author = models.ForeignKey(
        "core.Author", related_name="session_links", on_delete=models.CASCADE
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = "speaker"


class Session(ClusterableModel, Orderable):
    """One item of a day's programme: a talk, workshop, break or meal."""

    day = ParentalKey(
        "events.SummitDay", related_name="sessions", on_delete=models.CASCADE
    )
    start_time = models.TimeField(help_text="In the summit's time zone.")
    end_time = models.TimeField(help_text="In the summit's time zone.")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=SESSION_KINDS, default="workshop")
    abstract = models.TextField(blank=True, max_length=2000)
    room = models.CharField(max_length=120, blank=True, help_text="e.g. Ballroom A")

    panels = [
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("room")]),
        FieldPanel("abstract"),
        InlinePanel("session_speakers", label="Speakers"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "session"

    def __str__(self):
        return self.title

    @property
    def summit(self):
        return self.day.summit

    def speakers(self):
        return [link.author for link in self.session_speakers.all()]

    def starts_at(self):
        return self.summit.local_datetime(self.day.date, self.start_time)

    def ends_at(self):
        return self.summit.local_datetime(self.day.date, self.end_time)

    @property
    def duration(self):
        return self.ends_at() - self.starts_at()

    def uid(self):
        """A calendar/schedule identifier that survives edits of the title or times."""
        return f"session-{self.pk}@smhn-summit-{self.day.summit_id}"


class SummitDay(ClusterableModel, Orderable):
    """One day of the summit's programme, e.g. June 15: Social Media Residency."""

    summit = ParentalKey(
        "events.SummitPage", related_name="days", on_delete=models.CASCADE
    )
    date = models.DateField()
    title = models.CharField(max_length=200, help_text="e.g. Social Media Residency")

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("title")]),
        InlinePanel("sessions", label="Sessions"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "day"

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.title}"
