"""The summit's schedule in the frab/c3voc schedule.json format that pretalx and
conference-schedule apps exchange: schedule.conference.days[].rooms{room: [events]}.

Validated in the tests against the c3voc schedule JSON schema (Draft 6).
"""

import datetime
import re
import uuid

from django.utils.text import slugify

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
# Names the schema accepts for time_zone_name; other zones are left out.
TIME_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://socialmedia.mayoclinic.org/")
DEFAULT_ROOM = "Main room"


def guid(kind, pk):
    """A UUID that stays the same for one record, whatever is edited."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{pk}"))


def hours_minutes(delta):
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def acronym(summit):
    """The summit's slug in the schema's acronym alphabet (no inner hyphens)."""
    value = re.sub(r"[^a-z0-9_]", "_", summit.slug.lower())
    return value if len(value) >= 4 else f"smhn_{value}"


def room_name(session, summit):
    return session.room or summit.venue_name or DEFAULT_ROOM


def person(author, request):
    entry = {"guid": guid("person", author.pk), "name": author.display_name}
    if author.role or author.organization:
        entry["biography"] = ", ".join(filter(None, [author.role, author.organization]))
    return entry


def session_entry(session, summit, url, request):
    starts, ends = session.starts_at(), session.ends_at()
    return {
        "guid": guid("session", session.pk),
        "id": session.pk,
        "date": starts.isoformat(),
        "start": f"{starts:%H:%M}",
        "end": ends.isoformat(),
        "duration": hours_minutes(ends - starts),
        "room": room_name(session, summit),
        "slug": f"{session.pk}-{slugify(session.title)}".rstrip("-"),
        "url": f"{url}#session-{session.pk}",
        "title": session.title,
        "subtitle": "",
        "track": None,
        "type": session.kind,
        "language": "en",
        "abstract": session.abstract,
        "description": "",
        "persons": [person(author, request) for author in session.speakers()],
        "links": [],
    }


def day_entry(index, day, summit, url, request):
    sessions = list(day.sessions.all())
    if sessions:
        day_start = min(s.starts_at() for s in sessions)
        day_end = max(s.ends_at() for s in sessions)
    else:
        day_start = summit.local_datetime(day.date, datetime.time.min)
        day_end = day_start
    rooms = {}
    for session in sorted(sessions, key=lambda s: s.start_time):
        rooms.setdefault(room_name(session, summit), []).append(
            session_entry(session, summit, url, request)
        )
    return {
        "index": index,
        "date": day.date.isoformat(),
        "day_start": day_start.isoformat(),
        "day_end": day_end.isoformat(),
        "rooms": rooms,
    }


def frab_schedule(summit, request):
    """The whole programme of `summit` as a schedule.json document."""
    url = summit.get_full_url(request) or ""
    days = list(summit.days.all())
    rooms = sorted({room_name(s, summit) for day in days for s in day.sessions.all()})
    conference = {
        "acronym": acronym(summit),
        "title": summit.title,
        "description": summit.tagline,
        "start": summit.start_date.isoformat(),
        "end": summit.end_date.isoformat(),
        "daysCount": len(days),
        "timeslot_duration": "00:15",
        "url": url,
        "rooms": [
            {"name": name, "guid": guid("room", f"{summit.pk}:{name}")}
            for name in rooms
        ],
        "days": [
            day_entry(index, day, summit, url, request)
            for index, day in enumerate(days, start=1)
        ],
    }
    if TIME_ZONE_NAME.match(summit.time_zone):
        conference["time_zone_name"] = summit.time_zone
    version = summit.last_published_at or summit.latest_revision_created_at
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "SMHN CMS"},
        "schedule": {
            "version": version.isoformat() if version else "draft",
            "base_url": url,
            "conference": conference,
        },
    }
