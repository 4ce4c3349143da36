"""OpenAI Files API objects and list snapshots (``openai_files``): what is stored with the provider.

Reads (``../shared/reference/log-formats.md`` §4) file objects (``"object": "file"``), Files list pages
(``{"object": "list", "data": [file, ...]}``) as a JSON document, one page per JSON Lines line, or a JSON
array of pages, and deletion responses ``{"id", "object": "file", "deleted": true}`` logged by a client.
Each file object is one ``file_object`` row without text: ``object_purpose``, ``object_bytes``,
``object_name`` (the file name, which may itself hold personal data), ``event_time`` = ``created_at``,
``expires_at``; ``status`` and the other fields go to ``metadata_json``.

OpenAI records no deletion time anywhere, so deletions are inferred from successive list snapshots
(:mod:`auditkit.loaders.openai_files_snapshots` does the merge). A snapshot's time comes from, in order:

1. an explicit member of the page: ``snapshot_at``, ``fetched_at``, ``retrieved_at`` or ``exported_at``
   (ISO 8601, or epoch seconds; numbers above 10^11 are read as milliseconds). For a bare file object per
   line, the same keys on the object itself;
2. a date or date-time in the file name (the archive member's name inside a zip), read as UTC:
   ``files_2025-03-01.json``, ``files-20250301T0200Z.json``, ``files_2025-03-01_14-30.jsonl``;
3. otherwise unknown: that snapshot still counts as a sighting, but no deletion can be inferred from it.

A date without a time stands for the whole day: the snapshot counts as taken at 00:00 UTC for
``first_seen_at``/``last_seen_at`` and by the end of that day (next 00:00 UTC) as a deletion bound.

Only a list page is a *listing*, whose silence about a file means something; bare file objects (one per
line, in an array, or a single retrieved object) show that a file existed at their snapshot time, never
that another was gone. An empty page (``"data": []``) is read too: it is the listing that shows every
earlier file gone. It is the one shape this loader claims with little certainty (0.5), because an empty
list page looks the same for every list endpoint. A page with a member ``purpose`` is a listing filtered
to that purpose.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from auditkit.loaders.openai_chat import first
from auditkit.loaders.base import FinalizeResult, Item, Loader, LoadOptions, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_bool, as_int, as_str, dumps, require, show, to_ns
from auditkit.loaders.listpage import PageMember, explode_page, page_of
from auditkit.loaders.openai_files_snapshots import merge_snapshots

__all__ = ["OpenAIFilesLoader", "snapshot_time", "name_time"]

SNAPSHOT_KEYS = ("snapshot_at", "fetched_at", "retrieved_at", "exported_at")
_DELETION_TIME_KEYS = ("deleted_at", "logged_at", "timestamp", "time")
_MAPPED = {"id", "object", "bytes", "created_at", "expires_at", "filename", "purpose", *SNAPSHOT_KEYS}
_NAME_TIME = re.compile(r"(?<!\d)(20\d\d)-?(\d\d)-?(\d\d)(?:[T_ ]?(\d\d)[:-]?(\d\d)(?:[:-]?(\d\d))?)?(?!\d)")
_DAY_NS = 86_400 * 10**9
_NS = 10**9

Window = tuple[int | None, int | None, str]  # earliest, latest (ns), where the time came from


def name_time(path: str) -> Window:
    """The snapshot time a file name states (the first valid date in it), as a window."""
    name = os.path.basename(path.rsplit("!", 1)[-1])
    for m in _NAME_TIME.finditer(name):
        year, month, day, hour, minute, second = m.groups()
        try:
            moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                              int(second or 0), tzinfo=UTC)
        except ValueError:
            continue
        ns = int(moment.timestamp()) * _NS
        return ns, ns + (_DAY_NS if hour is None else 0), f"file name ({m.group(0)})"
    return None, None, "unknown"


def _explicit(value: Any, key: str) -> Window:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1e11:
        ns = to_ns(value, key, unit="ms")
    else:
        ns = to_ns(value, key)
    day_only = isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()) is not None
    if ns is None:
        raise RecordError(RejectReason.BAD_TIMESTAMP, f"a timestamp in {key}", show(value))
    return ns, ns + (_DAY_NS if day_only else 0), f"page member {key}"


def snapshot_time(page: Mapping[str, Any], path: str) -> Window:
    """When a list snapshot was taken: explicit page member > date in the file name > unknown."""
    for key in SNAPSHOT_KEYS:
        if page.get(key) not in (None, ""):
            return _explicit(page[key], key)
    return name_time(path)


def _is_empty_page(value: Any) -> bool:
    return isinstance(value, dict) and value.get("object") == "list" and value.get("data") == []


def _is_file(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    if value.get("object") == "file":
        return True
    has_file_keys = bool({"purpose", "bytes", "deleted"} & value.keys())
    return str(value.get("id", "")).startswith("file-") and has_file_keys


def _page_id(item: Item) -> str:
    """Which page a record belongs to: one per JSON Lines line or array element; a document is one page."""
    if isinstance(item.value, PageMember):
        head = item.pointer[: item.pointer.rfind("/data/")]
        return f"{item.path}:{item.line}{head}" if item.container == "jsonl" else f"{item.path}{head}"
    if _is_empty_page(item.value) and (item.container == "jsonl" or item.pointer):
        line = f":{item.line}" if item.container == "jsonl" else ""
        return f"{item.path}{line}{item.pointer}"
    return item.path


class OpenAIFilesLoader(Loader):
    name = "openai_files"
    description = "OpenAI Files objects and list snapshots (deletions inferred between snapshots)"
    containers = frozenset({"jsonl", "json"})
    item_paths = (("data",),)
    carries_text = "no"

    def sniff(self, sample: Sample) -> float:
        items = [it for v in sample.values for _, it in self.explode(v)]
        if not items:
            return 0.5 if sample.shape == "wrapped" and sample.context.get("object") == "list" else 0.0
        files = sum(1 for it in items if _is_file(it))
        empty = sum(1 for it in items if _is_empty_page(it))
        if files:
            return (files + empty) / len(items)
        return 0.5 if empty == len(items) else 0.0

    def explode(self, value: Any) -> Any:
        return explode_page(value, empty=True)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        page = page_of(rec, item.context)
        if not page and not isinstance(rec, PageMember):  # a bare object, or an empty page read whole
            page = rec if _is_empty_page(rec) else {k: rec[k] for k in SNAPSHOT_KEYS if k in rec}
        earliest, latest, source = snapshot_time(page, item.path)
        listing = isinstance(rec, PageMember) or bool(item.context) or _is_empty_page(rec)
        snap = {"page": _page_id(item), "at": earliest, "latest": latest, "time_source": source,
                "listing": listing, "has_more": as_bool(page.get("has_more"), "has_more"),
                "purpose": as_str(page.get("purpose"), "purpose") if listing else None}
        if _is_empty_page(rec):
            marker = {"auditkit": {"snapshot": snap, "marker": True}}
            return [{"record_kind": "file_object", "has_content": False, "first_seen_at": earliest,
                     "last_seen_at": earliest, "metadata_json": dumps(marker)}]
        if rec.get("object") not in (None, "file"):
            raise RecordError(RejectReason.WRONG_FORMAT, "a file object (object 'file')",
                              show(rec.get("object")))
        file_id = as_str(require(rec, "id", "the file id"), "id")
        if rec.get("deleted") is not None:
            return [self._deletion(rec, file_id)]
        created = rec.get("created_at")
        rest = {k: v for k, v in rec.items() if k not in _MAPPED}
        return [{
            "record_kind": "file_object", "record_id": file_id, "provider": "openai", "has_content": False,
            # A Files list carries no project; exporters that list per project write it beside the list.
            "project_id": as_str(first(rec.get("project_id"), page.get("project_id")), "project_id"),
            "org_id": as_str(first(rec.get("organization_id"), page.get("organization_id"), page.get("org_id")),
                             "org_id"),
            "event_time": to_ns(created, "created_at"),
            "event_time_raw": str(created) if created is not None else None,
            "expires_at": to_ns(rec.get("expires_at"), "expires_at"),
            "object_purpose": as_str(rec.get("purpose"), "purpose"),
            "object_bytes": as_int(rec.get("bytes"), "bytes"),
            "object_name": as_str(rec.get("filename"), "filename"),
            "first_seen_at": earliest, "last_seen_at": earliest,
            "metadata_json": dumps({**rest, "auditkit": {"snapshot": snap}}),
        }]

    @staticmethod
    def _deletion(rec: dict[str, Any], file_id: str) -> dict[str, Any]:
        """A logged ``DELETE /v1/files/{id}`` response: a confirmed deletion, timed when the log says when."""
        deleted = as_bool(rec.get("deleted"), "deleted")
        key = next((k for k in _DELETION_TIME_KEYS if rec.get(k) is not None), None)
        when = to_ns(rec[key], key) if key else None
        note = {"deletion_record": True, "deleted": deleted, "at": when, "time_source": key}
        return {"record_kind": "file_object", "record_id": file_id, "provider": "openai",
                "has_content": False,
                "deleted_at": when if deleted else None, "event_time_raw": str(rec[key]) if key else None,
                "metadata_json": dumps({"auditkit": note})}

    def finalize(self, frame: pd.DataFrame, options: LoadOptions) -> FinalizeResult:
        """Merge sightings of each file across snapshots and infer deletions (see the module docstring)."""
        return merge_snapshots(frame, self.name)
