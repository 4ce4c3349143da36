"""detect_many / redact_many over a column of texts."""

from __future__ import annotations

import pandas as pd
import pytest

from auditkit.errors import UnknownNameError
from auditkit.pii import DETECTION_COLUMNS, detect, detect_many, redact, redact_many

TEXTS = ["手机13812345678", None, "", "nothing here", "mail a@example.com and b@example.org"]


def test_detect_many_rows_and_columns():
    frame = detect_many(TEXTS)
    assert tuple(frame.columns) == DETECTION_COLUMNS
    assert frame["text_index"].tolist() == [0, 4, 4]
    assert frame["type"].tolist() == ["CN_MOBILE", "EMAIL", "EMAIL"]
    row = frame.iloc[1]
    assert TEXTS[4][row["start"] : row["end"]] == "a@example.com"
    assert frame["confidence"].dtype == "float64" and frame["start"].dtype == "int64"


def test_detect_many_agrees_with_detect():
    frame = detect_many(TEXTS)
    expected = [(i, d.type, d.start, d.end) for i, t in enumerate(TEXTS) if t for d in detect(t)]
    assert list(frame[["text_index", "type", "start", "end"]].itertuples(index=False, name=None)) == expected


def test_series_index_labels_are_kept():
    series = pd.Series(TEXTS, index=["r1", "r2", "r3", "r4", "r5"], dtype="string")
    assert detect_many(series)["text_index"].tolist() == ["r1", "r5", "r5"]
    redacted = redact_many(series)
    assert redacted.index.tolist() == series.index.tolist()
    assert (
        redacted["r1"] == "手机[CN_MOBILE]" and pd.isna(redacted["r2"]) and redacted["r4"] == "nothing here"
    )


def test_empty_input_gives_the_fixed_columns():
    frame = detect_many([])
    assert frame.empty and tuple(frame.columns) == DETECTION_COLUMNS


def test_types_filter():
    assert detect_many(TEXTS, types=["EMAIL"])["type"].unique().tolist() == ["EMAIL"]
    assert redact_many(["a@example.com 13812345678"], types="CN_MOBILE").tolist() == [
        "a@example.com [CN_MOBILE]"
    ]
    with pytest.raises(UnknownNameError, match="EMAILS"):
        detect_many(TEXTS, types=["EMAILS"])


def test_redact_many_matches_redact():
    assert redact_many(TEXTS).tolist() == [redact(t) if t else t for t in TEXTS]
