"""Evaluation metrics, checked against counts computed by hand."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from auditkit.errors import ConfigError
from auditkit.evaluate import evaluate, read_labelled, write_predictions


def _rows():
    return pd.DataFrame({
        "id": list("abcdef"),
        "text": ["x"] * 6,
        "lang": ["en", "en", "en", "zh", "zh", "zh"],
        "source": ["s1", "s1", "s2", "s3", "s3", "s3"],
        "labels": [["hate"], ["hate", "violence"], [], ["hate"], [], []],
    })


def test_metrics_match_hand_counts():
    predicted = [["hate"], ["violence"], ["hate"], [], ["spam"], []]
    ev = evaluate(_rows(), predicted)
    pc = ev.per_category.set_index(["lang", "category"])
    # hate overall: gold a,b,d; predicted a,c -> tp 1 (a), fp 1 (c), fn 2 (b,d)
    hate = pc.loc[("all", "hate")]
    assert (hate["tp"], hate["fp"], hate["fn"], hate["support"]) == (1, 1, 2, 3)
    assert hate["precision"] == pytest.approx(0.5) and hate["recall"] == pytest.approx(1 / 3)
    assert hate["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert pc.loc[("zh", "hate"), "recall"] == 0.0
    anyv = ev.any_violation.set_index("lang").loc["all"]
    # positives a,b,d; predicted-any a,b,c,e -> tp 2, fp 2, fn 1
    assert (anyv["tp"], anyv["fp"], anyv["fn"]) == (2, 2, 1)
    fpr = ev.false_positive.set_index(["lang", "source"])
    assert fpr.loc[("all", "all"), "benign"] == 3 and fpr.loc[("all", "all"), "flagged"] == 2
    assert fpr.loc[("zh", "s3"), "fpr"] == pytest.approx(0.5)
    assert math.isnan(ev.macro_recall.set_index("lang").loc["all", "macro_recall"])  # support < 20


def test_read_labelled_filters_split_and_names_bad_lines(tmp_path):
    good = tmp_path / "set.jsonl"
    good.write_text("\n".join(json.dumps({"id": f"s:{i}", "text": "t", "lang": "en", "policy_categories": [],
                                          "split": "dev" if i % 2 else "test"}) for i in range(4)) + "\n")
    assert list(read_labelled([good], split="test")["id"]) == ["s:0", "s:2"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "t"}\n')
    with pytest.raises(ConfigError, match="line 1"):
        read_labelled([bad])


def test_predictions_file_has_one_line_per_row(tmp_path):
    out = tmp_path / "pred.jsonl"
    write_predictions(out, ["a", "b"], [["hate"], []], [{"hate": 0.9}, {}])
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert lines == [{"id": "a", "categories": ["hate"], "scores": {"hate": 0.9}},
                     {"id": "b", "categories": [], "scores": {}}]


def test_quality_json_is_what_the_report_reads(tmp_path):
    from auditkit.evaluate import write_quality_json
    from auditkit.report.quality import _from_json

    ev = evaluate(_rows(), [["hate"], ["violence"], ["hate"], [], ["spam"], []])
    out = tmp_path / "quality.json"
    write_quality_json(out, ev, dataset="toy", split="test", measured_on="2026-11-23", classifiers="x", n_rows=6)
    body = json.loads(out.read_text())
    assert body["split"] == "test" and body["measured_on"] == "2026-11-23"
    hate = next(r for r in body["per_category"] if r["category"] == "hate")
    assert hate["tp"] == 1 and hate["support"] == 3
    quality = _from_json(out)  # the reader the report's methodology section uses
    assert quality.measured
    assert set(quality.per_category["category"]) == {"hate", "violence", "spam"}
