"""What the directory page serves: the list, an organization, and the "Add yours" form."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.shortcuts import redirect

from core.structured_data import json_ld_script
from core.submissions import body_too_large, too_large_message
from resources.directory.forms import (
    HONEYPOT_FIELD,
    OrganizationSubmissionForm,
    profile_formset,
)
from resources.directory.query import DirectoryFilterForm, DirectoryQuery
from resources.directory.services import Outcome, submit_organization
from resources.directory.structured_data import item_list, organization_data

STATUS_FOR_OUTCOME = {
    Outcome.INVALID: 400,
    Outcome.DUPLICATE: 409,
    Outcome.RATE_LIMITED: 429,
}


def serve_directory(request, page):
    """One page of approved organizations, narrowed and sorted as the query string says."""
    form = DirectoryFilterForm(request.GET)
    # A filter that is not understood is left out (cleaned_data keeps only valid
    # fields) and the form says why, with a 400 so the view is not indexed.
    status = 200 if form.is_valid() else 400
    query = DirectoryQuery.from_form(form)
    paginator = Paginator(query.results(), page.per_page)
    organizations = paginator.get_page(request.GET.get("page"))

    def url_for(organization):
        return page.organization_url(organization, request=request)

    response = page.render(
        request,
        context_overrides={
            "filter_form": form,
            "query": query,
            "organizations": organizations,
            "page_range": paginator.get_elided_page_range(
                organizations.number, on_each_side=2, on_ends=1
            ),
            "page_query": urlencode(query.query_string_items()),
            "facets": query.facets(),
            "json_ld": json_ld_script(
                item_list(organizations, url_for, start=organizations.start_index())
            ),
        },
    )
    response.status_code = status
    return response


def serve_organization(request, page, organization):
    url = page.organization_url(organization, request=request)
    return page.render(
        request,
        template="resources/organization.html",
        context_overrides={
            "organization": organization,
            "canonical_url": url,
            "json_ld": json_ld_script(organization_data(organization, url)),
        },
    )


def serve_submission_form(request, page):
    """GET shows the form; POST saves a pending organization or shows what to fix."""
    if request.method != "POST":
        return render_form(
            request, page, OrganizationSubmissionForm(), profile_formset()
        )
    limit = settings.DIRECTORY_MAX_BODY_BYTES
    if body_too_large(request, limit):
        return refuse_too_large(request, page)
    try:
        data = request.POST
    except RequestDataTooBig:
        return refuse_too_large(request, page)

    submission = submit_organization(data, request)
    if submission.accepted:
        return redirect(page.url + page.reverse_subpage("thanks"))
    response = render_form(
        request,
        page,
        submission.form,
        submission.profiles,
        status=STATUS_FOR_OUTCOME[submission.outcome],
    )
    if submission.outcome is Outcome.RATE_LIMITED:
        response["Retry-After"] = str(submission.retry_after)
    return response


def refuse_too_large(request, page):
    # The body is never parsed, so there is nothing to give back; say why instead.
    error = too_large_message(settings.DIRECTORY_MAX_BODY_BYTES, "submission")
    return render_form(
        request,
        page,
        OrganizationSubmissionForm(),
        profile_formset(),
        status=413,
        error=error,
    )


def render_form(request, page, form, profiles, *, status=200, error=""):
    response = page.render(
        request,
        template="resources/directory_add.html",
        context_overrides={
            "form": form,
            "profiles": profiles,
            "honeypot": form[HONEYPOT_FIELD],
            "form_error": error,
            "canonical_url": page.route_url("add", request=request),
        },
    )
    response.status_code = status
    return response
