"""The moderation classifier: logged moderation results (7, 11 and 13 keys) mapped to policy categories."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from auditkit.classify.base import FINDING_COLUMNS
from auditkit.classify.moderation import ModerationClassifier, load_moderation_map
from auditkit.errors import ConfigError

LEGACY_7 = {"hate": 0.01, "hate/threatening": 0.001, "self-harm": 0.002, "sexual": 0.92,
            "sexual/minors": 0.05, "violence": 0.03, "violence/graphic": 0.001}
TEXT_11 = {**LEGACY_7, "sexual": 0.01, "harassment": 0.81, "harassment/threatening": 0.62,
           "self-harm/intent": 0.001, "self-harm/instructions": 0.001}
OMNI_13 = {**TEXT_11, "harassment": 0.01, "harassment/threatening": 0.01, "illicit": 0.2,
           "illicit/violent": 0.74}


def record(key: str, scores: dict | None, categories: list | dict | None = None, model: str | None = "m",
           flagged: bool | None = None) -> dict:
    return {"record_key": key, "moderation_model": model, "moderation_flagged": flagged,
            "moderation_categories": None if categories is None else json.dumps(categories),
            "moderation_scores_json": None if scores is None else json.dumps(scores)}


def found(frame: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(frame["record_key"], frame["category"], strict=True))


@pytest.fixture(scope="module")
def clf() -> ModerationClassifier:
    return ModerationClassifier()


def test_legacy_seven_keys(clf: ModerationClassifier) -> None:
    rec = record("r7", LEGACY_7, ["sexual"], "text-moderation-001", True)
    out = clf.classify_records(pd.DataFrame([rec]))
    assert found(out) == {("r7", "adult_sexual_content")}
    row = out.iloc[0]
    assert row["score"] == pytest.approx(0.92) and row["rule_id"] == "moderation:sexual"
    ev = json.loads(row["evidence"])
    assert ev == {"moderation_model": "text-moderation-001", "key": "sexual", "score": 0.92, "flagged": True,
                  "threshold": 0.5}


def test_text_moderation_eleven_keys(clf: ModerationClassifier) -> None:
    rec = record("r11", TEXT_11, ["harassment", "harassment/threatening"])
    out = clf.classify_records(pd.DataFrame([rec]))
    assert found(out) == {("r11", "harassment"), ("r11", "violence")}
    harassment = out[out["category"] == "harassment"].iloc[0]
    ev = json.loads(harassment["evidence"])
    assert ev["key"] == "harassment" and ev["other_keys"] == ["harassment/threatening"]


def test_omni_thirteen_keys(clf: ModerationClassifier) -> None:
    rec = record("r13", OMNI_13, ["illicit/violent"], "omni-moderation-latest")
    out = clf.classify_records(pd.DataFrame([rec]))
    assert found(out) == {("r13", "illegal_activity"), ("r13", "weapons")}
    assert set(out["rule_id"]) == {"moderation:illicit/violent"}


def test_hate_threatening_is_hate_and_violence(clf: ModerationClassifier) -> None:
    out = clf.classify_records(pd.DataFrame([record("h", {"hate": 0.2, "hate/threatening": 0.9})]))
    assert found(out) == {("h", "hate"), ("h", "violence")}
    assert set(out["rule_id"]) == {"moderation:hate/threatening"}


def test_sexual_minors_is_child_sexual_abuse_with_a_lower_threshold(clf: ModerationClassifier) -> None:
    out = clf.classify_records(pd.DataFrame([record("m", {"sexual": 0.1, "sexual/minors": 0.35})]))
    assert found(out) == {("m", "child_sexual_abuse")}


def test_missing_keys_are_unknown_not_false(clf: ModerationClassifier) -> None:
    recs = pd.DataFrame([
        record("only_sexual", {"sexual": 0.1}),                       # 6 legacy keys absent: not assessed
        record("flag_without_score", None, ["self-harm/intent"]),     # flagged, score unknown
        record("no_moderation", None, None, model=None),
    ])
    out = clf.classify_records(recs)
    assert found(out) == {("flag_without_score", "self_harm")}
    row = out.iloc[0]
    assert pd.isna(row["score"])
    ev = json.loads(row["evidence"])
    assert ev["flagged"] is True and ev["score"] is None
    # nothing is emitted for keys that were not assessed, and a missing key never lowers another
    assert clf.findings_for("m", None, json.dumps({"violence": 0.7})) != []


def test_list_categories_mark_the_other_assessed_keys_false(clf: ModerationClassifier) -> None:
    # violence was assessed (it has a score) and not in the flagged list: below threshold, no finding
    assert clf.findings_for("m", json.dumps([]), json.dumps({"violence": 0.3})) == []
    ev = json.loads(clf.findings_for("m", json.dumps([]), json.dumps({"violence": 0.6}))[0]["evidence"])
    assert ev["flagged"] is False and ev["score"] == 0.6  # the score alone reaches the threshold


def test_dict_categories_and_sdk_spellings(clf: ModerationClassifier) -> None:
    cats = {"self_harm": False, "sexual_minors": True, "hate_threatening": False, "illicit_violent": False}
    scores = {"self_harm": 0.01, "sexual_minors": 0.2, "hate_threatening": 0.01, "illicit_violent": 0.01}
    out = clf.classify_records(pd.DataFrame([record("sdk", scores, cats)]))
    assert found(out) == {("sdk", "child_sexual_abuse")}
    assert out.iloc[0]["rule_id"] == "moderation:sexual/minors"


def test_findings_frame_contract(clf: ModerationClassifier) -> None:
    out = clf.classify_records(pd.DataFrame([record("r7", LEGACY_7, ["sexual"])]))
    assert tuple(out.columns) == FINDING_COLUMNS
    row = out.iloc[0]
    assert row["classifier"] == "moderation" and row["classifier_version"] == clf.version
    assert row["field"] == "input" and row["severity"] == "medium"
    assert pd.isna(row["span_start"]) and pd.isna(row["matched_text"])


def test_records_without_moderation_columns(clf: ModerationClassifier) -> None:
    out = clf.classify_records(pd.DataFrame({"record_key": ["a"], "input_text": ["hi"]}))
    assert out.empty and tuple(out.columns) == FINDING_COLUMNS
    assert clf.classify_records(pd.DataFrame()).empty


def test_unreadable_json_is_unknown(clf: ModerationClassifier) -> None:
    recs = pd.DataFrame([{"record_key": "bad", "moderation_scores_json": "{not json",
                          "moderation_categories": "[", "moderation_model": "m", "moderation_flagged": True}])
    assert clf.classify_records(recs).empty


def test_threshold_override_changes_results_and_version(clf: ModerationClassifier) -> None:
    strict = ModerationClassifier(threshold=0.2)
    rec = pd.DataFrame([record("v", {"violence": 0.3})])
    assert clf.classify_records(rec).empty
    assert found(strict.classify_records(rec)) == {("v", "violence")}
    assert strict.version != clf.version


def test_every_key_of_the_three_generations_is_mapped() -> None:
    m = load_moderation_map()
    assert set(OMNI_13) <= set(m.keys)
    assert m.keys["self-harm/instructions"] == ("self_harm",)


@pytest.mark.parametrize(("text", "key"), [
    ("keys: {hate: [hatred]}\n", "keys.hate"),
    ("keys: {hate: [hate]}\nthresholds: {violence: 0.4}\n", "thresholds.violence"),
    ("keys: {hate: [hate]}\nthreshold: 2\n", "threshold"),
    ("keys: {hate: [hate]}\ncolour: red\n", "colour"),
    ("keys: {hate: [hate]}\naliases: {hateful: hatred}\n", "aliases.hateful"),
])
def test_mapping_file_validation(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_moderation_map(path)
    assert info.value.key == key and str(path) in str(info.value)
