"""Organisation-level exports: Files list snapshots (``openai_files``) and Usage API pages (``openai_usage``).

* Files: one pretty-printed ``GET /v1/files`` list per project and snapshot date, as the audit team's
  script saved them, with the capture's own ``snapshot_at`` and ``project_id`` beside the list members.
  A snapshot shows the company's uploads that existed then, and the batch jobs' files not yet expired.
* Usage: ``GET /v1/organization/usage/completions`` with ``bucket_width=1d``, grouped by ``project_id``,
  ``api_key_id``, ``model`` and ``batch``: one page (up to 31 daily buckets) per month.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.writers.base import Context

__all__ = ["write_file_snapshots", "write_usage_pages"]

_DAY = 86_400


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write_file_snapshots(ctx: Context) -> None:
    """Two (or more) snapshots of each project's Files list."""
    ids = Ids(ctx.rng("files"))
    company = ctx.company
    # (project, file object, deleted at, whether it disappears at expires_at)
    uploads: list[tuple[str, dict[str, Any], float | None, bool]] = []
    for spec in company.files:
        obj: dict[str, Any] = {
            "id": "file-" + ids.alnum(22),
            "object": "file",
            "bytes": spec.bytes,
            "created_at": int(spec.created.timestamp()),
        }
        if spec.expires_at is not None:
            obj["expires_at"] = int(spec.expires_at.timestamp())
        obj.update(
            {
                "filename": spec.filename,
                "purpose": spec.purpose,
                "status": "processed",
                "status_details": None,
            }
        )
        # the company's own uploads follow company.yaml: listed until `deleted`, even past expires_at
        uploads.append((spec.project_id, obj, spec.deleted.timestamp() if spec.deleted else None, False))
    for up in ctx.uploaded:  # the batch jobs' files vanish when they expire
        uploads.append((up["project_id"], up["object"], None, True))
    names = {p["id"]: p["name"] for p in company.projects}
    for snap in company.snapshots:
        at = snap.timestamp()
        by_project: dict[str, list[dict[str, Any]]] = {}
        for project, obj, deleted, expires in uploads:
            if obj["created_at"] > at or (deleted is not None and deleted <= at):
                continue
            if expires and obj["expires_at"] <= at:
                continue
            by_project.setdefault(project, []).append(obj)
        for project, objs in sorted(by_project.items()):
            objs.sort(key=lambda o: (-o["created_at"], o["id"]))
            doc = {
                "object": "list",
                "data": objs,
                "first_id": objs[0]["id"],
                "last_id": objs[-1]["id"],
                "has_more": False,
                "snapshot_at": snap.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "project_id": project,
            }
            rel = f"files/{_slug(names.get(project, project))}/files-{snap.strftime('%Y-%m-%d')}.json"
            sink = ctx.sink(rel, "openai_files", "organisation")
            sink.write_text(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n", lines=len(objs))
            sink.record.lines = len(objs)
            ctx.done(sink)
            for obj in objs:
                _tag_file(ctx, rel, obj, at, company, project)


def _tag_file(ctx: Context, rel: str, obj: dict[str, Any], at: float, company: Any, project: str) -> None:
    zdr = {p["id"] for p in company.projects if p.get("retention") == "zero_data_retention"}
    if project in zdr:
        ctx.tally("zdr_breach_uploaded_file", rel, None)
    if (
        obj["purpose"] in ("fine-tune", "fine-tune-results", "assistants", "user_data")
        and at - obj["created_at"] > 30 * _DAY
    ):
        ctx.tally("file_retained_over_30_days", rel, None)
    if "expires_at" in obj and obj["expires_at"] <= at:
        ctx.tally("file_past_expires_at", rel, None)


def write_usage_pages(ctx: Context) -> None:
    """Monthly Usage API pages of daily buckets, from every call that reached the OpenAI API."""
    if not ctx.usage:
        return
    start = int(ctx.company.start.timestamp())
    days = sorted({k[0] for k in ctx.usage} | set(range(start, int(ctx.company.end.timestamp()), _DAY)))
    months: dict[str, list[int]] = {}
    for d in days:
        months.setdefault(dt.datetime.fromtimestamp(d, dt.UTC).strftime("%Y-%m"), []).append(d)
    by_day: dict[int, list[tuple[Any, ...]]] = {}
    for key in ctx.usage:
        by_day.setdefault(key[0], []).append(key)
    for month, mdays in sorted(months.items()):
        buckets = []
        for d in mdays:
            results = []
            for key in sorted(by_day.get(d, ())):
                _, project, api_key, model, batch = key
                inp, out, n = ctx.usage[key]
                results.append(
                    {
                        "object": "organization.usage.completions.result",
                        "input_tokens": inp,
                        "output_tokens": out,
                        "num_model_requests": n,
                        "project_id": project,
                        "user_id": None,
                        "api_key_id": api_key or None,
                        "model": model,
                        "batch": batch,
                        "service_tier": None,
                        "input_cached_tokens": 0,
                        "input_audio_tokens": 0,
                        "output_audio_tokens": 0,
                    }
                )
            buckets.append({"object": "bucket", "start_time": d, "end_time": d + _DAY, "results": results})
        doc = {"object": "page", "data": buckets, "has_more": False, "next_page": None}
        sink = ctx.sink(f"usage/usage-completions-{month}.json", "openai_usage", "organisation")
        sink.write_text(orjson.dumps(doc).decode() + "\n", lines=sum(len(b["results"]) for b in buckets))
        sink.record.lines = len(buckets)
        ctx.done(sink)
