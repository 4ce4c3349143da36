"""Chat-proxy JSON Lines (``openai_chat_proxy``): the support bot and the health app until August.

One line per call, as the company's logging proxy writes it: the proxy's own fields (``logged_at``,
``proxy_request_id``, ``http_status``, ``x_request_id``, ``project_id``, ``api_key_id``, ``latency_ms``),
the request body and the response (a ``chat.completion``, the streamed chunks, or an error body).
Monthly files; months before the last two are gzip-compressed, as log rotation leaves them.
"""

from __future__ import annotations

from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import MonthlyWriter, iso_ms
from auditkit.samples.writers.chat import chunks, completion, error_body, request_messages

__all__ = ["ProxyWriter", "proxy_line"]

_IMAGE_HOST = {"health_app": "https://cdn.wellpine.example/uploads"}
_LOCALE = {
    ("en", "US"): "en-US",
    ("en", "EU"): "en-GB",
    ("en", "SG"): "en-SG",
    ("zh", "CN"): "zh-CN",
    ("zh", "SG"): "zh-SG",
    ("en", "CN"): "en-US",
    ("zh", "US"): "zh-CN",
    ("zh", "EU"): "zh-CN",
}
_APP_TAG = {"support_bot": "pine-assist", "health_app": "wellpine"}


def proxy_line(
    call: Call,
    ids: Ids,
    project: str | None,
    org_id: str,
    *,
    legacy: bool = False,
    user_key: str = "safety_identifier",
    tools: bool = False,
) -> dict[str, Any]:
    """The proxy's record of one call (``legacy``: the 2023 pilot proxy, before projects and ``store``;
    ``tools``: the request declared the order-lookup tool)."""
    done = call.ts + call.latency_ms / 1000
    request: dict[str, Any] = {"model": call.model}
    if not legacy:
        request["store"] = call.store
    request[user_key] = call.user.id
    request["metadata"] = {
        "app": _APP_TAG.get(call.app, call.app),
        "locale": _LOCALE.get((call.user.lang, call.user.region), "en-US"),
        "region": call.user.region,
        "conversation_id": call.conv_id,
    }
    request["messages"] = request_messages(call, "system", _IMAGE_HOST.get(call.app, ""))
    if tools:
        request["tools"] = _TOOLS
    if call.stream:
        request["stream"] = True
        request["stream_options"] = {"include_usage": True}
    created = int(call.ts)
    if call.error:
        status, response = error_body(call, org_id)
    elif call.stream and not call.tool_call:
        status, response = 200, chunks(call, ids, created)
    else:
        status, response = 200, completion(call, ids, created)
    call.request_id = "req_" + ids.hex(32)
    line: dict[str, Any] = {
        "logged_at": iso_ms(done),
        "proxy_request_id": "px-" + ids.hex(12),
        "http_status": status,
        "x_request_id": call.request_id,
    }
    if not legacy:
        line["project_id"] = project
        line["api_key_id"] = call.key_id
    line["latency_ms"] = float(call.latency_ms)
    line["request"] = request
    line["response"] = response
    return line


_TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "lookup_order",
            "description": "Look up an order by its order number",
            "parameters": {
                "type": "object",
                "properties": {"order_no": {"type": "string"}},
                "required": ["order_no"],
            },
        },
    }
]


class ProxyWriter(MonthlyWriter):
    format = "openai_chat_proxy"
    suffix = ".jsonl"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "proxy/" + app.id.replace("_", "-")
        self.ids = Ids(self.rng)
        self.org = ctx.company.info["org_id"]
        self.user_key = "user" if app.id == "health_app" else "safety_identifier"
        self.project = app.project_id
        self.zdr = bool(app.facts.get("zero_data_retention"))
        # the support bot declares its order-lookup tool from the release that brought the new key
        rotation = app.traffic.key_rotation if app.traffic.tool_call_rate else None
        self.tools_from = rotation.timestamp() if rotation else None

    def add(self, call: Call) -> None:
        tools = self.tools_from is not None and call.ts >= self.tools_from
        line = proxy_line(call, self.ids, self.project, self.org, user_key=self.user_key, tools=tools)
        sink = self.sink_for(call.ts)
        data = orjson.dumps(line)
        self.ctx.malformed.before(self, sink, call, line, data)
        n = sink.write_line(data)
        self.ctx.count(call)
        self.ctx.add_usage(call.ts, self.project, call.key_id, call.served, False, call)
        tags: tuple[str, ...] = ()
        if call.store and not call.error:
            tags = (
                ("stored_completion", "zdr_breach_stored_completion") if self.zdr else ("stored_completion",)
            )
        self.ctx.observe(sink, n, call, tags)
