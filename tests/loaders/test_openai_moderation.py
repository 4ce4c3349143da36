"""The Moderation loader: 7/11/13 category keys, not-assessed keys, linking results to logged calls."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from tests.loaders.sniffing import check_discriminative

OMNI_SCORES = {"hate": 0.0002, "hate/threatening": 0.0001, "harassment": 0.31, "harassment/threatening": 0.62,
               "illicit": 0.001, "illicit/violent": 0.0004, "self-harm": 0.0003, "self-harm/intent": 0.0001,
               "self-harm/instructions": 0.00005, "sexual": 0.0002, "sexual/minors": 0.00001,
               "violence": 0.91, "violence/graphic": 0.02}


def _by_id(records: pd.DataFrame) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in records.iterrows()}


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("openai_moderation"), "openai_moderation") == 3


def test_omni_result_with_its_input(data_dir):
    r = _by_id(load_logs(data_dir / "openai_moderation" / "bare.jsonl").records)["modr-OMNI1"]
    assert (r["record_kind"], r["endpoint"]) == ("moderation_result", "/v1/moderations")
    assert r["status"] == "success"
    assert r["moderation_model"] == r["model"] == "omni-moderation-2024-09-26"
    assert r["moderation_flagged"] == True  # noqa: E712
    # illicit and illicit/violent are null in categories: neither true nor false, and their scores stay
    assert json.loads(r["moderation_categories"]) == ["harassment/threatening", "violence"]
    assert json.loads(r["moderation_scores_json"]) == OMNI_SCORES
    assert r["input_text"] == "[user] I will hurt them, watch out" and bool(r["has_content"])
    meta = json.loads(r["metadata_json"])
    assert (meta["category_set"], meta["not_assessed"], meta["link"]) == ("omni-13", [], None)


def test_legacy_seven_keys_leave_the_newer_ones_unassessed(data_dir):
    r = _by_id(load_logs(data_dir / "openai_moderation" / "bare.jsonl").records)["modr-LEG1"]
    scores = json.loads(r["moderation_scores_json"])
    # two results (two inputs): the highest score per key, and no key that was never assessed
    assert scores == {"hate": 0.9, "hate/threatening": 0.05, "self-harm": 0.0002, "sexual": 0.01,
                      "sexual/minors": 0.0001, "violence": 0.2, "violence/graphic": 0.001}
    assert "harassment" not in scores and "illicit" not in scores
    assert json.loads(r["moderation_categories"]) == ["hate"] and r["moderation_flagged"] == True  # noqa: E712
    meta = json.loads(r["metadata_json"])
    assert meta["category_set"] == "legacy-7" and meta["results"] == 2
    assert meta["not_assessed"] == ["harassment", "harassment/threatening", "illicit", "illicit/violent",
                                    "self-harm/instructions", "self-harm/intent"]
    assert r["input_text"] == "[user] first text\n[user] second text"


def test_text_moderation_eleven_keys_without_input(data_dir):
    r = _by_id(load_logs(data_dir / "openai_moderation" / "bare.jsonl").records)["modr-TEXT1"]
    assert len(json.loads(r["moderation_scores_json"])) == 11
    assert r["moderation_categories"] == "[]" and r["moderation_flagged"] == False  # noqa: E712
    meta = json.loads(r["metadata_json"])
    assert (meta["category_set"], meta["not_assessed"]) == ("text-11", ["illicit", "illicit/violent"])
    assert not bool(r["has_content"]) and pd.isna(r["input_text"])


def _linked(data_dir):
    return load_logs([data_dir / "openai_moderation" / "linked.jsonl", data_dir / "openai_batch" / "basic",
                      data_dir / "openai_responses" / "basic.jsonl"])


def test_results_are_attached_to_the_calls_they_belong_to(data_dir):
    res = _linked(data_dir)
    rows = _by_id(res.records)
    linked = str(data_dir / "openai_moderation" / "linked.jsonl")
    batch = rows["batch_req_EXAMPLE01"]  # request_id req_EXAMPLE01, moderated twice (lines 1 and 4)
    assert batch["moderation_model"] == "omni-moderation-2024-09-26"
    assert batch["moderation_flagged"] == True  # noqa: E712  (line 4 flagged, line 1 did not)
    assert json.loads(batch["moderation_categories"]) == ["violence"]
    scores = json.loads(batch["moderation_scores_json"])
    assert (scores["violence"], scores["harassment"], scores["hate"]) == (0.7, 0.01, 0.0001)  # max of both
    assert json.loads(batch["merged_sources"])[1:] == [f"{linked}:1", f"{linked}:4"]
    resp = rows["resp_EXAMPLE01"]  # linked by response_id = the row's record_id
    assert resp["moderation_model"] == "text-moderation-007"
    assert json.loads(resp["moderation_categories"]) == ["harassment"] and len(
        json.loads(resp["moderation_scores_json"])) == 11
    assert json.loads(resp["merged_sources"]) == [f"{linked}:2"]
    assert resp["input_text"] == "[developer] Be concise."  # the call's own text is untouched
    for folded in ("modr-LINK1", "modr-LINK2", "modr-LINK4"):
        assert folded not in rows
    assert pd.isna(rows["batch_req_EXAMPLE02"]["moderation_flagged"])  # not moderated: unknown, not false


def test_a_result_matching_no_call_stays_a_moderation_row(data_dir):
    res = _linked(data_dir)
    orphan = _by_id(res.records)["modr-LINK3"]
    assert orphan["record_kind"] == "moderation_result" and orphan["request_id"] == "req_NOWHERE"
    assert orphan["input_text"] == "[user] orphan text" and bool(orphan["has_content"])
    assert orphan["event_time"] == pd.Timestamp("2025-03-04T13:00:00Z")
    assert json.loads(orphan["metadata_json"])["link"] == {"key": "x_request_id", "value": "req_NOWHERE"}
    src = res.sources.set_index("path").loc[str(data_dir / "openai_moderation" / "linked.jsonl")]
    assert (src["records"], src["rows"], src["merged"]) == (4, 1, 3)


def test_alone_nothing_is_attached(data_dir):
    res = load_logs(data_dir / "openai_moderation" / "linked.jsonl")
    assert len(res.records) == 4 and set(res.records["record_kind"]) == {"moderation_result"}
    link2 = _by_id(res.records)["modr-LINK2"]
    assert link2["event_time"] == pd.Timestamp("2025-03-04T14:53:23Z")  # logged_at 1741100003 (epoch)
    assert pd.isna(link2["request_id"])  # a response_id is not a request id


def test_bad_records_are_rejected_with_reason_and_line(data_dir):
    res = load_logs(data_dir / "openai_moderation" / "bad.jsonl")
    got = list(zip(res.rejects["source_line"], res.rejects["reason"], strict=True))
    assert got == [(2, "missing_field"), (3, "wrong_type"), (4, "wrong_type"), (5, "bad_timestamp")]
    assert "category_scores.hate" in res.rejects.loc[1, "message"]
    assert list(res.records["record_id"]) == ["modr-OK"]
    s = res.sources.iloc[0]
    assert s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"] == 5
