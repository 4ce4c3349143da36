"""Reading one source file into canonical rows and rejects, with exact accounting.

For every file: ``lines_read = records + rejects + blank_lines``, where a *unit* is a JSONL line, a CSV
data row, or an element of a JSON document (an element of its top-level array, or of the array of
records inside a wrapping object). A unit that yields rows (or is folded into another row later) is a
record; a unit that cannot be used is one reject with the file, line, pointer, reason and an excerpt. A
compressed stream or a document that ends early adds one reject for the unreadable remainder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from auditkit.errors import InputFileError, LogFormatError, UnknownFormatError
from auditkit.io.encoding import detect_encoding
from auditkit.io.jsondoc import JsonDocError, LineIndex, iter_elements
from auditkit.io.readers import (
    CHUNK,
    ChunkReader,
    csv_rows,
    detect_container,
    excerpt,
    jsonl_lines,
    sniff_delimiter,
    utf8_chunks,
)
from auditkit.io.sources import SourceFile, hash_source
from auditkit.loaders import LOADERS, Item, LoadOptions, Loader, RecordError, RejectReason, Sample, choose_loader
from auditkit.loaders.fields import dumps
from auditkit.registry import Registry
from auditkit.schema import build_table

log = logging.getLogger("auditkit")

__all__ = ["FileOutcome", "read_source", "REJECT_COLUMNS"]

REJECT_COLUMNS = ("source_file", "source_line", "source_pointer", "source_format", "reason", "message",
                  "raw_excerpt")
_SAMPLE_UNITS = 50
_FLUSH_ROWS = 20_000
_BATCH_LINES = 8192


@dataclass
class FileOutcome:
    """What reading one file gave: its rows (Arrow, canonical), its rejects and its accounting."""

    source: SourceFile
    table: pa.Table | None = None
    rejects: list[dict[str, Any]] = field(default_factory=list)
    sha256: str = ""
    bytes: int = 0
    encoding: str = ""
    container: str = ""
    format: str = ""
    lines_read: int = 0
    blank_lines: int = 0
    records: int = 0
    status: str = "ok"
    note: str = ""


class _Reader:
    def __init__(self, src: SourceFile, loader: Loader | None, registry: Registry[Loader],
                 options: LoadOptions, strict: bool, progress: Callable[[int], None] | None) -> None:
        self.src = src
        self.forced = loader
        self.loader: Loader | None = loader
        self.registry = registry
        self.options = options
        self.strict = strict
        self.progress = progress
        self.out = FileOutcome(src)
        self.rows: list[dict[str, Any]] = []
        self.tables: list[pa.Table] = []
        self._explodes = True
        self.known_sha256: str | None = None
        self.on_table: Callable[[pa.Table], None] | None = None

    # -- accounting -------------------------------------------------------------------------------
    def reject(self, line: int | None, pointer: str, reason: RejectReason, message: str, raw: Any) -> None:
        fmt = self.loader.name if self.loader else ""
        if self.strict:
            raise LogFormatError(self.src.path, line, reason.value, message.removeprefix("expected "),
                                 pointer=pointer)
        self.out.rejects.append({
            "source_file": self.src.path, "source_line": line, "source_pointer": pointer,
            "source_format": fmt, "reason": reason.value, "message": message, "raw_excerpt": excerpt(raw or ""),
        })

    def unit(self, line: int, pointer: str, value: Any, raw: str, *, explode: bool, context: Any) -> None:
        """Turn one unit into rows, or into one reject."""
        self.out.lines_read += 1
        loader = self.loader
        assert loader is not None
        produced: list[dict[str, Any]] = []
        try:
            parts = (loader.explode(value) if (explode and self._explodes and isinstance(value, dict))
                     else (("", value),))
            for sub, item in parts:
                if not isinstance(item, dict):
                    raise RecordError(RejectReason.NOT_AN_OBJECT, "a JSON object", type(item).__name__,
                                      pointer=pointer + sub)
                for row in loader.rows(Item(item, line, pointer + sub, self.src.path, self.out.container,
                                            context, self.options)):
                    ptr = pointer + sub + row.pop("_pointer", "")
                    row["source_line"] = line
                    row["source_pointer"] = ptr
                    if "raw_record" not in row:
                        row["raw_record"] = raw if not sub else dumps(item)
                    row["record_key"] = f":{line}{ptr}"
                    produced.append(row)
        except RecordError as err:
            self.reject(line, err.pointer or pointer, err.reason, err.message, raw)
            return
        self.out.records += 1
        self.rows.extend(produced)
        if len(self.rows) >= _FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self._emit(build_table(*_columns(self.rows)))
            self.rows = []

    def _emit(self, table: pa.Table) -> None:
        """Keep a finished table, or hand it on at once when streaming (the file's sha256 is then known)."""
        if self.on_table is None:
            self.tables.append(table)
        else:
            assert self.known_sha256 is not None
            self.on_table(self._with_provenance(table, self.known_sha256))

    # -- the file ---------------------------------------------------------------------------------
    def run(self) -> FileOutcome:
        stream, hasher, member_hash = self.src.open()
        reader = ChunkReader(stream)
        chunks = reader.chunks()
        try:
            self._read(reader, chunks)
        finally:
            h = hasher or member_hash
            if h is not None:
                try:
                    self.out.sha256 = h.finish()
                except OSError:
                    self.out.sha256 = h.hash.hexdigest()
                self.out.bytes = h.bytes_read
            stream.close()
        self.flush()
        self._finish_table()
        return self.out

    def _read(self, reader: ChunkReader, chunks: Iterator[bytes]) -> None:
        head = b""
        for chunk in chunks:
            head += chunk
            if len(head) >= CHUNK:
                break
        complete = len(head) < CHUNK
        if not head.strip():
            if reader.truncated:
                self._truncated(reader, 1)
                self.out.status = "truncated"
            else:
                self.out.status = "empty"
                self.out.note = "the file holds no data"
                self.out.blank_lines = self.out.lines_read = head.count(b"\n") + (1 if head.strip(b"\n") else 0)
            return
        detected = detect_encoding(head, complete=complete)
        self.out.encoding = detected.encoding
        data = utf8_chunks(head, chunks, detected)
        first = next(data)
        text_head = first[:CHUNK].decode("utf-8", "replace")
        container = detect_container(text_head)
        if container is None:
            raise UnknownFormatError(self.src.path, self.registry.names(), head[:120],
                                     "it is neither JSON Lines, JSON nor CSV text")
        self.out.container = container
        stream = _prepend(first, data)
        if container == "jsonl":
            self._jsonl(stream, reader, head)
        elif container == "json":
            self._json(stream, reader, head)
        else:
            self._csv(stream, reader, head, text_head)

    def _choose(self, sample: Sample, head: bytes, reader: ChunkReader) -> bool:
        """Pick the loader; False when the file was cut off before any usable record (one reject)."""
        if self.forced is not None:
            self.loader = self.forced
        else:
            try:
                self.loader = choose_loader(sample, self.registry)
            except UnknownFormatError:
                if reader.truncated and not sample.values:
                    self.out.lines_read += 1
                    self.out.status = "truncated"
                    self.reject(1, "", RejectReason.TRUNCATED_FILE,
                                "expected at least one complete record, found the file cut off before the first "
                                f"one ended ({reader.truncated}); its format could not be recognised", head)
                    return False
                raise UnknownFormatError(self.src.path, self.registry.names(), head[:120],
                                         f"no loader recognised this {sample.container}") from None
        self.out.format = self.loader.name
        # A loader without wrapper paths and with the default explode() never splits a line.
        self._explodes = bool(self.loader.item_paths) or type(self.loader).explode is not Loader.explode
        return True

    def _truncated(self, reader: ChunkReader, line: int) -> None:
        self.out.lines_read += 1
        self.out.status = "truncated"
        self.reject(line, "", RejectReason.TRUNCATED_FILE,
                    f"expected the rest of the file, found the stream broken ({reader.truncated}); the file is "
                    "damaged or was cut off while being copied", b"")

    # -- JSON Lines ---------------------------------------------------------------------------------
    def _jsonl(self, stream: Iterator[bytes], reader: ChunkReader, head: bytes) -> None:
        lines = jsonl_lines(self._counted(stream))
        buffered: list[tuple[int, bytes]] = []
        values: list[Any] = []
        for line_no, raw in lines:
            buffered.append((line_no, raw))
            if raw.strip():
                try:
                    value = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    continue
                if isinstance(value, dict):  # only objects are evidence of a format
                    values.append(value)
            if len(values) >= _SAMPLE_UNITS:
                break
        if not self._choose(Sample(self.src.path, "jsonl", values), head, reader):
            return
        last = 0
        assert self.loader is not None
        batched = not self._explodes and type(self.loader).read_batch is not Loader.read_batch
        pending: list[tuple[int, bytes]] = []
        for line_no, raw in _chain(buffered, lines):
            last = line_no
            if not batched:
                self._jsonl_line(line_no, raw)
            elif raw[:1] != b"{" and not raw.strip():
                self.out.lines_read += 1
                self.out.blank_lines += 1
            else:
                pending.append((line_no, raw))
                if len(pending) >= _BATCH_LINES:
                    self._jsonl_batch(pending)
                    pending = []
        if pending:
            self._jsonl_batch(pending)
        if reader.truncated:
            self._truncated(reader, last + 1)

    def _jsonl_batch(self, pending: list[tuple[int, bytes]]) -> None:
        """Lines through the loader's fast path; the lines it leaves go through ``rows()`` one by one."""
        assert self.loader is not None
        self.flush()
        result = self.loader.read_batch([raw for _, raw in pending], self.options)
        handled = result.handled if result is not None else []
        done = set(handled)
        for pos, (line_no, raw) in enumerate(pending):
            if pos not in done:
                self._jsonl_line(line_no, raw)
        if not handled:
            return
        columns = dict(result.columns) if result is not None else {}
        line_numbers = [pending[p][0] for p in handled]
        columns["source_line"] = pa.array(line_numbers, pa.int64())
        columns["source_pointer"] = pa.array([""] * len(handled), pa.large_string())
        columns["record_key"] = pa.array([f":{n}" for n in line_numbers], pa.large_string())
        if "raw_record" not in columns:
            columns["raw_record"] = [pending[p][1].decode("utf-8") for p in handled]
        fast = build_table(columns, len(handled))
        self.out.lines_read += len(handled)
        self.out.records += len(handled)
        if self.rows:  # some lines went the generic way: interleave both in line order, without copying
            generic = build_table(*_columns(self.rows))
            self.rows = []
            fast = _interleave(fast, generic)
        self._emit(fast)

    def _jsonl_line(self, line_no: int, raw: bytes) -> None:
        if not raw.strip():
            self.out.lines_read += 1
            self.out.blank_lines += 1
            return
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            self.out.lines_read += 1
            reason, message = _json_problem(str(exc))
            self.reject(line_no, "", reason, message, raw)
            return
        self.unit(line_no, "", value, raw.decode("utf-8"), explode=True, context={})

    def _counted(self, stream: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in stream:
            if self.progress is not None:
                self.progress(len(chunk))
            yield chunk

    # -- JSON documents -----------------------------------------------------------------------------
    def _json(self, stream: Iterator[bytes], reader: ChunkReader, head: bytes) -> None:
        text = b"".join(self._counted(stream)).decode("utf-8", "surrogateescape")
        index = LineIndex(text)
        union_paths = tuple(p for _, ld in self.registry.items() for p in ld.item_paths)
        shape, context, elements = iter_elements(text, union_paths)
        sample_values: list[Any] = []
        try:
            for el in elements:
                sample_values.append(el.value)
                if len(sample_values) >= _SAMPLE_UNITS:
                    break
        except JsonDocError:
            pass
        if shape == "single" and not sample_values:
            try:
                sample_values = [orjson.loads(text)]
            except orjson.JSONDecodeError:
                sample_values = []
        if not self._choose(Sample(self.src.path, "json", sample_values, shape=shape, context=context), head,
                            reader):
            return
        assert self.loader is not None
        shape, context, elements = iter_elements(text, self.loader.item_paths)
        count = 0
        try:
            for el in elements:
                count += 1
                raw = text[el.start:el.end]
                if _has_surrogates(raw):
                    self.out.lines_read += 1
                    self.reject(index.line(el.start), el.pointer, RejectReason.BAD_ENCODING,
                                f"expected text in {self.out.encoding}, found undecodable bytes", raw)
                    continue
                self.unit(index.line(el.start), el.pointer, el.value, raw,
                          explode=shape != "wrapped", context=context)
        except JsonDocError as exc:
            self.out.lines_read += 1
            ends = _cut_off(text)
            reason = RejectReason.TRUNCATED_FILE if ends else RejectReason.INVALID_JSON
            what = "the document ends early" if ends else f"JSON is broken ({exc})"
            self.reject(index.line(exc.offset), exc.pointer, reason,
                        f"expected a complete JSON document, found that {what}; {count} element(s) before "
                        "this point were read, the rest of the file could not be", text[exc.offset:exc.offset + 200])
        else:
            if shape == "wrapped" and count == 0:
                self._empty_wrapper(text, index)
        if reader.truncated:
            self._truncated(reader, index.count)

    def _empty_wrapper(self, text: str, index: LineIndex) -> None:
        """A wrapping object whose record array is empty (``{"object": "list", "data": []}``) is one unit, as
        the same page on a JSON Lines line is: the loader's ``explode`` decides what it holds (nothing, by
        default: a record without rows; an empty Files snapshot is evidence that nothing was listed)."""
        try:
            value = orjson.loads(text)
        except ValueError:
            return
        start = len(text) - len(text.lstrip())
        self.unit(index.line(start), "", value, text.strip(), explode=True, context={})

    # -- CSV ------------------------------------------------------------------------------------------
    def _csv(self, stream: Iterator[bytes], reader: ChunkReader, head: bytes, text_head: str) -> None:
        header_line = text_head.lstrip("\r\n").splitlines()[0]
        delimiter = sniff_delimiter(header_line)
        rows = csv_rows(self._counted(stream), delimiter)
        header_row = next(rows)
        header = [h.strip().lstrip("\ufeff") for h in header_row.fields]
        buffered = []
        for row in rows:
            buffered.append(row)
            if len(buffered) >= _SAMPLE_UNITS:
                break
        values = [dict(zip(header, r.fields, strict=False)) for r in buffered if len(r.fields) == len(header)]
        if not self._choose(Sample(self.src.path, "csv", values, header=header), head, reader):
            return
        last = header_row.line
        for row in _chain(buffered, rows):
            last = row.line + row.raw_line_count - 1
            if not row.fields or (len(row.fields) == 1 and not row.fields[0].strip()):
                if "error" in row.extra:
                    self.out.lines_read += 1
                    self.reject(row.line, "", RejectReason.ROW_SHAPE, f"expected a CSV row, {row.extra['error']}", "")
                else:
                    self.out.lines_read += 1
                    self.out.blank_lines += 1
                continue
            if _fields_have_surrogates(row.fields):
                self.out.lines_read += 1
                self.reject(row.line, "", RejectReason.BAD_ENCODING,
                            f"expected text in {self.out.encoding}, found undecodable bytes",
                            delimiter.join(row.fields))
                continue
            if len(row.fields) != len(header):
                self.out.lines_read += 1
                self.reject(row.line, "", RejectReason.ROW_SHAPE,
                            f"expected {len(header)} fields as in the header, found {len(row.fields)}",
                            delimiter.join(row.fields))
                continue
            raw_obj = dict(zip(header, row.fields, strict=True))
            raw = orjson.dumps(raw_obj).decode("utf-8")
            self.unit(row.line, "", raw_obj, raw, explode=False, context={"header": header})
        if reader.truncated:
            self._truncated(reader, last + 1)

    # -- table ------------------------------------------------------------------------------------------
    def _finish_table(self) -> None:
        if self.out.rejects and self.out.status == "ok":  # also when every record was rejected
            self.out.status = "rejects"
        if self.known_sha256 is not None and self.out.sha256 and self.known_sha256 != self.out.sha256:
            raise InputFileError(self.src.path, "changed while it was being read (its sha256 differs between "
                                 "two passes)", "read it again once it is no longer being written")
        if not self.tables:
            return
        table = pa.concat_tables(self.tables) if len(self.tables) > 1 else self.tables[0]
        self.out.table = self._with_provenance(table, self.out.sha256)

    def _with_provenance(self, table: pa.Table, sha256: str) -> pa.Table:
        """Fill record_key (the file's sha256 prefix + line + pointer), source_file and source_format."""
        n = table.num_rows
        keys = pc.binary_join_element_wise(pa.scalar(sha256[:16], pa.large_string()), table["record_key"],
                                         pa.scalar("", pa.large_string()))
        for name, value in (("record_key", keys),
                            ("source_file", pa.array([self.src.path] * n, pa.large_string())),
                            ("source_format", pa.array([self.out.format] * n, pa.large_string()))):
            table = table.set_column(table.schema.get_field_index(name), name, value)
        return table


def _interleave(a: pa.Table, b: pa.Table) -> pa.Table:
    """Rows of two tables, each in line order, merged in line order as zero-copy slices."""
    lines = np.concatenate([a["source_line"].to_numpy(), b["source_line"].to_numpy()])
    origin = np.concatenate([np.zeros(a.num_rows, np.int8), np.ones(b.num_rows, np.int8)])
    order = np.argsort(lines, kind="stable")
    seq = origin[order]
    cuts = np.flatnonzero(np.diff(seq)) + 1
    starts = np.concatenate([[0], cuts])
    ends = np.concatenate([cuts, [len(seq)]])
    pos = [0, 0]
    slices = []
    for s0, e0 in zip(starts, ends, strict=True):
        which = int(seq[s0])
        n = int(e0 - s0)
        slices.append((a, b)[which].slice(pos[which], n))
        pos[which] += n
    return pa.concat_tables(slices)


def _cut_off(text: str) -> bool:
    """Whether a broken document looks cut off: it does not end with the bracket that closes its start."""
    body = text.strip()
    closing = {"[": "]", "{": "}"}.get(body[:1])
    return closing is not None and not body.endswith(closing)


def _columns(rows: list[dict[str, Any]]) -> tuple[dict[str, list[Any]], int]:
    """Row dicts to column lists (transposed in C: one tuple per row, then zip)."""
    keys: set[str] = set()
    for r in rows:
        keys.update(r)
    names = sorted(keys)
    values = zip(*[tuple(map(r.get, names)) for r in rows], strict=True)
    return dict(zip(names, map(list, values), strict=True)), len(rows)


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _chain(buffered: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from buffered
    yield from rest


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def _fields_have_surrogates(fields: list[str]) -> bool:
    return any(_has_surrogates(f) for f in fields)


def _json_problem(message: str) -> tuple[RejectReason, str]:
    if "utf-8" in message.lower() or "surrogate" in message.lower():
        return RejectReason.BAD_ENCODING, "expected UTF-8 text, found bytes that are not (" + message + ")"
    return RejectReason.INVALID_JSON, f"expected one JSON object per line, found invalid JSON ({message})"


def read_source(src: SourceFile, *, registry: Registry[Loader] | None = None, loader: Loader | None = None,
                options: LoadOptions | None = None, strict: bool = False,
                progress: Callable[[int], None] | None = None,
                on_table: Callable[[pa.Table], None] | None = None,
                sha256: str | None = None) -> FileOutcome:
    """Read one file. Raises UnknownFormatError for unrecognised content, InputFileError when unreadable,
    and LogFormatError at the first bad unit when ``strict``.

    With ``on_table``, rows are not kept: every table of up to a few thousand canonical rows (with
    ``record_key`` and provenance filled) is handed to it as soon as it is read, so memory stays bounded
    whatever the file's size; the file is hashed in a first, cheap pass so that record keys are known.
    The outcome's ``table`` is then None. Rows are handed on before cross-record joins
    (:meth:`~auditkit.loaders.base.Loader.finalize`) and the duplicate rule, which need all rows.
    A caller that has just hashed the file (:func:`~auditkit.io.sources.hash_source`, e.g. to look it up
    in a store's manifest) passes that ``sha256`` to skip the first pass; the digest computed while
    reading is still compared with it, so a file that changed in between raises ``InputFileError``.
    """
    reader = _Reader(src, loader, registry if registry is not None else LOADERS,
                     options or LoadOptions(), strict, progress)
    if on_table is not None:
        reader.known_sha256 = sha256 or hash_source(src)
        reader.on_table = on_table
    try:
        return reader.run()
    except (UnknownFormatError, LogFormatError, InputFileError):
        raise
    except OSError as exc:
        raise InputFileError(src.path, f"could not be read ({exc})") from exc
