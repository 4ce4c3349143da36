"""Azure OpenAI diagnostic logs (``azure_diag``): ``AzureDiagnostics`` rows of Microsoft.CognitiveServices.

``../shared/reference/log-formats.md`` §12. Two forms of the same rows:

* raw, as a diagnostic setting writes them to a storage account or an Event Hub: ``{"records": [...]}``
  documents (one per blob or per line) or JSON Lines, keys ``time, resourceId, category, operationName,
  durationMs, resultSignature, resultType, correlationId, location, callerIpAddress, properties{...}``;
* exported from Log Analytics: a JSON array or CSV with ``TimeGenerated, _ResourceId`` (or
  ``ResourceId``), ``Category, OperationName, DurationMs, ResultSignature, ResultType, CorrelationId,
  CallerIPAddress`` and ``properties_s`` (the properties as a JSON string). A portal "Export to CSV"
  writes ``TimeGenerated [UTC]`` with US-style times (``3/4/2025, 10:15:02.481 AM``, unverified); a
  ``[Local Time]`` column is read in the ``timezone`` option.

Keys are read case-insensitively. What a row means to an auditor (record kind ``diagnostic``):

* there is **no prompt or completion text and no token count**: ``has_content`` is False. The rows
  serve volume, timing and caller reconciliation (``requestLength``/``responseLength`` are bytes, kept in
  ``metadata_json.properties``).
* ``record_id`` and ``request_id`` are the ``CorrelationId``; ``user_id`` is ``objectId`` (else
  ``callerObjectId``), an Entra ID object id (``entra_object_id``); ``model_requested`` is the
  deployment name, ``model_served`` ``modelName-modelVersion`` (``gpt-4o-mini-2024-07-18``);
  ``project_id`` is the account name and ``org_id`` the subscription id, both parsed from the resource id
  and lower-cased (raw blobs upper-case the resource id, Log Analytics does not); ``latency_ms`` is
  ``DurationMs``; ``http_status`` is ``ResultSignature``; ``endpoint`` the ``OperationName``; ``is_stream``
  from ``streamType``.
* every category of the account is kept (``RequestResponse``, ``Audit``, ``Trace``,
  ``AzureOpenAIRequestUsage`` ...), with the category in ``metadata_json``, because a retention audit must
  see all diagnostic data that exists. Only ``RequestResponse`` rows are API calls: they alone count in
  ``num_requests`` and carry a ``record_id``; other categories may share a correlation id with the call
  they belong to, so they are never merged with it.
* rows of other Azure services (Key Vault, storage ... share the ``AzureDiagnostics`` table) are
  rejected as ``wrong_format``, naming the resource provider.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from auditkit.loaders.base import Item, Loader, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_dict, as_float, as_str, dumps, require, show, to_ns

__all__ = ["AzureDiagnosticsLoader", "parse_resource_id", "normalise_keys"]

_RESOURCE = re.compile(r"/subscriptions/([^/]+)/.*?/providers/([^/]+)/[^/]+/([^/]+)", re.IGNORECASE)
_ZONE_SUFFIX = re.compile(r"\s*\[(utc|local time)\]$", re.IGNORECASE)
_ALIASES = {"timegenerated": "time", "properties_s": "properties"}
_US_TIME = ("%m/%d/%Y, %I:%M:%S.%f %p", "%m/%d/%Y, %I:%M:%S %p", "%m/%d/%Y %I:%M:%S %p")
_SUCCESS = {"success", "succeeded", "ok"}
_FAILURE = {"failed", "failure", "error", "clienterror", "servererror"}


def normalise_keys(rec: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Keys lower-cased, without a leading ``_`` or a portal ``[UTC]``/``[Local Time]`` suffix, with
    ``TimeGenerated`` as ``time`` and ``properties_s`` as ``properties``; and that suffix's zone hint."""
    out: dict[str, Any] = {}
    zone_hint = None
    for key, value in rec.items():
        name = key.strip().lstrip("_").lower()
        suffix = _ZONE_SUFFIX.search(name)
        if suffix:
            name = name[: suffix.start()]
            zone_hint = suffix.group(1)
        name = _ALIASES.get(name, name)
        if name not in out or out[name] in (None, ""):
            out[name] = value
    return out, zone_hint


def parse_resource_id(resource_id: str | None) -> tuple[str | None, str | None, str | None]:
    """``(subscription, provider, resource name)`` of an Azure resource id, lower-cased (None if not one)."""
    match = _RESOURCE.search(resource_id or "")
    if not match:
        return None, None, None
    sub, provider, name = (g.lower() for g in match.groups())
    return sub, provider, name


def _time(value: Any, zone: str) -> int | None:
    """ISO 8601 (7 fraction digits in raw blobs), or the portal's US form ``3/4/2025, 10:15:02.481 AM``."""
    if isinstance(value, str) and "/" in value and ("AM" in value.upper() or "PM" in value.upper()):
        for fmt in _US_TIME:
            try:
                stamp = datetime.strptime(value.strip(), fmt).replace(tzinfo=ZoneInfo(zone))
            except ValueError:
                continue
            return to_ns(stamp.isoformat(), "TimeGenerated")
    return to_ns(value, "TimeGenerated", tz=zone)


def _status(result_type: str | None, http: int | None) -> str | None:
    low = (result_type or "").lower()
    if low in _FAILURE or (http is not None and http >= 400):
        return "error"
    if low in _SUCCESS or (http is not None and 200 <= http < 400):
        return "success"
    return "unknown" if result_type else None


def _model_served(props: dict[str, Any]) -> str | None:
    name, version = props.get("modelname"), props.get("modelversion")
    if name and version:
        return f"{name}-{version}"
    return as_str(name, "properties.modelName")


class AzureDiagnosticsLoader(Loader):
    name = "azure_diag"
    description = "Azure OpenAI diagnostic logs (AzureDiagnostics: raw blobs, Event Hub, Log Analytics)"
    containers = frozenset({"jsonl", "json", "csv"})
    item_paths = (("records",),)
    carries_text = "no"

    def sniff(self, sample: Sample) -> float:
        """Share of rows with the keys time, resource id, category, operation name and correlation id."""
        values = []
        for value in sample.values:  # a JSONL line may be a {"records": [...]} wrapper
            if isinstance(value, dict):
                records = value["records"] if isinstance(value.get("records"), list) else [value]
                values.extend(normalise_keys(r)[0] for r in records if isinstance(r, dict))
        if not values:
            return 0.0
        keys = {"time", "resourceid", "category", "operationname", "correlationid"}
        return sum(1 for v in values if keys <= v.keys()) / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec, zone_hint = normalise_keys(item.value)
        zone = item.options.timezone if zone_hint == "local time" else "UTC"
        time_raw = require(rec, "time", "TimeGenerated or time")
        original = as_dict(rec.get("properties"), "properties_s") or {}
        props = {k.lower(): v for k, v in original.items()}  # for lookups; metadata keeps the original
        category = as_str(rec.get("category"), "Category")
        correlation = as_str(rec.get("correlationid"), "CorrelationId")
        calls = (category or "").lower() == "requestresponse"
        row = _where_and_who(rec, props)
        row.update(_call(rec, props))
        meta = {"category": category, "result_type": rec.get("resulttype"),
                "result_signature": str(rec.get("resultsignature") or "").strip() or None,
                "location": rec.get("location"), "properties": original or None}
        row.update({
            "record_kind": "diagnostic",
            "record_id": correlation if calls else None,
            "request_id": correlation,
            "event_time": _time(time_raw, zone),
            "event_time_raw": str(time_raw),
            "num_requests": 1 if calls else 0,
            "has_content": False,
            "metadata_json": dumps({k: v for k, v in meta.items() if v not in (None, "")}),
        })
        return [row]


def _where_and_who(rec: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
    """Subscription, account, caller and address; rows of other Azure services are rejected."""
    resource_id = as_str(rec.get("resourceid"), "ResourceId")
    sub, provider, account = parse_resource_id(resource_id)
    if provider is not None and provider != "microsoft.cognitiveservices":
        raise RecordError(RejectReason.WRONG_FORMAT, "a diagnostic row of Microsoft.CognitiveServices",
                          f"a row of {provider.upper()} ({show(resource_id, 80)})")
    user = as_str(props.get("objectid") or props.get("callerobjectid"), "properties.objectId")
    return {
        "org_id": sub or as_str(rec.get("subscriptionid"), "SubscriptionId"),
        "project_id": account or (as_str(rec.get("resource"), "Resource") or "").lower() or None,
        "user_id": user,
        "user_id_kind": "entra_object_id" if user else None,
        "client_ip": as_str(rec.get("calleripaddress"), "CallerIPAddress"),
    }


def _call(rec: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
    """Operation, model, outcome, duration and streaming of the call."""
    signature = str(rec.get("resultsignature") or "").strip()
    http = int(signature) if signature.isdigit() else None
    deployment = as_str(props.get("modeldeploymentname"), "properties.modelDeploymentName")
    served = _model_served(props)
    stream = str(props.get("streamtype") or "").lower()
    return {
        "latency_ms": as_float(rec.get("durationms"), "DurationMs", minimum=0),
        "endpoint": as_str(rec.get("operationname"), "OperationName"),
        "provider": "azure",
        "model": served or deployment, "model_requested": deployment, "model_served": served,
        "status": _status(as_str(rec.get("resulttype"), "ResultType"), http),
        "http_status": http,
        "is_stream": {"streaming": True, "non-streaming": False}.get(stream),
    }
