"""Property: whatever the corruption, every input line is accounted for (nothing is lost silently)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditkit import load_logs

DATA = Path(__file__).parent / "data"
GOOD = [json.loads(line) for line in (DATA / "openai_chat_proxy" / "basic.jsonl").read_text().splitlines()]


def _valid(i: int) -> bytes:
    rec = json.loads(json.dumps(GOOD[i % len(GOOD)]))
    rec["proxy_request_id"] = f"px-h{i}"
    if isinstance(rec.get("response"), dict) and "id" in rec["response"]:
        rec["response"]["id"] = f"chatcmpl-H{i}"
    return json.dumps(rec, ensure_ascii=False).encode()


def _corrupt(kind: str, i: int, junk: bytes) -> bytes:
    line = _valid(i)
    if kind == "truncated":
        return line[: max(1, len(line) // 3)]
    if kind == "junk":
        cleaned = junk.replace(b"\n", b"?").replace(b"\r", b"?")
        return cleaned if cleaned.strip() else b"\x00" + cleaned  # whitespace alone would be a blank line
    if kind == "wrong_type":
        rec = json.loads(line)
        rec["http_status"] = "two hundred"
        return json.dumps(rec).encode()
    if kind == "bad_time":
        rec = json.loads(line)
        rec["response"] = {**(rec.get("response") or {}), "created": "not a time"}
        return json.dumps(rec).encode()
    if kind == "not_object":
        return b"[1, 2, 3]"
    raise AssertionError(kind)


KINDS = ["valid", "valid", "valid", "blank", "truncated", "junk", "wrong_type", "bad_time", "not_object"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=st.lists(st.tuples(st.sampled_from(KINDS), st.binary(min_size=1, max_size=40)), min_size=3, max_size=40),
    compress=st.booleans(),
    cut=st.floats(min_value=0.3, max_value=1.0),
)
def test_every_line_is_a_record_a_reject_or_blank(tmp_path_factory, plan, compress, cut):
    # Sniffing needs most sampled lines to be of the format; real exports are mostly good.
    plan = [("valid", b"")] * 3 + plan
    lines = []
    expected_bad = 0
    for i, (kind, junk) in enumerate(plan):
        if kind == "valid":
            lines.append(_valid(i))
        elif kind == "blank":
            lines.append(b"   ")
        else:
            lines.append(_corrupt(kind, i, junk))
            expected_bad += 1
    body = b"\n".join(lines) + b"\n"
    path = tmp_path_factory.mktemp("acc") / ("log.jsonl.gz" if compress else "log.jsonl")
    if compress:
        packed = gzip.compress(body, mtime=0)
        if cut < 1.0:
            packed = packed[: max(20, int(len(packed) * cut))]
        path.write_bytes(packed)
    else:
        path.write_bytes(body)

    res = load_logs(path)
    s = res.sources.iloc[0]
    assert s["lines_read"] == s["records"] + s["rejects"] + s["blank_lines"]
    assert s["rejects"] == len(res.rejects)
    assert len(res.records) == s["records"]  # one row per chat-proxy record, none merged here
    assert res.records["record_key"].is_unique
    if not compress or cut == 1.0:
        assert s["lines_read"] == len(plan)
        assert s["rejects"] == expected_bad
        assert s["blank_lines"] == sum(1 for k, _ in plan if k == "blank")
        assert s["status"] in ("ok", "rejects")
    else:
        # A cut stream: the lines before the cut are accounted exactly, the rest is one reject.
        assert s["status"] == "truncated" or s["lines_read"] == len(plan)
        if s["status"] == "truncated":
            assert res.rejects["reason"].iloc[-1] == "truncated_file"
