"""What every front-end page renders besides its content: the main navigation and the
network's settings (contact, social profiles, footer), in Wagtail's v3 API.

Both are for the site the request is for (`Site.find_for_request`, the default site
when the host is the front end's own), mounted by CoreConfig.ready() at
/api/v3/navigation/ and /api/v3/settings/.
"""

from django.http import Http404, HttpRequest

from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail
from wagtail.models import Page, Site

from ninja import Field, Router, Schema

from core.models import NetworkSettings

router = Router(tags=["site"], auth=[AllowAnonymous()])
NO_SITE = "No site is configured."


class MenuItem(Schema):
    id: int
    title: str
    type: str = Field(description="app_label.ModelName")
    url: str | None = Field(description="The page's public URL.")
    children: list["MenuItem"] = Field(description="Its own pages shown in menus.")


class SocialProfile(Schema):
    network: str
    url: str
    handle: str


class SiteSettings(Schema):
    site_name: str
    contact_email: str
    social_profiles: list[SocialProfile]
    footer_text: str


def request_site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(NO_SITE)
    return site


@router.get(
    "/navigation/",
    response={200: list[MenuItem], 404: ProblemDetail},
    url_name="navigation",
    summary="The main navigation",
    description="Live, public pages marked 'Show in menus' under the home page, "
    "with theirs nested (two levels).",
    operation_id="navigation",
)
def navigation(request: HttpRequest):
    home = request_site(request).root_page
    pages = (
        Page.objects.live()
        .public()
        .in_menu()
        .descendant_of(home)
        .filter(depth__lte=home.depth + 2)
        .specific(defer=True)
        .order_by("path")
    )
    items, by_path = [], {}
    for page in pages:
        item = {
            "id": page.pk,
            "title": page.title,
            "type": page.specific_class._meta.label,
            "url": page.get_full_url(request),
            "children": [],
        }
        by_path[page.path] = item
        parent = by_path.get(page.path[: -page.steplen])
        if page.depth == home.depth + 1:
            items.append(item)
        elif parent is not None:
            parent["children"].append(item)
    return items


@router.get(
    "/settings/",
    response={200: SiteSettings, 404: ProblemDetail},
    url_name="site_settings",
    summary="The network's contact, social profiles and footer",
    operation_id="site_settings",
)
def site_settings(request: HttpRequest):
    site = request_site(request)
    settings = NetworkSettings.for_site(site)
    return {
        "site_name": site.site_name or "",
        "contact_email": settings.contact_email,
        "social_profiles": [
            {
                "network": block.value["network"],
                "url": block.value["url"],
                "handle": block.value.get("handle") or "",
            }
            for block in settings.social_profiles
        ],
        "footer_text": settings.footer_text,
    }
