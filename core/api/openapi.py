"""The v3 OpenAPI document, completed so it is honest about what the API answers.

`honest_openapi_schema(original)` wraps NinjaAPI.get_openapi_schema; every operation of
every router (Wagtail's and any router a project adds later) gets, generically:

- the error statuses it can answer, as `application/problem+json` with one error schema:
  400 (guards, see core/api/guards.py), 404, 422 (validation) for every operation; 401 and
  403 where a token is required; 413 and 415 where a body is accepted; statuses a router
  declares itself (429 on rate-limited posts) keep their place with the right media type;
- `limit`/`offset`/`search` bounds in the parameter schemas, as the guards enforce them;
- a tag and a summary, global tag descriptions, `servers` with the public base URL;
- no components that nothing references.
"""

import copy
import re

from django.conf import settings

from core.api.guards import OFFSET_MAX, SEARCH_MAX_LENGTH

PROBLEM_JSON = "application/problem+json"
PROBLEM_REF = "#/components/schemas/ProblemDetail"
PROBLEM_SCHEMA = {
    "title": "ProblemDetail",
    "description": "An RFC 9457 problem: what went wrong, and for validation, where.",
    "type": "object",
    "properties": {
        "type": {
            "type": "string",
            "description": "`about:blank` for plain HTTP errors.",
        },
        "title": {"type": "string", "description": "The HTTP status phrase."},
        "status": {"type": "integer", "description": "The HTTP status code."},
        "detail": {"type": "string", "description": "What went wrong, for people."},
        "errors": {
            "type": "array",
            "description": "Validation errors: `loc` locates the input, `msg` explains.",
            "items": {"type": "object", "additionalProperties": True},
        },
    },
    "required": ["type", "title", "status"],
}
ERROR_DESCRIPTIONS = {
    "400": "Bad request: a query parameter no endpoint accepts (see `detail`).",
    "401": "Authentication required: no valid bearer token was given.",
    "403": "Forbidden: the token's user may not do this.",
    "404": "Not found.",
    "413": "Content too large: the request body is over the endpoint's limit.",
    "415": "Unsupported media type: send `Content-Type: application/json`.",
    "422": "Validation failed: `errors` lists each problem and where it is.",
    "429": "Too many requests: retry after the `Retry-After` header's seconds.",
}
TAG_DESCRIPTIONS = {
    "pages": "Published pages of the site: listings, detail, path resolution.",
    "images": "Images with their renditions.",
    "documents": "Documents with their download URLs.",
    "redirects": "The site's redirects.",
    "snippets": "Snippets (a bearer token is required).",
    "sites": "Sites (a bearer token is required).",
    "schema": "Per content type JSON schemas (a bearer token is required).",
    "auth": "The bearer token's user.",
    "comments": "Readers' comments on blog posts: approved ones, and posting for moderation.",
    "preview": "Drafts for the front end's preview, by a token from the admin.",
    "site": "Navigation and site settings for front ends.",
}
HTTP_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "trace"}


def honest_openapi_schema(original):
    """Wrap `NinjaAPI.get_openapi_schema` so the document it returns is complete."""

    def get_openapi_schema(*args, **kwargs):
        return complete_document(original(*args, **kwargs))

    return get_openapi_schema


def complete_document(schema):
    """Complete `schema` in place (see the module docstring) and return it."""
    components = schema.setdefault("components", {})
    anonymous = _drop_anonymous_scheme(components.get("securitySchemes", {}))
    components.setdefault("schemas", {})["ProblemDetail"] = copy.deepcopy(
        PROBLEM_SCHEMA
    )
    schema["servers"] = [
        {"url": settings.SITE_BASE_URL, "description": "The public site."}
    ]
    tags = set()
    for path, path_item in schema.get("paths", {}).items():
        for method, operation in list(path_item.items()):
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            if _uncallable(operation):
                del path_item[method]
                continue
            _describe_security(operation, anonymous)
            _describe_operation(path, method, operation)
            _bound_parameters(operation)
            _describe_errors(path, method, operation)
            tags.update(operation["tags"])
    known = {tag["name"]: tag for tag in schema.get("tags", [])}
    schema["tags"] = [
        known.get(tag)
        or {"name": tag, "description": TAG_DESCRIPTIONS.get(tag, f"The {tag} API.")}
        for tag in sorted(tags)
    ]
    schema["paths"] = {path: item for path, item in schema["paths"].items() if item}
    _drop_unused_components(schema)
    return schema


def _drop_anonymous_scheme(schemes):
    """Wagtail 8.0.1 declares AllowAnonymous as an http scheme without a `scheme`,
    which validators reject; anonymous access is optional auth (`{}`) instead."""
    anonymous = {
        name
        for name, scheme in schemes.items()
        if scheme.get("type") == "http" and "scheme" not in scheme
    }
    for name in anonymous:
        del schemes[name]
    return anonymous


def _uncallable(operation):
    """True when a path parameter admits only the empty string, as Wagtail's snippet
    actions do when no snippet model supports them: no URL reaches the operation."""
    return any(
        parameter.get("in") == "path"
        and (
            parameter.get("schema", {}).get("const") == ""
            or parameter.get("schema", {}).get("enum") == []
        )
        for parameter in operation.get("parameters", [])
    )


def _describe_security(operation, anonymous):
    if "security" in operation:
        operation["security"] = [
            {} if anonymous & set(requirement) else requirement
            for requirement in operation["security"]
        ]


def _describe_operation(path, method, operation):
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    resource = segments[2] if len(segments) > 2 else segments[-1]
    operation.setdefault("tags", [resource])
    if not operation.get("summary"):
        words = operation.get("operationId") or f"{method} {resource}"
        operation["summary"] = re.sub(r"[_\W]+", " ", words).strip().capitalize()


def _bound_parameters(operation):
    limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or OFFSET_MAX
    for parameter in operation.get("parameters", []):
        if parameter.get("in") != "query":
            continue
        schema = parameter.get("schema", {})
        name = parameter.get("name")
        if name == "limit" and schema.get("type") == "integer":
            schema["minimum"] = max(schema.get("minimum", 1), 1)
            schema["maximum"] = min(schema.get("maximum", limit_max), limit_max)
        elif name == "offset" and schema.get("type") == "integer":
            schema["minimum"] = max(schema.get("minimum", 0), 0)
            schema["maximum"] = min(schema.get("maximum", OFFSET_MAX), OFFSET_MAX)
        elif name == "search":
            for option in schema.get("anyOf", [schema]):
                if option.get("type") == "string":
                    option["maxLength"] = SEARCH_MAX_LENGTH
                    # Not blank, and no NUL characters.
                    option["pattern"] = r"^[^\u0000]*\S[^\u0000]*$"


def _describe_errors(path, method, operation):
    responses = operation.setdefault("responses", {})
    for status in [s for s in responses if not isinstance(s, str)]:
        responses[str(status)] = responses.pop(status)
    statuses = {"400", "404", "422"}
    if not any(requirement == {} for requirement in operation.get("security", [{}])):
        statuses |= {"401", "403"}
    if "requestBody" in operation:
        statuses |= {"413", "415"}
    for status in sorted(statuses | {s for s in responses if s.startswith("4")}):
        response = responses.setdefault(status, {})
        response["description"] = ERROR_DESCRIPTIONS.get(
            status, response.get("description") or "Client error."
        )
        response["content"] = {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_REF}}}


def _drop_unused_components(schema):
    """Remove component schemas that no path references, directly or through others."""
    schemas = schema.get("components", {}).get("schemas", {})
    prefix = "#/components/schemas/"
    used, pending = set(), list(_refs(schema.get("paths", {})))
    while pending:
        name = pending.pop()[len(prefix) :]
        if name in used or name not in schemas:
            continue
        used.add(name)
        pending.extend(_refs(schemas[name]))
    for name in set(schemas) - used:
        del schemas[name]


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)
