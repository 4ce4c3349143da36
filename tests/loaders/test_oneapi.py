"""one-api / new-api loader: API answers, rows, CSV exports (BOM, GBK), time zones, quota, types, rejects."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.oneapi import source_schema
from tests.loaders.sniffing import check_discriminative


def _records(path, **kw) -> list[pd.Series]:
    return [r for _, r in load_logs(path, **kw).records.iterrows()]


def _meta(row: pd.Series) -> dict:
    return json.loads(row["metadata_json"])


def test_sniffing_is_discriminative():
    assert check_discriminative(LOADERS.get("oneapi_log"), "oneapi_log") == 7


def test_newapi_items_answer(data_dir):
    res = load_logs(data_dir / "oneapi_log" / "newapi_items.json")
    assert res.ok and res.sources.loc[0, "format"] == "oneapi_log"
    consume, error, refund = (r for _, r in res.records.iterrows())
    assert consume["source_pointer"] == "/data/items/0"
    assert (consume["record_kind"], consume["has_content"]) == ("gateway_billing", False)
    assert consume["record_id"] == "req-newapi-0001" == consume["request_id"]
    assert consume["event_time"] == pd.Timestamp(1741083302, unit="s", tz="UTC")
    assert consume["event_time_raw"] == "1741083302"
    assert consume["cost_usd"] == 1620 / 500_000 and consume["cost_raw"] == "quota=1620"
    assert (consume["status"], consume["num_requests"], consume["latency_ms"]) == ("success", 1, 1000.0)
    assert (consume["user_id"], consume["user_id_kind"], consume["api_key_id"], consume["project_id"]) == (
        "alice", "gateway_user", "prod-bot", "default")
    assert (consume["model_requested"], consume["model_served"], consume["model"]) == (
        "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18")
    assert (consume["provider"], consume["endpoint"], consume["client_ip"]) == (
        "openai-main", "/v1/chat/completions", "203.0.113.7")
    assert (consume["prompt_tokens"], consume["completion_tokens"], consume["total_tokens"],
            consume["cached_tokens"]) == (112, 3, 115, 64)
    assert pd.isna(consume["input_text"]) and not consume["is_stream"]
    meta = _meta(consume)
    assert (meta["source_schema"], meta["log_type"], meta["id"]) == ("new-api", "consume", 7)
    assert meta["content"] == "模型倍率 0.08，补全倍率 4.00，分组倍率 1.00"  # a billing note, not a prompt
    assert meta["upstream_request_id"] == "req_9f8e7d6c5b4a" and meta["other"]["frt"] == 812


def test_error_and_refund_rows(data_dir):
    _, error, refund = _records(data_dir / "oneapi_log" / "newapi_items.json")
    assert (error["status"], error["http_status"], error["error_type"]) == ("error", 429, "upstream_error")
    assert error["error_message"] == "status_code=429, Rate limit reached for gpt-4o"
    assert "content" not in _meta(error)
    assert error["provider"] == "openai-main"  # channel_name '' on the row, taken from other
    assert pd.isna(error["record_id"])  # no request_id: the rewritten id 7 is not a key
    assert (refund["cost_usd"], refund["cost_raw"], refund["num_requests"]) == (-0.001, "quota=500", 0)
    assert pd.isna(refund["status"]) and _meta(refund)["log_type"] == "refund"


def test_rewritten_ids_never_merge_unrelated_rows(data_dir):
    res = load_logs(data_dir / "oneapi_log" / "newapi_items.json")
    assert len(res.records) == 3 and res.duplicates.empty  # two rows have id 7
    assert [_meta(r)["id"] for _, r in res.records.iterrows()] == [7, 7, 8]


def test_oneapi_answer_types(data_dir):
    consume, topup, test = _records(data_dir / "oneapi_log" / "oneapi_api.json")
    assert consume["latency_ms"] == 1234.0  # elapsed_time, already milliseconds
    assert consume["record_id"] == "202503041015021234567"
    assert _meta(consume)["source_schema"] == "one-api" and _meta(consume)["system_prompt_reset"] is False
    assert (topup["cost_raw"], topup["num_requests"]) == ("quota=5000000", 0)
    assert pd.isna(topup["cost_usd"]) and pd.isna(topup["status"]) and pd.isna(topup["latency_ms"])
    assert pd.isna(topup["api_key_id"]) and pd.isna(topup["record_id"])  # '' token name, '' request id
    # type 5 is a channel test on one-api (an error on new-api)
    assert _meta(test)["log_type"] == "test" and pd.isna(test["status"]) and test["num_requests"] == 1


def test_plain_rows_jsonl_and_array(data_dir):
    image, manage = _records(data_dir / "oneapi_log" / "newapi_rows.jsonl")
    assert image["latency_ms"] == 7000.0 and image["cost_usd"] == 0.02  # use_time in seconds
    assert pd.isna(manage["cost_usd"]) and _meta(manage)["log_type"] == "manage"
    assert pd.isna(manage["model"]) and "other" not in _meta(manage)  # '' other
    d = data_dir / "oneapi_log"
    res = load_logs([d / "oneapi_api.json", d / "oneapi_rows_array.json"])
    assert list(res.duplicates["record_id"]) == ["202503041015021234567"]  # same request_id


def test_quota_per_usd_option(data_dir):
    consume = _records(data_dir / "oneapi_log" / "newapi_items.json", quota_per_usd=1_000_000)[0]
    assert consume["cost_usd"] == 0.00162 and consume["cost_raw"] == "quota=1620"


def test_local_time_csv_with_bom(data_dir):
    path = data_dir / "oneapi_log" / "logs_utc8.csv"
    res = load_logs(path, timezone="Asia/Shanghai")
    assert res.ok and res.sources.loc[0, "encoding"] == "utf-8"
    first, second = (r for _, r in res.records.iterrows())
    assert first["event_time"] == pd.Timestamp("2025-03-04 10:15:02", tz="UTC")  # 18:15:02 in UTC+8
    assert first["event_time_raw"] == "2025-03-04 18:15:02"
    assert _meta(first)["id"] == "101"  # the BOM did not stick to the first header
    assert first["model_served"] == "gpt-4o-mini-2024-07-18"  # other decoded from its cell
    assert second["cost_usd"] == 0.5 and bool(second["is_stream"]) is True and second["latency_ms"] == 12000.0
    default = _records(path)[0]
    assert default["event_time"] == pd.Timestamp("2025-03-04 18:15:02", tz="UTC")  # default zone: UTC


def test_excel_gbk_csv(data_dir):
    res = load_logs(data_dir / "oneapi_log" / "logs_excel_gbk.csv", timezone="Asia/Shanghai")
    assert res.ok and res.sources.loc[0, "encoding"] == "gb18030"
    consume, error = (r for _, r in res.records.iterrows())
    assert (consume["user_id"], consume["api_key_id"], consume["project_id"]) == ("张伟", "生产密钥", "默认分组")
    assert consume["event_time"] == pd.Timestamp("2025-03-04 10:15", tz="UTC")  # Excel's 2025/3/4 18:15
    assert not consume["is_stream"] and bool(error["is_stream"]) is True  # FALSE / TRUE
    assert (error["status"], error["error_message"]) == ("error", "上游错误：请求过多")


def test_epoch_digits_in_csv_ignore_the_timezone(tmp_path):
    path = tmp_path / "epoch.csv"
    path.write_text("id,created_at,type,username,token_name,model_name,quota,use_time\n"
                    "1,1741083302,2,alice,k,gpt-4o,100,1\n", encoding="utf-8")
    row = _records(path, timezone="Asia/Shanghai")[0]
    assert row["event_time"] == pd.Timestamp(1741083302, unit="s", tz="UTC")


def test_bad_rows(data_dir):
    res = load_logs(data_dir / "oneapi_log" / "logs_bad.jsonl")
    got = [(r.source_line, r.reason) for r in res.rejects.itertuples()]
    assert got == [(2, "missing_field"), (3, "bad_timestamp"), (5, "wrong_type"), (6, "bad_value"),
                   (7, "wrong_type")]
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (7, 1, 5, 1)
    assert src["lines_read"] == src["records"] + src["rejects"] + src["blank_lines"]


@pytest.mark.parametrize(("keys", "context", "expected"), [
    ({"use_time": 1}, {}, "new-api"),
    ({"elapsed_time": 5}, {}, "one-api"),
    ({"quota": 1}, {"page_size": 10}, "new-api"),
    ({"quota": 1}, {}, "unknown"),
])
def test_source_schema(keys, context, expected):
    assert source_schema(keys, context) == expected


def test_compact_api_answer_on_one_line_is_recognised(tmp_path):
    """Regression: `curl > logs.json` saves the new-api answer on one line, which reads as JSONL."""
    from auditkit import load_logs

    row = {"id": 1, "user_id": 1, "created_at": 1741083302, "type": 2, "content": "x", "username": "a",
           "token_name": "t", "model_name": "gpt-4o", "quota": 500, "prompt_tokens": 1, "completion_tokens": 2}
    path = tmp_path / "logs.json"
    path.write_text(json.dumps({"success": True, "message": "", "data": {"items": [row, row], "total": 2}}))
    res = load_logs(path)
    assert res.sources.loc[0, "format"] == "oneapi_log"
    assert len(res.records) == 2
