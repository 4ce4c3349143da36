"""Third-party gateway and tracing exports: LiteLLM, Helicone and Langfuse.

* ``litellm_payload``: PineCode behind the platform team's LiteLLM proxy; one ``StandardLoggingPayload``
  per line (float epoch times, ``messages`` and ``response`` logged), monthly files.
* ``helicone``: Ask Chef Lin as a full JSONL export (request and response bodies), and Copy Studio's
  interactive use as the export tool's CSV (twelve hard-coded columns, no response body, JSON in cells).
* ``langfuse``: TalentSieve's self-hosted Langfuse blob export, ``observations_v2`` rows as JSONL
  with naive-UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` times and ``input``/``output`` as JSON strings.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import MonthlyWriter, Sink, Writer, iso_ms
from auditkit.samples.writers.chat import completion, cost_usd, request_messages

__all__ = ["LiteLLMWriter", "HeliconeJsonlWriter", "HeliconeCsvWriter", "LangfuseWriter"]


def _naive_us(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class LiteLLMWriter(MonthlyWriter):
    format = "litellm_payload"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "litellm/pinecode"
        self.ids = Ids(self.rng)
        self.key_hash: dict[str, str] = {}

    def _hash(self, user: str) -> str:
        h = self.key_hash.get(user)
        if h is None:
            h = self.key_hash[user] = hashlib.sha256(f"sk-litellm-{user}".encode()).hexdigest()
        return h

    def add(self, call: Call) -> None:
        ids = self.ids
        start = call.ts
        end = start + call.latency_ms / 1000
        cost = cost_usd(call)
        msgs = request_messages(call, "system")
        ok = call.error is None
        resp = completion(call, ids, int(start)) if ok else None
        alias = "pinecode-" + call.user.id.removeprefix("dev-")
        payload: dict[str, Any] = {
            "id": resp["id"] if resp else "litellm-" + ids.uuid4(),
            "trace_id": ids.uuid4(),
            "call_id": ids.uuid4(),
            "call_type": "acompletion",
            "stream": False,
            "response_cost": cost if ok else 0.0,
            "status": "success" if ok else "failure",
            "custom_llm_provider": "openai",
            "total_tokens": call.prompt_tokens + (call.completion_tokens if ok else 0),
            "prompt_tokens": call.prompt_tokens,
            "completion_tokens": call.completion_tokens if ok else 0,
            "startTime": round(start, 6),
            "endTime": round(end, 6),
            "completionStartTime": round(start + min(0.6, call.latency_ms / 2000), 6),
            "response_time": round(call.latency_ms / 1000, 6),
            "model": call.model,
            "model_id": hashlib.sha256(call.model.encode()).hexdigest()[:32],
            "model_group": "pinecode-" + call.model,
            "api_base": "https://api.openai.com/v1",
            "metadata": {
                "user_api_key_hash": self._hash(call.user.id),
                "user_api_key_alias": alias,
                "user_api_key_team_id": "team-devtools",
                "user_api_key_user_id": call.user.id,
                "user_api_key_team_alias": "Developer Tools",
                "user_api_key_org_id": None,
                "spend_logs_metadata": None,
                "requester_ip_address": _ip(call),
                "requester_metadata": {"ide": "vscode", "region": call.user.region},
            },
            "cache_hit": False,
            "cache_key": None,
            "saved_cache_cost": 0.0,
            "request_tags": ["pinecode", "ide"],
            "end_user": None,
            "requester_ip_address": _ip(call),
            "messages": msgs,
            "response": resp,
            "error_str": None if ok else "RateLimitError: OpenAIException - Rate limit reached",
            "error_information": None
            if ok
            else {
                "error_code": "429",
                "error_class": "RateLimitError",
                "llm_provider": "openai",
                "traceback": "",
                "error_message": "Rate limit reached for requests",
            },
            "model_parameters": {"temperature": 0.2, "max_tokens": 2048},
            "hidden_params": {
                "model_id": None,
                "cache_key": None,
                "api_base": "https://api.openai.com/v1",
                "response_cost": cost if ok else 0.0,
                "litellm_overhead_time_ms": 4.2,
            },
        }
        call.request_id = payload["id"]
        sink = self.sink_for(call.ts)
        data = orjson.dumps(payload)
        self.ctx.malformed.before(self, sink, call, payload, data)
        n = sink.write_line(data)
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        self.ctx.observe(sink, n, call)


def _ip(call: Call) -> str:
    h = int(call.user.id[-4:], 16)
    return f"10.{20 + h % 8}.{h % 251}.{(h >> 8) % 251}"


_COUNTRY = {"CN": "CN", "SG": "SG", "US": "US", "EU": "DE"}


def _helicone_row(call: Call, ids: Ids, props: dict[str, str]) -> dict[str, Any]:
    resp_ts = call.ts + call.latency_ms / 1000
    ok = call.error is None
    body = {"model": call.model, "messages": request_messages(call, "system"), "user": call.user.id}
    response = (
        completion(call, ids, int(call.ts))
        if ok
        else {
            "error": {
                "message": "Rate limit reached",
                "type": "requests",
                "param": None,
                "code": "rate_limit_exceeded",
            }
        }
    )
    return {
        "request_id": ids.uuid4(),
        "request_created_at": iso_ms(call.ts),
        "request_path": "/v1/chat/completions",
        "request_user_id": call.user.id,
        "request_properties": props,
        "request_model": call.model,
        "model_override": None,
        "model": call.model,
        "helicone_user": None,
        "provider": "OPENAI",
        "target_url": "https://api.openai.com/v1/chat/completions",
        "request_body": body,
        "response_id": ids.uuid4(),
        "response_created_at": iso_ms(resp_ts),
        "response_status": 200 if ok else 429,
        "response_model": call.served if ok else None,
        "response_body": response,
        "delay_ms": call.latency_ms,
        "time_to_first_token": min(call.latency_ms, 180 + call.latency_ms // 5),
        "total_tokens": call.prompt_tokens + (call.completion_tokens if ok else 0),
        "prompt_tokens": call.prompt_tokens,
        "completion_tokens": call.completion_tokens if ok else 0,
        "cost": cost_usd(call) if ok else 0.0,
        "prompt_id": None,
        "feedback_rating": None,
        "cache_enabled": False,
        "country_code": _COUNTRY.get(call.user.region),
        "scores": {},
    }


class HeliconeJsonlWriter(MonthlyWriter):
    format = "helicone"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "helicone/ask-chef-lin"
        self.ids = Ids(self.rng)

    def file_stem(self, month: str) -> str:
        return f"helicone-export-{month}"

    def add(self, call: Call) -> None:
        row = _helicone_row(
            call,
            self.ids,
            {
                "App": "ask-chef-lin",
                "Environment": "production",
                "Campaign": "pineair-summer-cooking",
                "Helicone-Session-Id": call.conv_id,
            },
        )
        call.request_id = row["response_id"]
        sink = self.sink_for(call.ts)
        data = orjson.dumps(row)
        self.ctx.malformed.before(self, sink, call, row, data)
        n = sink.write_line(data)
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        self.ctx.observe(sink, n, call)


_CSV_COLUMNS = (
    "response_id",
    "response_created_at",
    "response_status",
    "request_created_at",
    "request_body",
    "request_properties",
    "request_user_id",
    "model",
    "prompt_tokens",
    "completion_tokens",
    "latency",
    "cost",
)


class HeliconeCsvWriter(Writer):
    """Copy Studio's interactive calls, as the Helicone export tool's CSV (one file for the window)."""

    format = "helicone"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.ids = Ids(self.rng)
        self.sink: Sink | None = None
        self.buf = io.StringIO()
        self.csv = csv.writer(self.buf, lineterminator="\n")

    def add(self, call: Call) -> None:
        if self.sink is None:
            self.sink = self.ctx.sink("helicone/copy-studio/helicone-export.csv", self.format, self.app.id)
            self.sink.write_line(",".join(_CSV_COLUMNS).encode(), calls=0)
        row = _helicone_row(call, self.ids, {"App": "copy-studio", "Environment": "production"})
        call.request_id = row["response_id"]
        self.csv.writerow(
            [
                row["response_id"],
                row["response_created_at"],
                row["response_status"],
                row["request_created_at"],
                orjson.dumps(row["request_body"]).decode(),
                orjson.dumps(row["request_properties"]).decode(),
                row["request_user_id"],
                row["model"],
                row["prompt_tokens"],
                row["completion_tokens"],
                "",
                row["cost"],
            ]
        )
        text = self.buf.getvalue()
        self.buf.seek(0)
        self.buf.truncate()
        line = self.sink.line + 1
        self.sink.write_line(text.rstrip("\n").encode())
        self.sink.record.lines += text.count("\n") - 1  # quoted newlines inside cells
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        self.ctx.observe(self.sink, line, call)

    def close(self) -> None:
        if self.sink is not None:
            self.ctx.done(self.sink)


class LangfuseWriter(MonthlyWriter):
    format = "langfuse"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "langfuse/talentsieve/observations_v2"
        self.ids = Ids(self.rng)

    def file_stem(self, month: str) -> str:
        return f"observations_v2-{month}"

    def add(self, call: Call) -> None:
        ids = self.ids
        ok = call.error is None
        end = call.ts + call.latency_ms / 1000
        name = call.exchange.extra.get("name", "screen-candidate")
        out_msg = {"role": "assistant", "content": call.reply} if ok else None
        pin, pout = (2.5e-6, 1e-5)
        cin = round(call.prompt_tokens * pin, 8)
        cout = round((call.completion_tokens if ok else 0) * pout, 8)
        row = {
            "id": ids.hex(32),
            "trace_id": ids.hex(32),
            "project_id": "cm1talentsieve0prod000hr",
            "environment": "production",
            "type": "GENERATION",
            "parent_observation_id": "",
            "start_time": _naive_us(call.ts),
            "end_time": _naive_us(end),
            "name": name,
            "metadata": {"pipeline": name, "candidate_region": call.user.region, "ats": "greenhouse"},
            "level": "DEFAULT" if ok else "ERROR",
            "status_message": "" if ok else "429 Rate limit reached for gpt-4o",
            "version": "v2.3",
            "input": orjson.dumps(request_messages(call, "system")).decode(),
            "output": orjson.dumps(out_msg).decode() if ok else "",
            "provided_model_name": call.model,
            "model_parameters": '{"temperature":0,"response_format":"json"}'
            if call.exchange.extra.get("system") == "screen"
            else '{"temperature":0.3}',
            "usage_details": {
                "input": call.prompt_tokens,
                "output": call.completion_tokens if ok else 0,
                "total": call.prompt_tokens + (call.completion_tokens if ok else 0),
            },
            "cost_details": {"input": cin, "output": cout, "total": round(cin + cout, 8)},
            "completion_start_time": _naive_us(call.ts + min(0.5, call.latency_ms / 2000)) if ok else None,
            "prompt_name": name,
            "prompt_version": 3,
            "total_cost": round(cin + cout, 8),
            "latency": round(call.latency_ms / 1000, 3),
            "time_to_first_token": round(min(0.5, call.latency_ms / 2000), 3),
            "model_id": "",
            "created_at": _naive_us(end + 1.2),
            "updated_at": _naive_us(end + 1.9),
            "prompt_id": "",
            "tool_calls": [],
            "tool_call_names": [],
            "tool_definitions": {},
            "user_id": call.user.id + "@lotuspine.example",
            "session_id": "req-" + call.conv_id[5:13],
            "trace_name": "talentsieve-" + name,
            "tags": ["hr", "talentsieve"],
            "release": "2025.06",
            "bookmarked": False,
            "public": False,
        }
        call.request_id = row["id"]
        sink = self.sink_for(call.ts)
        data = orjson.dumps(row)
        self.ctx.malformed.before(self, sink, call, row, data)
        n = sink.write_line(data)
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.app.project_id, call.key_id, call.served, False, call)
        self.ctx.observe(sink, n, call)
