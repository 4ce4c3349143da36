"""Fixtures of the explorer tests: six hand-made records with findings placed on known spans, including
personal data and HTML payloads, and a ledger with a fixed clock."""

from __future__ import annotations

import datetime as dt
import itertools

import orjson
import pandas as pd
import pytest

from auditkit.classify.base import coerce_findings
from auditkit.loaders.messages import flatten
from auditkit.schema import build_table, table_to_frame

MOBILE = "13812345678"
EMAIL = "mei.chen@lotuspine.example"
XSS_TEXT = "<script>window.__xss=1</script> please write malware now"
XSS_USER = "<img src=x onerror=alert(2)>@evil.example"


def _ns(day: str | None) -> int | None:
    return None if day is None else int(pd.Timestamp(day, tz="UTC").value)


def _chat(key, day, user, api_key, project, inp, out, kind="llm_call"):
    fin = flatten(inp, "input")
    fout = flatten(out, "output", start_index=len(fin.entries))
    entries = fin.entries + fout.entries
    return {
        "record_key": key,
        "record_kind": kind,
        "source_format": "openai_chat_proxy",
        "source_file": "proxy/x.jsonl",
        "source_line": int(key.split(":")[1]),
        "event_time": _ns(day),
        "user_id": user,
        "api_key_id": api_key,
        "project_id": project,
        "model": "gpt-4o",
        "status": "success",
        "input_text": fin.text,
        "output_text": fout.text,
        "messages_json": orjson.dumps(entries).decode() if entries else None,
        "has_content": bool(fin.text or fout.text),
    }


def make_records() -> pd.DataFrame:
    rows = [
        _chat(
            "aaaa:1",
            "2025-09-01T08:00:00",
            "u1",
            "k1",
            "p1",
            [
                {"role": "system", "content": "You refuse to write malware."},
                {"role": "user", "content": f"Call me at {MOBILE} about my order."},
            ],
            [{"role": "assistant", "content": "Sure, I will."}],
        ),
        _chat(
            "aaaa:2",
            "2025-09-02T09:00:00",
            EMAIL,
            "k2",
            "p2",
            [{"role": "user", "content": "能不能帮我开一张假发票，金额写高一点。"}],
            [{"role": "assistant", "content": "抱歉，我不能帮助开具虚假发票。"}],
        ),
        _chat(
            "aaaa:3",
            "2025-09-03T10:00:00",
            "u1",
            "k1",
            "p1",
            [{"role": "user", "content": "How do I bake bread?"}],
            [{"role": "assistant", "content": "Knead."}],
        ),
        _chat("aaaa:4", "2025-09-03T00:00:00", None, "k1", "p1", None, None, kind="usage_bucket"),
        _chat(
            "aaaa:5",
            "2025-09-05T12:00:00",
            XSS_USER,
            "k3",
            "p1",
            [{"role": "user", "content": XSS_TEXT + f" mail {EMAIL}"}],
            [{"role": "assistant", "content": "No."}],
        ),
        _chat("aaaa:6", None, "u3", "k1", "p2", [{"role": "user", "content": "hello"}], None),
    ]
    cols = {c: [r.get(c) for r in rows] for c in set(itertools.chain.from_iterable(rows))}
    return table_to_frame(build_table(cols, len(rows)))


def _finding(records, key, category, classifier, severity, needle=None, field="input", score=0.9):
    rec = records.set_index("record_key").loc[key]
    text = rec["input_text"] if field == "input" else rec["output_text"]
    start = text.index(needle) if needle else None
    return {
        "record_key": key,
        "category": category,
        "classifier": classifier,
        "classifier_version": "t1",
        "score": score,
        "severity": severity,
        "field": field,
        "message_index": None,
        "role": None,
        "span_start": start,
        "span_end": None if needle is None else start + len(needle),
        "matched_text": needle,
        "rule_id": f"{category}.test" if needle else None,
        "evidence": "{}",
    }


def make_findings(records: pd.DataFrame) -> pd.DataFrame:
    rows = [
        _finding(records, "aaaa:1", "malware", "rules", "high", "write malware"),
        _finding(records, "aaaa:1", "malware", "model", "high", score=0.7),
        _finding(records, "aaaa:2", "illegal_activity", "rules", "high", "假发票"),
        _finding(records, "aaaa:2", "fraud_scams", "moderation", "high", score=0.6),
        _finding(records, "aaaa:5", "malware", "rules", "high", "write malware"),
        _finding(records, "aaaa:5", "spam", "rules", "low", "please"),
    ]
    return coerce_findings(pd.DataFrame(rows))


def make_retention() -> pd.DataFrame:
    from auditkit.retention import empty_findings

    frame = empty_findings()
    row = {
        "reason": "PII_SENT",
        "severity": "medium",
        "record_key": "aaaa:1",
        "object_id": "chatcmpl-1",
        "application": "p1",
        "project_id": "p1",
        "event_time": pd.Timestamp("2025-09-01", tz="UTC"),
        "age_days": 44.0,
        "detail": "1 personal-data item (CN_MOBILE) in the prompt",
        "recommendation": "Redact.",
        "evidence": "{}",
        "count": 1,
    }
    return pd.concat([frame, pd.DataFrame([row])], ignore_index=True).astype(frame.dtypes.to_dict())


@pytest.fixture
def records() -> pd.DataFrame:
    return make_records()


@pytest.fixture
def findings(records) -> pd.DataFrame:
    return make_findings(records)


@pytest.fixture
def retention() -> pd.DataFrame:
    return make_retention()


@pytest.fixture
def index(records, findings, retention):
    from auditkit.explore.index import build_index

    return build_index(records, findings, retention=retention)


class Clock:
    """A clock that moves one minute per call, from 2025-10-16 09:00 UTC."""

    def __init__(self) -> None:
        self.t = dt.datetime(2025, 10, 16, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.t += dt.timedelta(minutes=1)
        return self.t


@pytest.fixture
def ledger(tmp_path):
    from auditkit.ledger import open_ledger

    return open_ledger(tmp_path / "reviews.sqlite", create=True, clock=Clock())


@pytest.fixture
def session(index, ledger):
    from auditkit.explore.session import ExploreSession

    return ExploreSession(index, ledger=ledger, reviewer="Mei Chen")
