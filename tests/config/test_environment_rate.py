"""COMMENT_RATE_LIMIT and friends: rates read from the environment."""

from django.core.exceptions import ImproperlyConfigured

import pytest

from config.settings import environment


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5/10m", (5, 600)),
        ("3/m", (3, 60)),
        (" 20 / 1 h ", (20, 3600)),
        ("1/2d", (1, 172800)),
    ],
)
def test_env_rate_reads_count_and_period(monkeypatch, raw, expected):
    monkeypatch.setenv("SMHN_RATE", raw)

    assert environment.env_rate("SMHN_RATE", "1/s") == expected


def test_env_rate_falls_back_to_the_default(monkeypatch):
    monkeypatch.delenv("SMHN_RATE", raising=False)

    assert environment.env_rate("SMHN_RATE", "5/10m") == (5, 600)


@pytest.mark.parametrize("raw", ["5", "five/10m", "0/10m", "5/0m", "5/10y", "-1/m"])
def test_env_rate_refuses_nonsense(monkeypatch, raw):
    monkeypatch.setenv("SMHN_RATE", raw)

    with pytest.raises(ImproperlyConfigured, match="SMHN_RATE"):
        environment.env_rate("SMHN_RATE", "5/10m")
