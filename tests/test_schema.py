"""The canonical schema: its documentation matches the code, and validation catches violations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from auditkit.schema import COLUMN_NAMES, SchemaViolation, empty_records, schema_markdown, validate_records

DOC = Path(__file__).parent.parent / "docs" / "schema.md"


def test_docs_schema_md_matches_the_code():
    text = DOC.read_text()
    table = text.split("<!-- columns:start -->\n", 1)[1].split("\n<!-- columns:end -->", 1)[0]
    assert table == schema_markdown(), "regenerate docs/schema.md from auditkit.schema.schema_markdown()"


def test_issue_required_columns_exist():
    required = """record_key record_kind source_format source_file source_line source_pointer record_id request_id
    conversation_id event_time org_id project_id api_key_id user_id endpoint model status http_status prompt_tokens
    completion_tokens cost_usd input_text output_text messages_json has_content moderation_flagged
    moderation_categories moderation_scores_json store_flag object_purpose object_bytes object_name expires_at
    deleted_at metadata_json raw_record""".split()
    assert set(required) <= set(COLUMN_NAMES)


def test_empty_records_is_valid():
    validate_records(empty_records())


def _one_row() -> pd.DataFrame:
    frame = empty_records()
    frame = pd.concat([frame, frame.iloc[:0]])  # keep dtypes
    row = {c: pd.NA for c in COLUMN_NAMES}
    row.update(record_key="k1", record_kind="llm_call", status="success")
    return pd.DataFrame([row]).astype(frame.dtypes.to_dict())


def test_validation_rejects_bad_frames():
    good = _one_row()
    validate_records(good)
    with pytest.raises(SchemaViolation, match="record_kind"):
        validate_records(good.assign(record_kind=pd.array(["chat"], dtype="string[pyarrow]")))
    with pytest.raises(SchemaViolation, match="not unique"):
        validate_records(pd.concat([good, good], ignore_index=True))
    with pytest.raises(SchemaViolation, match="dtype"):
        validate_records(good.assign(prompt_tokens=good["prompt_tokens"].astype("float64")))
    with pytest.raises(SchemaViolation, match="columns"):
        validate_records(good.drop(columns=["raw_record"]))
