"""schema.org Event JSON-LD for summits, their sessions and webinars, as search
engines read it (Google's required properties: name, startDate, location)."""

from wagtail.models import Site

SCHEMA = "https://schema.org/"
OFFLINE = SCHEMA + "OfflineEventAttendanceMode"
ONLINE = SCHEMA + "OnlineEventAttendanceMode"
SCHEDULED = SCHEMA + "EventScheduled"


def person(author):
    data = {"@type": "Person", "name": author.display_name}
    if author.honorific:
        data["honorificPrefix"] = author.honorific
    if author.role:
        data["jobTitle"] = author.role
    if author.organization:
        data["affiliation"] = {"@type": "Organization", "name": author.organization}
    return data


def organizer(page, request):
    site = Site.find_for_request(request) if request else page.get_site()
    if site is None:
        return {"@type": "Organization", "name": "Social Media Health Network"}
    return {"@type": "Organization", "name": site.site_name, "url": site.root_url}


def place(summit, room=""):
    address = {
        "@type": "PostalAddress",
        "streetAddress": summit.street_address,
        "addressLocality": summit.city,
        "addressRegion": summit.region,
        "postalCode": summit.postal_code,
        "addressCountry": summit.country,
    }
    data = {
        "@type": "Place",
        "name": ", ".join(filter(None, [room, summit.venue_name])) or summit.city,
        "address": {key: value for key, value in address.items() if value},
    }
    if summit.map_url:
        data["hasMap"] = summit.map_url
    return data


def offer(tier, url):
    data = {
        "@type": "Offer",
        "name": tier.name,
        "price": str(tier.price),
        "priceCurrency": tier.currency,
        "availability": SCHEMA + "InStock",
        "url": url,
    }
    if tier.included:
        data["description"] = tier.included
    return data


def session_event(session, summit, url):
    """One session: a sub-event of the summit, in its room."""
    return {
        "@type": "Event",
        "@id": f"{url}#session-{session.pk}",
        "name": session.title,
        "description": session.abstract,
        "startDate": session.starts_at().isoformat(),
        "endDate": session.ends_at().isoformat(),
        "eventAttendanceMode": OFFLINE,
        "eventStatus": SCHEDULED,
        "location": place(summit, session.room),
        "performer": [person(author) for author in session.speakers()],
        "url": f"{url}#session-{session.pk}",
    }


def summit_event(summit, request=None):
    """The summit as an Event with its sessions as sub-events and its tiers as offers."""
    url = summit.get_full_url(request)
    sessions = summit.sessions()
    performers = {}
    for session in sessions:
        for author in session.speakers():
            performers.setdefault(author.pk, person(author))
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": summit.title,
        "description": summit.tagline,
        "url": url,
        "startDate": summit.localize(summit.starts_at).isoformat(),
        "endDate": summit.localize(summit.ends_at).isoformat(),
        "eventAttendanceMode": OFFLINE,
        "eventStatus": SCHEDULED,
        "location": place(summit),
        "organizer": organizer(summit, request),
        "performer": list(performers.values()),
        "offers": [offer(tier, url) for tier in summit.pricing_tiers.all()],
        "subEvent": [session_event(session, summit, url) for session in sessions],
    }


def webinar_event(webinar, request=None):
    """A webinar as an online Event."""
    url = webinar.get_full_url(request)
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": webinar.title,
        "description": webinar.abstract,
        "url": url,
        "startDate": webinar.localize(webinar.starts_at).isoformat(),
        "endDate": webinar.localize(webinar.ends_at).isoformat(),
        "eventAttendanceMode": ONLINE,
        "eventStatus": SCHEDULED,
        "location": {
            "@type": "VirtualLocation",
            "url": webinar.registration_url or url,
        },
        "organizer": organizer(webinar, request),
        "performer": [person(author) for author in webinar.presenters()],
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "USD",
            "availability": SCHEMA + "InStock",
            "url": webinar.registration_url or url,
        },
    }
