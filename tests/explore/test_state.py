"""FilterState: a frozen, validated value."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from auditkit.errors import ParameterError
from auditkit.explore.state import FilterState


def test_defaults_filter_nothing():
    s = FilterState()
    assert not s.filters_findings and s.describe() == {}


def test_normalised_and_hashable():
    s = FilterState(start="2025-09-01", categories=["malware", "hate", "malware"], text="  bread ")
    assert s.start == dt.date(2025, 9, 1) and s.categories == ("hate", "malware") and s.text == "bread"
    assert hash(s) == hash(
        FilterState(start=dt.date(2025, 9, 1), categories=("malware", "hate"), text="bread")
    )
    assert s.filters_findings
    assert s.describe() == {"start": "2025-09-01", "categories": ("hate", "malware"), "text": "bread"}


def test_frozen_and_replace():
    s = FilterState()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "x"  # type: ignore[misc]
    assert s.replace(severities=["high"]).severities == ("high",)
    with pytest.raises(ParameterError, match="a FilterState field"):
        s.replace(categorie=["malware"])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": "2025-13-01"},
        {"start": "2025-09-02", "end": "2025-09-01"},
        {"severities": ["urgent"]},
        {"review_statuses": ["approved"]},
        {"languages": ["fr"]},
        {"text": 3},
    ],
)
def test_bad_values(kwargs):
    with pytest.raises(ParameterError):
        FilterState(**kwargs)
