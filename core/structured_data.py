"""schema.org JSON-LD the whole site shares: the network as an Organization, the WebSite
with its search, the image a shared page shows, and the safe <script> that carries it."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe

from core.models import NetworkSettings

SHARE_IMAGE_SPEC = "fill-1200x630"
LOGO_SPEC = "max-512x512"
FALLBACK_LOGO = "core/img/favicon.svg"

# The characters that could end a <script> element or open a comment inside one,
# escaped the way Django's json_script filter escapes them.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def share_image(page, network_settings=None):
    """The image shown when `page` is shared: the page type's choice, or the site's."""
    get_share_image = getattr(page, "get_share_image", None)
    image = get_share_image() if get_share_image else None
    if image is None and network_settings is not None:
        image = network_settings.default_social_image
    return image


def image_object(image, spec=SHARE_IMAGE_SPEC):
    # get_renditions, unlike get_rendition, does not write a rendition it found
    # (prefetched or cached) back to the shared cache on every page view.
    (rendition,) = image.get_renditions(spec).values()  # keyed by the cleaned spec
    return {
        "@type": "ImageObject",
        "url": rendition.full_url,
        "width": rendition.width,
        "height": rendition.height,
    }


def network_settings(site, request=None):
    """The site's NetworkSettings, read once per request when there is a request."""
    if request is not None:
        return NetworkSettings.for_request(request)
    return NetworkSettings.for_site(site)


def site_root(site):
    return f"{site.root_url}/"


def organization(site, request=None):
    """The network as a schema.org Organization: name, address, logo, profiles, e-mail."""
    network = network_settings(site, request)
    root = site_root(site)
    data = {
        "@type": "Organization",
        "@id": f"{root}#organization",
        "name": site.site_name,
        "url": root,
    }
    if network.logo is not None:
        data["logo"] = image_object(network.logo, LOGO_SPEC)
    else:
        data["logo"] = {
            "@type": "ImageObject",
            "url": f"{site.root_url}{static(FALLBACK_LOGO)}",
        }
    profiles = [profile.value["url"] for profile in network.social_profiles]
    if profiles:
        data["sameAs"] = profiles
    if network.contact_email:
        data["email"] = network.contact_email
    return data


def website(site):
    """The site as a schema.org WebSite whose search engines can query ours."""
    root = site_root(site)
    return {
        "@type": "WebSite",
        "@id": f"{root}#website",
        "name": site.site_name,
        "url": root,
        "publisher": {"@id": f"{root}#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{site.root_url}{reverse('search')}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def home_graph(site, request=None):
    """What the home page tells search engines: the Organization and the WebSite."""
    return {
        "@context": "https://schema.org",
        "@graph": [organization(site, request), website(site)],
    }


def json_ld_script(data):
    """`data` in a <script type="application/ld+json"> element, safe inside HTML.

    Browsers never execute this type of script, so the site's CSP allows it.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - the only markup left in payload is escaped above
        '<script type="application/ld+json">'
        f"{payload.translate(_SCRIPT_ESCAPES)}"
        "</script>"
    )
