"""docs/retention.md documents every reason code, every column and every profile key."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditkit.profile import _APP_KEYS, _ORG_KEYS, MATCH_KEYS
from auditkit.retention import RETENTION_COLUMNS, RetentionReason

DOC = (Path(__file__).parent.parent.parent / "docs" / "retention.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("reason", [r.value for r in RetentionReason])
def test_reason_has_a_section(reason):
    assert f"### {reason} (" in DOC


@pytest.mark.parametrize("name", [*RETENTION_COLUMNS, *sorted(_ORG_KEYS), *sorted(_APP_KEYS), *MATCH_KEYS])
def test_key_is_documented(name):
    assert f"`{name}`" in DOC
