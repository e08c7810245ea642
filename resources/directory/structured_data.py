"""schema.org JSON-LD for listed organizations: an Organization with `sameAs` links."""


def organization_data(organization, url=None):
    """A schema.org Organization; its profiles are the `sameAs` addresses."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organization.name,
        "url": organization.website,
        "sameAs": [profile.url for profile in organization.profiles.all()],
    }
    if url:
        data["@id"] = url
    if organization.description:
        data["description"] = organization.description
    address = {
        key: value
        for key, value in (
            ("addressLocality", organization.city),
            ("addressRegion", organization.region),
            ("addressCountry", organization.country),
        )
        if value
    }
    if address:
        data["address"] = {"@type": "PostalAddress", **address}
    return data


def item_list(organizations, url_for, *, start=1):
    """A page of the directory as a schema.org ItemList of Organizations."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "item": {
                    key: value
                    for key, value in organization_data(
                        organization, url_for(organization)
                    ).items()
                    if key != "@context"
                },
            }
            for position, organization in enumerate(organizations, start=start)
        ],
    }
