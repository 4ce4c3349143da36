"""The China team's new-api gateway logs (``oneapi_log``): no prompt text, times in UTC+8.

June-July come as the admin's CSV export opened and saved again in Excel on a Chinese Windows machine:
GBK-encoded, CRLF line ends, ``created_at`` rewritten as local time (UTC+8, no zone), booleans as
``TRUE``/``FALSE``. August-September come from the admin log API (``GET /api/log/``) as JSON pages
``{"success", "message", "data": {"items", "total", "page", "page_size"}}`` with epoch-second ``created_at``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson

from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import Sink, Writer, month_key
from auditkit.samples.writers.chat import cost_usd

__all__ = ["NewApiWriter", "CSV_COLUMNS"]

CSV_COLUMNS = (
    "id",
    "user_id",
    "created_at",
    "type",
    "content",
    "username",
    "token_name",
    "model_name",
    "quota",
    "prompt_tokens",
    "completion_tokens",
    "use_time",
    "is_stream",
    "channel_id",
    "token_id",
    "group",
    "ip",
    "other",
)
_CST = dt.timezone(dt.timedelta(hours=8))
_RATIO = {"gpt-4o-mini": 0.075, "gpt-4.1-mini": 0.2, "gpt-4o": 1.25, "gpt-4.1": 1.0}
_PAGE = 500


class NewApiWriter(Writer):
    format = "oneapi_log"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.next_id = 180_000 + self.rng.randint(0, 9_999)
        self.users: dict[str, int] = {}
        self.csv_sink: Sink | None = None
        self.pages: dict[str, list[dict[str, Any]]] = {}
        self.csv_until = _month_add(ctx.company.start, 2)
        self.bad_row_done = not ctx.options.malformed

    def _log(self, call: Call) -> dict[str, Any]:
        uid = self.users.setdefault(call.user.id, 17 + len(self.users))
        ok = call.error is None
        ratio = _RATIO.get(call.model, 1.0)
        quota = int(round(cost_usd(call) * 500_000)) if ok else 0
        other = {
            "model_ratio": ratio,
            "group_ratio": 1,
            "completion_ratio": 4,
            "cache_tokens": 0,
            "cache_ratio": 1,
            "model_price": -1,
            "frt": min(call.latency_ms, 300 + call.latency_ms // 4),
            "is_model_mapped": False,
            "upstream_model_name": call.served,
            "admin_info": {"use_channel": ["3"]},
        }
        if not ok:
            other.update(
                {
                    "error_type": "openai_error",
                    "error_code": "rate_limit_exceeded",
                    "status_code": 429,
                    "channel_id": 3,
                    "channel_name": "openai-proj-cn",
                    "channel_type": 1,
                }
            )
        self.next_id += 1
        return {
            "id": self.next_id,
            "user_id": uid,
            "created_at": int(call.ts),
            "type": 2 if ok else 5,
            "content": (
                f"模型倍率 {ratio:.2f}，补全倍率 4.00，分组倍率 1.00"
                if ok
                else f"status_code=429, Rate limit reached for {call.model} in organization "
                "org-*** on requests per min (RPM)"
            ),
            "username": call.user.id,
            "token_name": "sales-copilot-" + call.user.id[-4:],
            "model_name": call.model,
            "quota": quota,
            "prompt_tokens": call.prompt_tokens,
            "completion_tokens": call.completion_tokens if ok else 0,
            "use_time": max(1, round(call.latency_ms / 1000)),
            "is_stream": call.stream,
            "channel": 3,
            "channel_name": "openai-proj-cn",
            "token_id": 40 + uid,
            "group": "default",
            "ip": f"183.62.{uid % 200}.{(uid * 7) % 250}",
            "other": orjson.dumps(other).decode(),
        }

    def add(self, call: Call) -> None:
        log = self._log(call)
        call.request_id = str(log["id"])
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        month = month_key(call.ts)
        if month < self.csv_until and not self.ctx.options.one_file:
            self._csv_row(log, call)
        else:
            self.pages.setdefault("all" if self.ctx.options.one_file else month, []).append(log)

    def _csv_row(self, log: dict[str, Any], call: Call) -> None:
        if self.csv_sink is None:
            first = self.ctx.company.start.strftime("%Y%m")
            second = _month_add(self.ctx.company.start, 1).replace("-", "")
            name = f"newapi/shenzhen-gateway/日志导出_{first}-{second}.csv"
            self.csv_sink = self.ctx.sink(name, self.format, self.app.id, encoding="gbk", newline=b"\r\n")
            self.csv_sink.write_line(",".join(CSV_COLUMNS).encode("gbk"), calls=0)
        local = dt.datetime.fromtimestamp(log["created_at"], _CST).strftime("%Y-%m-%d %H:%M:%S")
        values = [log[c] if c != "channel_id" else log["channel"] for c in CSV_COLUMNS]
        values[2] = local
        values[12] = "TRUE" if log["is_stream"] else "FALSE"
        when = dt.datetime.fromtimestamp(call.ts, dt.UTC)
        if (
            not self.bad_row_done
            and month_key(call.ts) == _month_add(self.ctx.company.start, 1)
            and when.day >= 15
        ):
            bad = list(values)
            bad[4] = "手工补录, 金额待核对"  # an unquoted comma: one field too many
            line = self.csv_sink.write_line(
                ",".join(_cell(v) for v in bad[:4]).encode("gbk")
                + b","
                + bad[4].encode("gbk")
                + b","
                + ",".join(_cell(v) for v in bad[5:]).encode("gbk"),
                calls=0,
            )
            self.ctx.case(
                "malformed_line",
                self.csv_sink,
                line,
                "row_shape (an unquoted comma in content); expected reject reason: row_shape",
            )
            self.bad_row_done = True
        self.csv_sink.write_line(",".join(_cell(v) for v in values).encode("gbk"))

    def close(self) -> None:
        if self.csv_sink is not None:
            self.ctx.done(self.csv_sink)
        for month, logs in self.pages.items():
            for p in range(0, len(logs), _PAGE):
                items = logs[p : p + _PAGE]
                page = p // _PAGE + 1
                doc = {
                    "success": True,
                    "message": "",
                    "data": {"items": items, "total": len(logs), "page": page, "page_size": _PAGE},
                }
                sink = self.ctx.sink(
                    f"newapi/shenzhen-gateway/api-log-{month}-p{page:02d}.json", self.format, self.app.id
                )
                # saved from the browser / `curl | jq .`: pretty-printed
                sink.write_text(
                    orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n", lines=len(items)
                )
                sink.record.lines = 1
                self.ctx.done(sink)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = str(value)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _month_add(start: dt.datetime, months: int) -> str:
    y, m = start.year, start.month + months
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}"
