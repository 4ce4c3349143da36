"""Fixtures of the retention tests: canonical rows built in the test, and a small profile.

``make_records(dict, ...)`` returns a frame with the canonical columns and dtypes
(``auditkit.schema.empty_records()``); every column not given is <NA>. Defaults: ``record_key`` k1, k2 ...,
``record_kind`` llm_call, ``source_format`` openai_chat_proxy, ``source_file`` logs/app.jsonl and
``source_line`` 1, 2 ... Times may be given as ISO text (with a zone) or Timestamps.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pandas as pd
import pytest

from auditkit.profile import load_profile
from auditkit.schema import COLUMNS, empty_records, validate_records

DATA = Path(__file__).parent.parent / "data" / "retention"

_DEFAULTS = {"record_kind": "llm_call", "source_format": "openai_chat_proxy", "source_file": "logs/app.jsonl"}


def make_records(*rows: dict) -> pd.DataFrame:
    template = empty_records()
    n = len(rows)
    columns = {}
    for col in COLUMNS:
        values = []
        for i, row in enumerate(rows):
            if col.name in row:
                v = row[col.name]
            elif col.name == "record_key":
                v = f"k{i + 1}"
            elif col.name == "source_line":
                v = i + 1
            else:
                v = _DEFAULTS.get(col.name)
            if col.name == "metadata_json" and isinstance(v, dict):
                v = orjson.dumps(v).decode()
            values.append(v)
        if col.type == "time":
            columns[col.name] = pd.to_datetime(pd.Series(values, dtype=object), utc=True, format="ISO8601")
        else:
            columns[col.name] = pd.Series(values, dtype=object)
    frame = pd.DataFrame(columns, index=range(n))
    frame = frame.astype({c: template[c].dtype for c in template.columns})
    return validate_records(frame)


@pytest.fixture
def small_profile():
    return load_profile(DATA / "profile_small.yaml")


AS_OF = "2025-10-15T00:00:00Z"


def make_ctx(records: pd.DataFrame, as_of: object = AS_OF, profile: object = None):
    """An AuditContext over ``records`` with the shipped rules."""
    from auditkit.profile import as_profile
    from auditkit.retention.context import AuditContext, parse_as_of
    from auditkit.retention.phrases import load_phrases
    from auditkit.retention.reasons import reason_texts
    from auditkit.retention.rules import load_rules

    return AuditContext(
        records, parse_as_of(as_of), as_profile(profile), load_rules(), reason_texts(), load_phrases()
    )


def reasons_of(findings: pd.DataFrame, reason: str) -> pd.DataFrame:
    return findings[findings["reason"] == reason].reset_index(drop=True)


def evidence(findings: pd.DataFrame) -> list[dict]:
    return [orjson.loads(e) for e in findings["evidence"]]
