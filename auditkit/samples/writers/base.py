"""What every format writer shares: output files (plain or gzip, rotated by month) and the run context.

A :class:`Sink` is one output file. It counts lines and bytes and can be gzip-compressed with a fixed
header (no name, mtime 0) so that the same input gives the same bytes. A :class:`Context` carries what the
writers of one run share: the output folder, the company, the options, the usage aggregate, the files the
jobs uploaded, and the manifest of deliberate cases.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from auditkit.samples.company import App, Company
from auditkit.samples.content import AppContent
from auditkit.samples.traffic import Call

__all__ = ["Sink", "Context", "Options", "Writer", "iso_ms", "month_key", "FileRecord", "Case"]

_BUF = 1 << 20


_DAYS: dict[int, str] = {}


def iso_ms(ts: float) -> str:
    """``2025-06-03T10:15:02.481Z``: ISO 8601 UTC with milliseconds, as proxies log (fast path)."""
    ms = int(ts * 1000)
    day, rest = divmod(ms, 86_400_000)
    prefix = _DAYS.get(day)
    if prefix is None:
        prefix = _DAYS[day] = dt.datetime.fromtimestamp(day * 86_400, dt.UTC).strftime("%Y-%m-%dT")
    sec, milli = divmod(rest, 1000)
    hour, sec = divmod(sec, 3600)
    minute, sec = divmod(sec, 60)
    return f"{prefix}{hour:02d}:{minute:02d}:{sec:02d}.{milli:03d}Z"


def month_key(ts: float) -> str:
    return iso_ms(ts)[:7]


@dataclass(frozen=True)
class Options:
    """How a run writes: compression of older months, one file per format, malformed lines."""

    compress: bool = True
    one_file: bool = False
    malformed: bool = True


@dataclass
class FileRecord:
    """One written file, for the manifest."""

    path: str
    format: str
    app: str
    lines: int = 0
    calls: int = 0
    encoding: str = "utf-8"
    compression: str = "none"
    note: str = ""


@dataclass
class Case:
    """A deliberate case placed in the sample: what, where (file and 1-based line), and detail."""

    case: str
    path: str
    line: int | None
    detail: str


class Sink:
    """One output file: buffered, optionally gzip, counting lines."""

    def __init__(
        self,
        root: Path,
        rel: str,
        fmt: str,
        app: str,
        *,
        gz: bool = False,
        encoding: str = "utf-8",
        newline: bytes = b"\n",
    ) -> None:
        self.rel = rel + (".gz" if gz else "")
        path = root / self.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = open(path, "wb")  # noqa: SIM115 - a long-lived sink, closed by close()
        self._gz = (
            gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0, compresslevel=9) if gz else None
        )
        self._out: io.BufferedWriter | gzip.GzipFile = self._gz or self._raw
        self._buf: list[bytes] = []
        self._size = 0
        self.newline = newline
        self.encoding = encoding
        self.record = FileRecord(self.rel, fmt, app, encoding=encoding, compression="gzip" if gz else "none")

    @property
    def line(self) -> int:
        """The 1-based number of the last line written."""
        return self.record.lines

    def write_line(self, data: bytes, calls: int = 1) -> int:
        """Write one line (without its newline); return its 1-based line number."""
        self._buf.append(data)
        self._size += len(data)
        self.record.lines += 1
        self.record.calls += calls
        if self._size > _BUF:
            self.flush()
        return self.record.lines

    def write_text(self, text: str, lines: int = 0) -> None:
        """Write a whole document (JSON files); ``lines`` = records it holds, for the manifest."""
        self.flush()
        self._out.write(text.encode(self.encoding))
        self.record.calls += lines

    def flush(self) -> None:
        if self._buf:
            self._out.write(self.newline.join(self._buf) + self.newline)
            self._buf, self._size = [], 0

    def close(self) -> FileRecord:
        self.flush()
        if self._gz is not None:
            self._gz.close()
        self._raw.close()
        return self.record


@dataclass
class Context:
    """Shared state of one generation run."""

    root: Path
    company: Company
    seed: int
    options: Options
    formats: tuple[str, ...]
    files: list[FileRecord] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    categories: dict[str, dict[str, int]] = field(default_factory=dict)
    usage: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)
    uploaded: list[dict[str, Any]] = field(default_factory=list)  # batch files: {project_id, object}
    tallies: dict[str, dict[str, Any]] = field(default_factory=dict)
    malformed: Any = None  # an auditkit.samples.malformed.Injector
    shared: dict[str, Sink] = field(default_factory=dict)
    _tags: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def sink(self, rel: str, fmt: str, app: str, **kw: Any) -> Sink:
        return Sink(self.root, rel, fmt, app, **kw)

    def shared_sink(self, rel: str, fmt: str) -> Sink:
        """With ``one_file``: the one file of a format, shared by its applications (see :meth:`finish`)."""
        sink = self.shared.get(rel)
        if sink is None:
            sink = self.shared[rel] = Sink(self.root, rel, fmt, "*")
        return sink

    def finish(self) -> None:
        for sink in self.shared.values():
            self.done(sink)
        self.shared.clear()

    def done(self, sink: Sink) -> None:
        self.files.append(sink.close())

    def case(self, case: str, sink: Sink | str, line: int | None, detail: str) -> None:
        path = sink.rel if isinstance(sink, Sink) else sink
        self.cases.append(Case(case, path, line, detail))

    def tally(self, tag: str, path: str, line: int | None) -> None:
        """Count one occurrence of a deliberate case; keep its first location."""
        entry = self.tallies.get(tag)
        if entry is None:
            entry = self.tallies[tag] = {"count": 0, "files": {}, "first": f"{path}:{line}" if line else path}
        entry["count"] += 1
        entry["files"][path] = entry["files"].get(path, 0) + 1

    def observe(self, sink: Sink, line: int | None, call: Call, fmt_tags: tuple[str, ...] = ()) -> None:
        """Record the deliberate cases a written call carries (personal data, secrets, stored ...)."""
        ex = call.exchange
        tags = self._tags.get((call.app, ex.id))
        if tags is None:
            tags = tuple(f"pii:{k}" for k in ex.pii if k != "secret") + tuple(
                f"near_miss:{k}" for k in ex.near_pii
            )
            if ex.near:
                tags += (f"hard_negative:{ex.near}",)
            if ex.category:
                tags += (f"policy:{ex.category}",)
            self._tags[(call.app, ex.id)] = tags
        path = sink.rel
        for tag in tags:
            self.tally(tag, path, line)
        for tag in fmt_tags:
            self.tally(tag, path, line)
        if call.cases:
            for case in call.cases:
                self.case(case, sink, line, f"{call.app}: {ex.id}")
                self.tally(case, path, line)
        if call.disclaimer is False:
            self.tally("disclaimer_missing_first_reply", path, line)
        if call.image:
            self.tally("image_input", path, line)

    def count(self, call: Call) -> None:
        """Tally the policy category of a call that carries text (the manifest's expected counts)."""
        cat = call.exchange.category
        if cat:
            per = self.categories.setdefault(cat, {})
            per[call.app] = per.get(call.app, 0) + 1

    def add_usage(
        self, ts: float, project: str | None, key: str, model: str, batch: bool, call: Call
    ) -> None:
        """Aggregate a call that reached the OpenAI API into the Usage API's daily buckets."""
        if not project:
            return
        day = int(ts // 86_400) * 86_400
        slot = self.usage.setdefault((day, project, key, model, batch), [0, 0, 0])
        slot[0] += call.prompt_tokens
        slot[1] += 0 if call.error else call.completion_tokens
        slot[2] += 1

    def compress(self, month: str) -> bool:
        """Older months are gzip-compressed (log rotation); the last two stay plain."""
        return self.options.compress and not self.options.one_file and month < self.last_month_minus_one

    @property
    def last_month_minus_one(self) -> str:
        end = self.company.end - dt.timedelta(days=1)
        prev = end.replace(day=1) - dt.timedelta(days=1)
        return prev.strftime("%Y-%m")


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj)


class Writer:
    """Base of the per-format writers: ``add`` calls in time order, then ``close``."""

    format: str = ""

    def __init__(self, ctx: Context, app: App, content: AppContent) -> None:
        self.ctx, self.app, self.content = ctx, app, content
        self.rng = ctx.rng(app.id, self.format, "ids")

    def add(self, call: Call) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class MonthlyWriter(Writer):
    """A writer whose file rotates every month (``<dir>/<month>.jsonl``, older months gzipped)."""

    directory: str = ""
    suffix: str = ".jsonl"

    def __init__(self, ctx: Context, app: App, content: AppContent) -> None:
        super().__init__(ctx, app, content)
        self.sink: Sink | None = None
        self.month = ""
        self.on_open: Callable[[Sink, str], None] | None = None

    def sink_for(self, ts: float) -> Sink:
        if self.ctx.options.one_file:
            if self.sink is None:
                self.sink = self.ctx.shared_sink(
                    f"{self.directory.split('/')[0]}/{self.format}.jsonl", self.format
                )
            return self.sink
        month = month_key(ts)
        if self.sink is None or month != self.month:
            if self.sink is not None:
                self.ctx.done(self.sink)
            self.month = month
            name = f"{self.directory}/{self.file_stem(month)}{self.suffix}"
            self.sink = self.ctx.sink(name, self.format, self.app.id, gz=self.ctx.compress(month))
        return self.sink

    def file_stem(self, month: str) -> str:
        return month

    def close(self) -> None:
        if self.sink is not None and not self.ctx.options.one_file:
            self.ctx.done(self.sink)
        self.sink = None
