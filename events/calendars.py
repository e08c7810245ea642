"""iCalendar (RFC 5545) exports of summits, their sessions and webinars.

Times are written with a TZID and the matching VTIMEZONE, in the event's own zone;
UIDs come from database ids, so they survive edits of titles and times.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone

import icalendar

PRODID = "-//Social Media Health Network//SMHN CMS//EN"


def new_calendar(name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def finish(calendar):
    """Add the VTIMEZONE of every TZID used, and serialize."""
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def new_event(uid, summary, starts, ends, url=None, description="", location=""):
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("summary", summary)
    event.add("dtstart", starts)
    event.add("dtend", ends)
    if url:
        event.add("url", url)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    return event


def summit_location(summit):
    return ", ".join(filter(None, [summit.venue_name, summit.address_line]))


def summit_event(summit, request):
    """The whole summit as one event."""
    return new_event(
        f"summit-{summit.pk}@smhn",
        summit.title,
        summit.localize(summit.starts_at),
        summit.localize(summit.ends_at),
        url=summit.get_full_url(request),
        description=summit.tagline,
        location=summit_location(summit),
    )


def session_event(session, summit, request):
    """One session: its room and speakers in the location and description."""
    speakers = ", ".join(speaker_label(author) for author in session.speakers())
    location = ", ".join(filter(None, [session.room, summit_location(summit)]))
    description = "\n\n".join(
        filter(None, [f"Speakers: {speakers}" if speakers else "", session.abstract])
    )
    event = new_event(
        session.uid(),
        session.title,
        session.starts_at(),
        session.ends_at(),
        url=summit.get_full_url(request),
        description=description,
        location=location,
    )
    event.add("categories", [session.get_kind_display()])
    for author in session.speakers():
        event.add("x-speaker", speaker_label(author))
    return event


def webinar_event(webinar, request):
    presenters = ", ".join(speaker_label(author) for author in webinar.presenters())
    url = webinar.get_full_url(request)
    description = "\n\n".join(
        filter(
            None, [f"Presenters: {presenters}" if presenters else "", webinar.abstract]
        )
    )
    return new_event(
        f"webinar-{webinar.pk}@smhn",
        webinar.title,
        webinar.localize(webinar.starts_at),
        webinar.localize(webinar.ends_at),
        url=url,
        description=description,
        location=url or "Online",
    )


def speaker_label(author):
    return author.display_name_with_organization()


def summit_calendar(summit, request):
    """Every session of a summit, each its own VEVENT."""
    calendar = new_calendar(f"{summit.title}: schedule")
    for session in summit.sessions():
        calendar.add_component(session_event(session, summit, request))
    return finish(calendar)


def webinar_calendar(webinar, request):
    calendar = new_calendar(webinar.title)
    calendar.add_component(webinar_event(webinar, request))
    return finish(calendar)


def index_calendar(index, events, request):
    """Upcoming summits (each as a whole) and webinars."""
    calendar = new_calendar(index.title)
    for event in events:
        if event.kind == "summit":
            calendar.add_component(summit_event(event, request))
        else:
            calendar.add_component(webinar_event(event, request))
    return finish(calendar)
