"""Azure OpenAI diagnostic logs, category ``RequestResponse`` (``azure_diag``): no text, no tokens.

The Berlin translator runs on an Azure OpenAI resource in Sweden Central whose diagnostic setting archives
to a storage account: JSON Lines blobs with ``time`` in 7-digit fractional ISO form, upper-case
``resourceId`` and the ``properties`` object (request/response sizes in bytes, the caller's Entra object id).
"""

from __future__ import annotations

import datetime as dt

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import MonthlyWriter

__all__ = ["AzureWriter"]

_RESOURCE = (
    "/SUBSCRIPTIONS/5F3C2A91-7D4E-4B8A-9C1F-2E6D8B0A4C73/RESOURCEGROUPS/RG-LOTUSPINE-EU-AI/PROVIDERS/"
    "MICROSOFT.COGNITIVESERVICES/ACCOUNTS/AOAI-LOTUSPINE-EU"
)


def _time7(ts: float) -> str:
    d = dt.datetime.fromtimestamp(ts, dt.UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}0Z"


class AzureWriter(MonthlyWriter):
    format = "azure_diag"
    suffix = ".json"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "azure/aoai-lotuspine-eu"
        self.ids = Ids(self.rng)
        self.objects: dict[str, str] = {}

    def file_stem(self, month: str) -> str:
        return f"insights-logs-requestresponse-{month}"

    def add(self, call: Call) -> None:
        oid = self.objects.setdefault(call.user.id, self.ids.uuid4())
        status = {None: "200", "rate_limit": "429", "server_error": "500"}[call.error]
        line = {
            "time": _time7(call.ts + call.latency_ms / 1000),
            "resourceId": _RESOURCE,
            "category": "RequestResponse",
            "operationName": "ChatCompletions_Create",
            "durationMs": call.latency_ms,
            "resultSignature": status,
            "resultType": "Succeeded" if status == "200" else "Failed",
            "callerIpAddress": f"10.60.{len(oid) % 7}.***",
            "correlationId": self.ids.uuid4(),
            "location": "swedencentral",
            "properties": {
                "apiName": "Azure OpenAI API version 2024-10-21",
                "requestTime": call.ts,
                "requestLength": 180 + call.prompt_tokens * 4,
                "responseLength": 420 + call.completion_tokens * 4,
                "objectId": oid,
                "callerObjectId": oid,
                "streamType": "Non-Streaming",
                "modelDeploymentName": "gpt4o-mini-translate",
                "modelName": "gpt-4o-mini",
                "modelVersion": "2024-07-18",
            },
        }
        call.request_id = line["correlationId"]
        sink = self.sink_for(call.ts)
        sink.write_line(orjson.dumps(line))
