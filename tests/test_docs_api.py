"""docs/api.md's fenced `http` examples run against the seed site: a doc example that
stops working fails the suite."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
EXAMPLE = re.compile(r"```http\n(.*?)```", re.DOTALL)


def examples():
    for number, block in enumerate(EXAMPLE.findall(DOC.read_text()), start=1):
        request, _, response = block.strip().partition("\n\n")
        yield pytest.param(request, response, id=f"{number}:{request.splitlines()[0]}")


def headers(lines):
    return dict(line.split(": ", 1) for line in lines if line.strip())


pytestmark = pytest.mark.xdist_group("docs-api")


@pytest.fixture
def seeded(seed_content_once, db):
    """The seed site, loaded once for the module (tests/conftest.py)."""


def test_the_document_has_examples():
    assert len(list(examples())) >= 8


@pytest.mark.parametrize(("request_text", "response_text"), list(examples()))
def test_doc_example(client, seeded, request_text, response_text):
    request_line, *request_headers = request_text.splitlines()
    method, path = request_line.split(" ", 1)
    sent = headers(request_headers)
    content_type = sent.pop("Content-Type", "application/octet-stream")
    response = client.generic(
        method, path, data=b"{}", content_type=content_type, headers=sent
    )
    status_line, *expected_headers = response_text.splitlines()
    assert response.status_code == int(status_line.split()[1]), response.content[:300]
    for name, value in headers(expected_headers).items():
        assert response[name] == value, name
