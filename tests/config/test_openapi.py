"""The v3 OpenAPI document is honest: every status, media type and bound it serves."""

import pytest
from openapi_spec_validator import validate

from core.api.guards import OFFSET_MAX

PROBLEM = {"$ref": "#/components/schemas/ProblemDetail"}


@pytest.fixture
def document(client, db):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    return schema


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_every_operation_documents_its_client_errors_as_problem_json(document):
    for path, method, operation in operations(document):
        responses = operation["responses"]
        for status in ("400", "404", "422"):
            assert responses[status]["content"] == {
                "application/problem+json": {"schema": PROBLEM}
            }, (method, path, status)
        if {} not in operation.get("security", [{}]):
            assert {"401", "403"} <= set(responses), (method, path)
        if "requestBody" in operation:
            assert {"413", "415"} <= set(responses), (method, path)
        assert not any(
            "application/json" in response.get("content", {})
            for status, response in responses.items()
            if status.startswith("4")
        ), (method, path)


def test_a_router_s_own_error_statuses_are_served_as_problem_json(document):
    create = document["paths"]["/api/v3/comments/"]["post"]
    assert create["responses"]["429"]["content"] == {
        "application/problem+json": {"schema": PROBLEM}
    }


def test_limit_and_offset_carry_the_bounds_the_api_enforces(document, settings):
    seen = 0
    for _path, _method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "offset":
                assert parameter["schema"]["maximum"] <= OFFSET_MAX
                assert parameter["schema"]["minimum"] == 0
                seen += 1
            if parameter["name"] == "limit":
                assert parameter["schema"]["maximum"] <= settings.WAGTAILAPI_LIMIT_MAX
                seen += 1
    assert seen > 8


def test_tags_summaries_servers_and_no_unused_components(document, settings):
    assert document["servers"][0]["url"] == settings.SITE_BASE_URL
    declared = {tag["name"] for tag in document["tags"]}
    for path, method, operation in operations(document):
        assert operation["summary"], (method, path)
        assert set(operation["tags"]) <= declared, (method, path)
    text = str(document["paths"]) + str(document["components"]["schemas"])
    for name in document["components"]["schemas"]:
        assert f"#/components/schemas/{name}'" in text, name


def test_operations_no_url_can_reach_are_left_out(document):
    # Wagtail documents snippet actions with `type` fixed to "" when no snippet
    # model supports them; no request can reach those operations.
    for path, _method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            assert parameter["schema"].get("const") != "", path


def test_the_documented_error_media_type_is_the_one_served(client, db):
    response = client.get("/api/v3/pages/", {"offset": OFFSET_MAX + 1})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"] == f"offset cannot be higher than {OFFSET_MAX}"
