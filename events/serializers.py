"""API representations of events (v2 and v3): times with offsets, days, sessions,
speakers with photo renditions, pricing, hotels and venue.

Fields read only what `events.prefetch` loads, so a listing costs the same number of
queries however many events it holds.
"""

from typing import Any

from rest_framework.fields import Field
from typing_extensions import TypedDict

from core.blocks.api import PhotoDict, photo_api_representation


class SpeakerDict(TypedDict):
    name: str
    honorific: str
    display_name: str
    slug: str
    role: str
    organization: str
    photo: PhotoDict | None


class SessionDict(TypedDict):
    id: int
    title: str
    kind: str
    starts_at: str
    ends_at: str
    room: str
    abstract: str
    speakers: list[SpeakerDict]


class DayDict(TypedDict):
    date: str
    title: str
    sessions: list[SessionDict]


class TierDict(TypedDict):
    id: int
    name: str
    price: str
    currency: str
    member_price: str | None
    early_bird_price: str | None
    early_bird_deadline: str | None
    included: str
    capacity: int | None


class HotelDict(TypedDict):
    name: str
    address: str
    booking_url: str
    rate: str
    booking_cutoff: str | None
    note: str


class VenueDict(TypedDict):
    name: str
    street_address: str
    city: str
    region: str
    postal_code: str
    country: str
    map_url: str


def iso(value):
    return value.isoformat() if value is not None else None


def decimal(value):
    return str(value) if value is not None else None


class ReadOnlyField(Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class LocalTimeField(ReadOnlyField):
    """An aware datetime as ISO 8601 with the event's own UTC offset."""

    def get_attribute(self, instance):
        return instance.localize(getattr(instance, self.source))

    def to_representation(self, value) -> str | None:
        return iso(value)


class SpeakersField(ReadOnlyField):
    """People in announced order, each with square photo renditions."""

    def to_representation(self, authors) -> list[SpeakerDict]:
        return [speaker_dict(author) for author in authors]


def speaker_dict(author):
    return SpeakerDict(
        name=author.name,
        honorific=author.honorific,
        display_name=author.display_name,
        slug=author.slug,
        role=author.role,
        organization=author.organization,
        photo=photo_api_representation(author.photo),
    )


class DaysField(ReadOnlyField):
    """The programme: days in order, each with its sessions and their speakers."""

    def to_representation(self, days) -> list[DayDict]:
        return [
            DayDict(
                date=iso(day.date),
                title=day.title,
                sessions=[
                    SessionDict(
                        id=session.pk,
                        title=session.title,
                        kind=session.kind,
                        starts_at=iso(session.starts_at()),
                        ends_at=iso(session.ends_at()),
                        room=session.room,
                        abstract=session.abstract,
                        speakers=[
                            speaker_dict(author) for author in session.speakers()
                        ],
                    )
                    for session in day.sessions.all()
                ],
            )
            for day in days.all()
        ]


class PricingField(ReadOnlyField):
    """Pricing tiers in order; amounts as decimal strings with their ISO 4217 currency."""

    def to_representation(self, tiers) -> list[TierDict]:
        return [
            TierDict(
                id=tier.pk,
                name=tier.name,
                price=decimal(tier.price),
                currency=tier.currency,
                member_price=decimal(tier.member_price),
                early_bird_price=decimal(tier.early_bird_price),
                early_bird_deadline=iso(tier.early_bird_deadline),
                included=tier.included,
                capacity=tier.capacity,
            )
            for tier in tiers.all()
        ]


class HotelsField(ReadOnlyField):
    """Partner hotels with their room-rate links."""

    def to_representation(self, hotels) -> list[HotelDict]:
        return [
            HotelDict(
                name=hotel.name,
                address=hotel.address,
                booking_url=hotel.booking_url,
                rate=hotel.rate,
                booking_cutoff=iso(hotel.booking_cutoff),
                note=hotel.note,
            )
            for hotel in hotels.all()
        ]


class VenueField(ReadOnlyField):
    """Where the summit takes place."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, page) -> VenueDict:
        return VenueDict(
            name=page.venue_name,
            street_address=page.street_address,
            city=page.city,
            region=page.region,
            postal_code=page.postal_code,
            country=page.country,
            map_url=page.map_url,
        )


class StatusField(ReadOnlyField):
    """upcoming, live or past, from the clock at the time of the request."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, page) -> str:
        return page.status()


class KindField(ReadOnlyField):
    """summit or webinar."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, page) -> Any:
        return page.kind
