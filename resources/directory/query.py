"""One definition of what a directory listing shows, shared by the page and the API.

`DirectoryQuery` reads the reader's search, filters and sort (validated by
`DirectoryFilterForm`), and answers with a page of organizations and facet counts in a
fixed number of SQL queries: one count, one page of rows, one for their profiles and
one aggregate per facet, however many organizations match.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.db.models import Count

from resources.models.organizations import Kind, Network, Organization, SocialProfile

SORTS = {
    "name": ("Name", ("name", "pk")),
    "newest": ("Newest", ("-approved_at", "-pk")),
}
DEFAULT_SORT = "name"
FACETS = ("kind", "region", "country", "network")
MAX_FACET_VALUES = 100


class DirectoryFilterForm(forms.Form):
    """The query string of a listing: every field optional, every value checked."""

    q = forms.CharField(
        label="Search by name",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = forms.ChoiceField(
        label="Kind", required=False, choices=[("", "Any kind"), *Kind.choices]
    )
    region = forms.CharField(label="Region or state", required=False, max_length=100)
    country = forms.CharField(label="Country", required=False, max_length=100)
    network = forms.ChoiceField(
        label="Network", required=False, choices=[("", "Any network"), *Network.choices]
    )
    sort = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=[(key, label) for key, (label, _) in SORTS.items()],
    )


@dataclass
class FacetValue:
    """One value of a facet; `query_string` selects it, or clears it when selected."""

    value: str
    label: str
    count: int
    selected: bool
    query_string: str = ""


@dataclass
class DirectoryQuery:
    """A reader's search, filters and sort over the approved organizations."""

    q: str = ""
    kind: str = ""
    region: str = ""
    country: str = ""
    network: str = ""
    sort: str = DEFAULT_SORT

    @classmethod
    def from_form(cls, form):
        """The query of a valid DirectoryFilterForm (its unchecked data is never used)."""
        data = form.cleaned_data
        return cls(
            q=" ".join(data.get("q", "").split()),
            kind=data.get("kind", ""),
            region=data.get("region", "").strip(),
            country=data.get("country", "").strip(),
            network=data.get("network", ""),
            sort=data.get("sort") or DEFAULT_SORT,
        )

    def filters(self):
        return {name: getattr(self, name) for name in ("q", *FACETS)}

    def filtered(self, *, ignore=None):
        """Approved organizations matching every filter except `ignore` (for its facet)."""
        organizations = Organization.objects.approved()
        for word in self.q.split():  # every word, in any order
            organizations = organizations.filter(name__icontains=word)
        if self.kind and ignore != "kind":
            organizations = organizations.filter(kind=self.kind)
        for name in ("region", "country"):  # typed by hand too: any case
            value = getattr(self, name)
            if value and name != ignore:
                organizations = organizations.filter(**{f"{name}__iexact": value})
        if self.network and ignore != "network":
            organizations = organizations.filter(
                pk__in=SocialProfile.objects.filter(network=self.network).values(
                    "organization_id"
                )
            )
        return organizations

    def results(self):
        """The matching organizations in the reader's order, profiles prefetched."""
        return self.filtered().order_by(*SORTS[self.sort][1]).with_profiles()

    def facets(self):
        """Each facet's values with how many organizations match them, given the other filters.

        A facet ignores its own filter, so its other values show what choosing them would give.
        """
        return {name: self.facet(name) for name in FACETS}

    def facet(self, name):
        organizations = self.filtered(ignore=name)
        if name == "network":
            rows = (
                SocialProfile.objects.filter(
                    organization__in=organizations.values("pk")
                )
                .values("network")
                .annotate(count=Count("organization", distinct=True))
                .values_list("network", "count")
            )
            labels = dict(Network.choices)
        else:
            rows = (
                organizations.exclude(**{name: ""})
                .order_by()
                .values(name)
                .annotate(count=Count("pk"))
                .values_list(name, "count")
            )
            labels = dict(Kind.choices) if name == "kind" else {}
        if name in ("region", "country"):
            rows = rows.order_by("-count", name)[:MAX_FACET_VALUES]
        chosen = getattr(self, name).lower()
        values = []
        for value, count in rows:
            selected = value.lower() == chosen
            change = {name: "" if selected else value}
            values.append(
                FacetValue(
                    value,
                    labels.get(value, value),
                    count,
                    selected,
                    urlencode(self.query_string_items(**change)),
                )
            )
        if labels:  # the order of the choices, as the form lists them
            order = list(labels)
            values.sort(key=lambda facet: order.index(facet.value))
        return values

    def query_string_items(self, **changes):
        """The non-empty parameters of this query, with `changes` applied (for links)."""
        params = {**self.filters(), "sort": self.sort, **changes}
        if params.get("sort") == DEFAULT_SORT:
            params.pop("sort")
        return {key: value for key, value in params.items() if value}
