"""A few malformed lines, placed on purpose so that a demo load shows rejects with file:line.

Each is an *extra* line written just before a good record (the good record stays, so every call of the
sample is still loadable): a line cut off mid-record as a crashing writer leaves it, a record with an
impossible timestamp, a record with text where a number belongs. Where each one lands is recorded in the
manifest with the reject reason a loader should give.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["Malformed", "PLAN", "Injector"]


@dataclass(frozen=True)
class Malformed:
    format: str
    app: str
    month: int  # 0-based month of the window
    kind: str  # truncated | bad_timestamp | wrong_type
    field: str  # the dotted field corrupted (bad_timestamp, wrong_type)
    reason: str  # the reject reason a loader gives


PLAN: tuple[Malformed, ...] = (
    Malformed("openai_chat_proxy", "support_bot", 2, "truncated", "", "invalid_json"),
    Malformed("openai_chat_proxy", "health_app", 1, "bad_timestamp", "logged_at", "bad_timestamp"),
    Malformed("litellm_payload", "coding_assistant", 1, "wrong_type", "prompt_tokens", "wrong_type"),
    Malformed("langfuse", "hr_screener", 2, "bad_timestamp", "start_time", "bad_timestamp"),
    Malformed("helicone", "persona_bot", 2, "truncated", "", "invalid_json"),
)


def _cut(data: bytes) -> bytes:
    """The first ~60% of a JSON line, cut at an ASCII byte (so the result is invalid JSON, not bad UTF-8)."""
    pos = len(data) * 3 // 5
    while pos > 1 and (data[pos] >= 0x80 or data[pos - 1] >= 0x80):
        pos -= 1
    return data[:pos]


def _set(obj: dict[str, Any], dotted: str, value: Any) -> dict[str, Any]:
    out = orjson.loads(orjson.dumps(obj))
    node = out
    parts = dotted.split(".")
    for p in parts[:-1]:
        node = node[p]
    node[parts[-1]] = value
    return out


class Injector:
    """Writes the planned malformed lines; a writer calls :meth:`before` for each good line."""

    def __init__(self, ctx: Any, enabled: bool) -> None:
        self.ctx = ctx
        self.pending = {(m.format, m.app): m for m in PLAN} if enabled else {}
        self.months = [_month_add(ctx.company.start, i) for i in range(12)]

    def before(self, writer: Any, sink: Any, call: Any, record: dict[str, Any], data: bytes) -> None:
        spec = self.pending.get((writer.format, writer.app.id))
        if spec is None:
            return
        when = dt.datetime.fromtimestamp(call.ts, dt.UTC)
        if when.strftime("%Y-%m") != self.months[spec.month] or when.day < 15:
            return
        if spec.kind == "truncated":
            bad = _cut(data)
        elif spec.kind == "bad_timestamp":
            value = _bad_time(record, spec.field)
            bad = orjson.dumps(_set(record, spec.field, value))
        else:
            bad = orjson.dumps(_set(record, spec.field, "n/a"))
        line = sink.write_line(bad, calls=0)
        detail = f"{spec.kind} ({spec.field})" if spec.field else spec.kind
        self.ctx.case("malformed_line", sink, line, f"{detail}; expected reject reason: {spec.reason}")
        del self.pending[(spec.format, spec.app)]


def _bad_time(record: dict[str, Any], dotted: str) -> str:
    node: Any = record
    for p in dotted.split("."):
        node = node[p]
    text = str(node)
    # day 32 of the month: the shape of a timestamp, an impossible date
    return text[:8] + "32" + text[10:]


def _month_add(start: dt.datetime, months: int) -> str:
    y, m = start.year, start.month + months
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}"
