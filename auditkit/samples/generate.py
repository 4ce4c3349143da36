"""``generate()``: the whole multi-format sample of the fictional company, deterministically.

Calls are split over the applications by their ``share`` of traffic (restricted to the chosen formats),
generated one application at a time in time order, and streamed to the writers of the formats they
belong to; derived exports (moderation, Files snapshots, Usage pages) follow. Memory is bounded by one
day of one application (plus one week of batch briefs), so a million records stream straight to disk.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from auditkit.errors import ParameterError
from auditkit.samples.company import App, Company, load_company
from auditkit.samples.content import AppContent, load_content
from auditkit.samples.identifiers import Ids
from auditkit.samples.malformed import Injector
from auditkit.samples.manifest import write_manifest, write_readme
from auditkit.samples.traffic import active_formats, allocate, app_calls, pilot_calls
from auditkit.samples.writers import FORMATS, WRITERS, Context, Options, Writer
from auditkit.samples.writers.account import write_file_snapshots, write_usage_pages
from auditkit.samples.writers.moderation import ModerationWriter
from auditkit.samples.writers.proxy import ProxyWriter, proxy_line

__all__ = ["generate", "GenerationResult", "DEFAULT_START", "DEFAULT_RECORDS", "DEFAULT_SEED", "plan"]

DEFAULT_START = dt.date(2025, 6, 1)
DEFAULT_RECORDS = 3000
DEFAULT_SEED = 7
#: the leaked key sits at this fraction of the coding assistant's calls (after its data-sharing opt-in)
LEAK_AT = 0.62


@dataclass
class GenerationResult:
    out: Path
    calls: int
    files: list  # list[FileRecord]
    context: Context


def plan(company: Company, records: int, formats: Sequence[str]) -> dict[str, int]:
    """Calls per application: ``records`` split by share, over the days each has a chosen format."""
    weights = []
    for app in company.apps:
        days = [company.start + dt.timedelta(days=d) for d in range(company.days)]
        active = sum(1 for d in days if active_formats(app, formats, d))
        weights.append(app.traffic.share * active / company.days)
    return dict(zip((a.id for a in company.apps), allocate(records, weights), strict=True))


def _writers(ctx: Context, app: App, content: AppContent, formats: Iterable[str]) -> dict[str, Writer]:
    """The writers of the application's formats among ``formats``."""
    out: dict[str, Writer] = {}
    for fmt in formats:
        entry = WRITERS.get(fmt)
        cls = entry.get(app.id) if isinstance(entry, dict) else entry
        if cls is not None and fmt in app.traffic.formats:
            out[fmt] = cls(ctx, app, content)
    if "openai_moderation" in formats and app.traffic.moderation_from is not None:
        out["openai_moderation"] = ModerationWriter(ctx, app, content)
    return out


#: Files of a sample folder that the generator does not write and keeps when it regenerates the folder: the
#: organisation profile of the retention audit (docs/retention.md), written from company.yaml by hand.
KEPT_FILES = frozenset({"profile.yaml"})


def generate(
    out: str | os.PathLike[str],
    *,
    records: int = DEFAULT_RECORDS,
    seed: int = DEFAULT_SEED,
    start: dt.date = DEFAULT_START,
    formats: Sequence[str] | None = None,
    compress: bool = True,
    one_file: bool = False,
    malformed: bool = True,
    clean_dir: bool = True,
) -> GenerationResult:
    """Write the company's sample logs under ``out``.

    Args:
        records: calls to generate over all chosen formats (derived exports come on top).
        seed: the same seed (and arguments) gives byte-identical files.
        start: first day of the window (the company's dated facts move with it).
        formats: restrict to these formats (default: all of :data:`FORMATS`).
        compress: gzip months before the last two (log rotation), as in the committed sample.
        one_file: one file per application and format, no rotation, no archive (benchmarks).
        malformed: add the deliberate malformed lines.
        clean_dir: empty ``out`` first (only files the generator writes are expected there).
    """
    chosen = tuple(formats) if formats else FORMATS
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ParameterError("formats", unknown[0], "one of " + ", ".join(FORMATS))
    if records < 0:
        raise ParameterError("records", records, "a number >= 0")
    root = Path(out)
    if clean_dir and root.exists() and any(root.iterdir()):
        # Only a folder this generator wrote before (it holds MANIFEST.yaml) is emptied: pointing --out at
        # a folder of one's own files must never delete them.
        if not (root / "MANIFEST.yaml").is_file():
            raise ParameterError("out", str(root), "an empty folder, a new one, or a folder written by "
                                 "python -m auditkit.samples before (it has MANIFEST.yaml)")
        for child in root.iterdir():
            if child.name in KEPT_FILES:
                continue
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    root.mkdir(parents=True, exist_ok=True)
    company = load_company(start)
    options = Options(compress=compress, one_file=one_file, malformed=malformed and not one_file)
    ctx = Context(root, company, seed, options, chosen)
    ctx.malformed = Injector(ctx, options.malformed)
    call_formats = [f for f in chosen if f in WRITERS]
    if "openai_moderation" in chosen and "openai_chat_proxy" not in call_formats:
        call_formats.append("openai_chat_proxy")  # moderation needs the requests it judged
    counts = plan(company, records, call_formats)
    total = 0
    if "openai_chat_proxy" in call_formats and not one_file:
        _write_pilot(ctx, company, seed)
    for app in company.apps:
        n = counts[app.id]
        if not n:
            continue
        content = load_content(app.id)
        writers = _writers(
            ctx, app, content, [*call_formats, *(f for f in chosen if f == "openai_moderation")]
        )
        moderation = writers.pop("openai_moderation", None)
        specials = {int(n * LEAK_AT): "leaked_key"} if "leaked_key" in content.special else {}
        for call in app_calls(app, content, company, n, seed, call_formats, specials):
            writers[call.fmt].add(call)
            if moderation is not None and call.fmt == "openai_chat_proxy":
                moderation.add(call)  # after the proxy writer, which gave the call its x_request_id
            total += 1
        for w in (*writers.values(), *([moderation] if moderation else [])):
            w.close()
    ctx.finish()
    if "openai_files" in chosen:
        write_file_snapshots(ctx)
    if "openai_usage" in chosen:
        write_usage_pages(ctx)
    write_manifest(ctx, records=records, calls=total, formats=chosen)
    write_readme(ctx, records=records)
    return GenerationResult(root, total, ctx.files, ctx)


def _write_pilot(ctx: Context, company: Company, seed: int) -> None:
    """The support bot's February 2023 pilot: an old archive file from before the data-usage policy."""
    app = company.app(company.pilot["app"])
    content = load_content(app.id)
    ids = Ids(ctx.rng(app.id, "pilot", "ids"))
    sink = ctx.sink(
        f"proxy/archive/{app.id.replace('_', '-')}-pilot-2023-02.jsonl", ProxyWriter.format, app.id
    )
    for call in pilot_calls(app, content, company, seed):
        line = proxy_line(call, ids, None, company.info["org_id"], legacy=True, user_key="user")
        n = sink.write_line(orjson.dumps(line))
        ctx.count(call)
        ctx.tally("pre_policy_record", sink.rel, n)
        ctx.observe(sink, n, call)
    ctx.done(sink)
