"""OpenAI Batch API input and output JSON Lines (``openai_batch``): the copywriter's weekly jobs.

Every Sunday at 18:00 UTC (02:00 in Singapore) Copy Studio submits the week's queue of briefs as one
batch job. Each job has a folder ``batch/copy-studio/<date>_<batch id>/`` with the uploaded input file
(``copy_studio_<date>.jsonl``) and the output file as downloaded (``batch_<id>_output.jsonl``). Output
lines carry no timestamp; ``response.body.created`` is when the request was processed. The input and
output files are also listed in the Files snapshots (purpose ``batch`` / ``batch_output``, expiring 30
days after upload).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import Writer
from auditkit.samples.writers.chat import completion, error_body, request_messages

__all__ = ["BatchWriter"]

_DAY = 86_400
_EXPIRY = 30 * _DAY


class BatchWriter(Writer):
    format = "openai_batch"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.ids = Ids(self.rng)
        self.job_ts: float | None = None
        self.queue: list[Call] = []
        self.end_ts = ctx.company.end.timestamp()

    def _job_time(self, ts: float) -> float:
        """The job a brief queued at ``ts`` goes into: the next Sunday 18:00 UTC (at most the last day)."""
        d = dt.datetime.fromtimestamp(ts, dt.UTC)
        sunday = (d + dt.timedelta(days=(6 - d.weekday()) % 7)).replace(
            hour=18, minute=0, second=0, microsecond=0
        )
        if sunday <= d:
            sunday += dt.timedelta(days=7)
        return min(sunday.timestamp(), self.end_ts - 6 * 3600)

    def add(self, call: Call) -> None:
        job = 0.0 if self.ctx.options.one_file else self._job_time(call.ts)
        if self.job_ts is not None and job != self.job_ts:
            self._flush()
        self.job_ts = job
        self.queue.append(call)

    def close(self) -> None:
        if self.queue:
            self._flush()

    def _flush(self) -> None:
        calls, self.queue = self.queue, []
        ids, ctx = self.ids, self.ctx
        created = int(self.job_ts or calls[-1].ts) + int(self.rng.random() * 600)
        if self.ctx.options.one_file:
            created = int(calls[0].ts)
        batch_id = "batch_" + ids.hex(32)
        date = dt.datetime.fromtimestamp(created, dt.UTC).strftime("%Y-%m-%d")
        folder = "batch/copy-studio" if ctx.options.one_file else f"batch/copy-studio/{date}_{batch_id}"
        in_name = f"copy_studio_{date}.jsonl" if not ctx.options.one_file else "input.jsonl"
        inp = ctx.sink(f"{folder}/{in_name}", self.format, self.app.id)
        out = ctx.sink(
            f"{folder}/{batch_id}_output.jsonl" if not ctx.options.one_file else f"{folder}/output.jsonl",
            self.format,
            self.app.id,
        )
        t = created + 40 + int(self.rng.random() * 300)
        org = ctx.company.info["org_id"]
        for i, call in enumerate(calls):
            custom_id = f"copy-{date}-{i + 1:04d}"
            body: dict[str, Any] = {
                "model": call.model,
                "messages": request_messages(call, "system"),
                "temperature": 0.8,
                "max_completion_tokens": 600,
                "metadata": {"campaign_queue": date, "requested_by": call.user.id},
            }
            n_in = inp.write_line(
                orjson.dumps(
                    {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}
                ),
                calls=0,
            )
            t += 1 + int(self.rng.random() * 8)
            call.ts = float(t)
            req_id = "req_" + ids.hex(32)
            if call.error:
                status, rbody = error_body(call, org)
            else:
                status, rbody = 200, completion(call, ids, t)
            line = {
                "id": "batch_req_" + ids.hex(32),
                "custom_id": custom_id,
                "response": {"status_code": status, "request_id": req_id, "body": rbody},
                "error": None,
            }
            out.write_line(orjson.dumps(line))
            call.request_id = req_id
            ctx.count(call)
            ctx.add_usage(t, self.app.project_id, call.key_id, call.served, True, call)
            ctx.observe(inp, n_in, call)
        done = t + 120
        for sink, purpose, expires in (
            (inp, "batch", created + _EXPIRY),
            (out, "batch_output", done + _EXPIRY),
        ):
            rec = sink.close()
            ctx.files.append(rec)
            size = (ctx.root / rec.path).stat().st_size
            ctx.uploaded.append(
                {
                    "project_id": self.app.project_id,
                    "object": {
                        "id": "file-" + ids.alnum(22),
                        "object": "file",
                        "bytes": size,
                        "created_at": created if purpose == "batch" else done,
                        "expires_at": expires,
                        "filename": sink.rel.rsplit("/", 1)[-1],
                        "purpose": purpose,
                        "status": "processed",
                        "status_details": None,
                    },
                }
            )
        ctx.tally("batch_job", folder, None)
