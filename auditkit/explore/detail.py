"""The drill-down of one record: the whole conversation with the evidence highlighted, its findings with
their review status, its retention and governance findings, and what reviewers recorded about it.

Evidence offsets of findings point into the record's ``input_text``/``output_text``;
:func:`auditkit.loaders.messages.segments` says where each message lies in those texts, so each span is
shown inside its message. Text that did not come from messages (or does not line up with them) is shown
as one block per side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from auditkit.explore.index import ExploreIndex
from auditkit.explore.text import Piece, display_id, mark, redact_value
from auditkit.ledger.model import REVIEW_STATUSES
from auditkit.loaders.messages import segments

__all__ = ["Message", "RecordDetail", "record_detail", "message_blocks", "FACT_FIELDS"]

#: The facts shown about a record, in order.
FACT_FIELDS = (
    "record_key",
    "time",
    "application",
    "user",
    "api_key",
    "model",
    "kind",
    "status",
    "language",
    "source",
)
_FACT_INPUTS = (
    "record_key",
    "event_time",
    "user_id",
    "api_key_id",
    "model",
    "record_kind",
    "status",
    "source_file",
    "source_line",
)
_RETENTION_SHOWN = ("reason", "severity", "detail", "recommendation", "age_days", "object_id")


@dataclass(frozen=True)
class Message:
    """One message of the conversation: side (``input``/``output``), index and role, its text as pieces,
    and the categories whose evidence lies in it."""

    field: str
    index: int | None
    role: str
    pieces: tuple[Piece, ...]
    categories: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class RecordDetail:
    """Everything the drill-down shows about one record (log-derived strings redacted when ``redacted``).

    Attributes:
        facts: :data:`FACT_FIELDS` as strings.
        messages: the conversation, input then output.
        verdicts: one row per category found: ``category``, ``label``, ``severity``, ``score``,
            ``classifiers``, ``review_status`` (current).
        findings: every finding: ``category``, ``classifier``, ``score``, ``field``, ``message_index``,
            ``rule_id``, ``matched_text``.
        retention: the retention and governance findings about this record.
        history: the ledger's entries about this record (empty without a ledger).
    """

    record_key: str
    facts: dict[str, str]
    messages: tuple[Message, ...]
    verdicts: pd.DataFrame
    findings: pd.DataFrame
    retention: pd.DataFrame
    history: pd.DataFrame
    redacted: bool


def _spans(findings: pd.DataFrame, field: str) -> list[tuple[int, int, str]]:
    f = findings[(findings["field"] == field) & findings["span_start"].notna() & findings["span_end"].notna()]
    return [
        (int(s), int(e), str(c))
        for s, e, c in zip(f["span_start"], f["span_end"], f["category"], strict=True)
    ]


def message_blocks(text: Any, messages_json: Any, field: str) -> list[tuple[int, int, int | None, str]]:
    """Where each message of one side lies in its text: ``(start, end, index, role)``; one block for the
    whole text when it did not come from (or does not line up with) ``messages_json``."""
    if not isinstance(text, str) or not text:
        return []
    try:
        segs = segments(messages_json if isinstance(messages_json, str) else None, field)
    except ValueError:  # unreadable messages_json: show the text as it is
        segs = []
    if segs and segs[-1][1] == len(text) and "\n".join(text[s:e] for s, e, _, _ in segs) == text:
        return [(s, e, i, r) for s, e, i, r in segs]
    return [(0, len(text), None, "user" if field == "input" else "assistant")]


def _messages(rec: dict[str, Any], findings: pd.DataFrame, redact: bool) -> list[Message]:
    out = []
    for field, column in (("input", "input_text"), ("output", "output_text")):
        text = rec[column]
        spans = _spans(findings, field)
        for start, end, idx, role in message_blocks(text, rec["messages_json"], field):
            local = [
                (max(s, start) - start, min(e, end) - start, c) for s, e, c in spans if s < end and start < e
            ]
            pieces = mark(text[start:end], [(s, e) for s, e, _ in local], redact=redact)
            out.append(Message(field, idx, role, tuple(pieces), tuple(sorted({c for _, _, c in local}))))
    return out


def _facts(index: ExploreIndex, row: int, redact: bool) -> dict[str, str]:
    rec = index.row(row, _FACT_INPUTS)
    text = lambda c: "" if rec.get(c) is None else str(rec[c])  # noqa: E731
    t = rec["event_time"]
    line = "" if rec.get("source_line") is None else f":{int(rec['source_line'])}"
    return {
        "record_key": str(rec["record_key"]),
        "time": "" if pd.isna(t) else pd.Timestamp(t).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "application": index.application.names[index.application.codes[row]]
        if index.application.codes[row] >= 0
        else "?",
        "user": display_id(rec["user_id"], redact),
        "api_key": display_id(rec["api_key_id"], redact),
        "model": text("model"),
        "kind": text("record_kind"),
        "status": text("status"),
        "language": index.language.names[index.language.codes[row]],
        "source": redact_value(text("source_file"), redact) + line,
    }


def _verdicts(index: ExploreIndex, pos: np.ndarray, lang: str) -> pd.DataFrame:
    f = index.findings.iloc[pos]
    status = pd.Series([REVIEW_STATUSES[c] for c in index.f_status.codes[pos]], index=f.index, dtype="string")
    rows = []
    for cat, g in f.assign(_status=status).groupby("category", sort=False):
        try:
            c = index.policy.category(str(cat))
            label, sev = c.label(lang), c.severity
        except KeyError:
            label, sev = str(cat), str(g["severity"].iloc[0])
        rows.append(
            {
                "category": str(cat),
                "label": label,
                "severity": sev,
                "score": float(g["score"].max()) if g["score"].notna().any() else float("nan"),
                "classifiers": ",".join(sorted(set(g["classifier"].astype(str)))),
                "review_status": str(g["_status"].iloc[0]),
            }
        )
    cols = ["category", "label", "severity", "score", "classifiers", "review_status"]
    return pd.DataFrame(rows, columns=cols)


def record_detail(
    index: ExploreIndex,
    record_key: str,
    *,
    lang: str = "en",
    redact: bool = True,
    history: pd.DataFrame | None = None,
) -> RecordDetail:
    """The drill-down of ``record_key``: conversation, evidence, review status, retention, history.

    ``history`` is the ledger's entries about the record (:func:`auditkit.ledger.entries`), if any.
    """
    row = index.row_of(record_key)
    rec = index.row(row, ("record_key", "input_text", "output_text", "messages_json"))
    pos = index.findings_of(row)
    f = index.findings.iloc[pos]
    findings = pd.DataFrame(
        {
            "category": f["category"].astype("string"),
            "classifier": f["classifier"].astype("string"),
            "score": f["score"].astype("Float64"),
            "field": f["field"].astype("string"),
            "message_index": f["message_index"].astype("Int64"),
            "rule_id": f["rule_id"].astype("string"),
            "matched_text": [
                redact_value(m, redact) if isinstance(m, str) else pd.NA for m in f["matched_text"]
            ],
        }
    ).reset_index(drop=True)
    retention = index.retention_of(str(rec["record_key"]))
    retention = retention[[c for c in _RETENTION_SHOWN if c in retention.columns]].reset_index(drop=True)
    hist = (
        history
        if history is not None
        else pd.DataFrame(
            columns=["entry_id", "created_at", "reviewer", "category", "decision", "reason_code", "note"]
        )
    )
    return RecordDetail(
        str(rec["record_key"]),
        _facts(index, row, redact),
        tuple(_messages(rec, f, redact)),
        _verdicts(index, pos, lang),
        findings,
        retention,
        hist.reset_index(drop=True),
        redact,
    )
