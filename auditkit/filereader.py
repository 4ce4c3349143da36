"""Reading one source file into canonical rows and rejects, with exact accounting.

For every file: ``lines_read = records + rejects + blank_lines``, where a *unit* is a JSONL line, a CSV
data row, or an element of a JSON document (an element of its top-level array, or of the array of
records inside a wrapping object). A unit that yields rows (or is folded into another row later) is a
record; a unit that cannot be used is one reject with the file, line, pointer, reason and an excerpt. A
compressed stream or a document that ends early adds one reject for the unreadable remainder.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
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
#: bytes of JSON Lines read at once (whole lines)
_BLOCK_BYTES = 8 << 20
#: bytes per row above which a text column is sliced rather than copied when two tables are merged
_LONG_TEXT = 64
#: threads running loaders' fast paths over JSONL batches (1: all in the reading thread)
_WORKERS = 2


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
        blocks = _line_blocks(self._counted(stream), _BLOCK_BYTES)
        buffered: list[_Block] = []
        values: list[Any] = []
        for block in blocks:
            buffered.append(block)
            if _sample_values(block, values):
                break
        if not self._choose(Sample(self.src.path, "jsonl", values), head, reader):
            return
        last = 0
        assert self.loader is not None
        loader_type = type(self.loader)
        batched = not self._explodes and (loader_type.read_batch is not Loader.read_batch
                                          or loader_type.read_lines is not Loader.read_lines)
        if not batched:
            for block in _chain(buffered, blocks):
                data = bytes(block.data)
                for i, (s, e) in enumerate(zip(block.starts.tolist(), block.ends.tolist(), strict=True)):
                    self._jsonl_line(block.first_line + i, data[s:e])
                last = block.first_line + len(block.starts) - 1
        else:
            last = self._jsonl_batches(_chain(buffered, blocks))
        if reader.truncated:
            self._truncated(reader, last + 1)

    def _jsonl_batches(self, blocks: Iterator[_Block]) -> int:
        """Blocks of lines through the loader's fast path, ``_WORKERS`` batches at a time; results are taken
        in line order, so rows, rejects and accounting are those of a sequential read. Returns the last line."""
        last = 0
        inflight: deque[tuple[_Block, np.ndarray, Future[tuple[list[int], pa.Table | None, dict[int, bytes]]] | None]] = deque()
        pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="auditkit-jsonl") if _WORKERS > 1 else None
        try:
            for block in blocks:
                last = block.first_line + len(block.starts) - 1
                lines = self._nonblank(block)
                for lo in range(0, len(lines), _BATCH_LINES):
                    idx = lines[lo:lo + _BATCH_LINES]
                    if pool is None:
                        self._jsonl_batch(block, idx, None)
                        continue
                    inflight.append((block, idx, pool.submit(_fast_batch, self.loader, self.options, block, idx)))
                    while len(inflight) > 2 * _WORKERS:  # workers run ahead while lines go the generic way here
                        self._jsonl_batch(*inflight.popleft())
            while inflight:
                self._jsonl_batch(*inflight.popleft())
        finally:
            if pool is not None:
                for *_, future in inflight:
                    if future is not None:
                        future.cancel()
                pool.shutdown(wait=True)
        return last

    def _nonblank(self, block: _Block) -> np.ndarray:
        """Positions of the block's lines that are not blank; blank lines are counted here."""
        starts, ends = block.starts, block.ends
        if not len(starts):
            return starts
        data = np.frombuffer(block.data, dtype=np.uint8)
        empty = ends <= starts
        first = data[np.where(empty, 0, starts)]
        blank = empty.copy()
        for i in np.flatnonzero(~empty & (first != 0x7B)).tolist():  # "{": a record; anything else: look
            blank[i] = not block.data[int(starts[i]):int(ends[i])].strip()
        n_blank = int(blank.sum())
        self.out.lines_read += n_blank
        self.out.blank_lines += n_blank
        return np.flatnonzero(~blank)

    def _jsonl_batch(self, block: _Block, idx: np.ndarray,
                     future: Future[tuple[list[int], pa.Table | None, dict[int, bytes]]] | None) -> None:
        """One batch: the fast path's table (computed in a worker, or here), the other lines one by one
        through ``rows()``, both merged in line order."""
        assert self.loader is not None
        handled, fast, others = (future.result() if future is not None
                                 else _fast_batch(self.loader, self.options, block, idx))
        self.flush()
        for pos, raw in others.items():
            self._jsonl_line(block.first_line + int(idx[pos]), raw)
        if fast is None:
            return
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


@dataclass
class _Block:
    """Whole JSONL lines of a file: line ``i`` is ``data[starts[i]:ends[i]]`` (without its line break and
    one trailing carriage return, as :func:`~auditkit.io.readers.jsonl_lines` cuts them), and its number
    is ``first_line + i``."""

    data: bytearray
    starts: np.ndarray
    ends: np.ndarray
    first_line: int


def _line_blocks(chunks: Iterator[bytes], size: int) -> Iterator[_Block]:
    """The stream cut into blocks of about ``size`` bytes of whole lines, located with numpy (no Python
    object per line)."""
    parts: list[bytes] = []
    have = 0
    line = 1
    for chunk in chunks:
        parts.append(chunk)
        have += len(chunk)
        if have < size:
            continue
        data = _joined(parts, have)
        cut = data.rfind(b"\n") + 1
        if not cut:  # one line longer than the block: keep reading
            parts, have = [data], len(data)
            continue
        block = _split_lines(data, cut, line, final=False)
        line += len(block.starts)
        yield block
        rest = data[cut:]
        parts, have = ([rest], len(rest)) if rest else ([], 0)
    if have:
        data = _joined(parts, have)
        yield _split_lines(data, len(data), line, final=True)


def _joined(parts: list[bytes], size: int) -> bytearray:
    """The parts in one writable buffer (the fast path packs the lines it handled in place, so that their
    ``raw_record`` is a view of the buffer rather than a second copy of the file)."""
    if len(parts) == 1 and isinstance(parts[0], bytearray):
        return parts[0]
    data = bytearray(size)
    into = np.frombuffer(data, dtype=np.uint8)
    pos = 0
    for part in parts:  # numpy copies without the GIL: the workers go on while the new pages are touched
        into[pos:pos + len(part)] = np.frombuffer(part, dtype=np.uint8)
        pos += len(part)
    return data


def _split_lines(data: bytearray, limit: int, first_line: int, *, final: bool) -> _Block:
    raw = np.frombuffer(data, dtype=np.uint8, count=limit)
    if data.count(b"\n", 0, limit) > limit >> 8:  # short lines: one vectorised pass
        ends = np.flatnonzero(raw == 0x0A)
    else:  # long lines: memchr from one to the next, without a temporary the size of the block
        found: list[int] = []
        find = data.find
        pos = find(b"\n", 0, limit)
        while pos >= 0:
            found.append(pos)
            pos = find(b"\n", pos + 1, limit)
        ends = np.array(found, dtype=np.int64)
    starts = np.empty(len(ends), dtype=np.int64)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    tail = int(ends[-1]) + 1 if len(ends) else 0
    if final and limit > tail:  # the last line has no line break
        starts = np.append(starts, tail)
        ends = np.append(ends, limit)
    ends = ends.astype(np.int64, copy=False)
    nonempty = ends > starts
    ends = ends - (nonempty & (raw[np.where(nonempty, ends - 1, 0)] == 0x0D))
    return _Block(data, starts, ends, first_line)


def _sample_values(block: _Block, values: list[Any]) -> bool:
    """Add the block's first JSON objects to ``values`` until there are enough to pick a loader."""
    data = block.data
    for s, e in zip(block.starts.tolist(), block.ends.tolist(), strict=True):
        raw = bytes(data[s:e])
        if raw.strip():
            try:
                value = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            if isinstance(value, dict):  # only objects are evidence of a format
                values.append(value)
        if len(values) >= _SAMPLE_UNITS:
            return True
    return False


def _fast_batch(loader: Loader, options: LoadOptions, block: _Block, idx: np.ndarray
                ) -> tuple[list[int], pa.Table | None, dict[int, bytes]]:
    """The loader's fast path over some lines of a block, as a canonical table (may run in a worker thread:
    it touches no reader state, and of the block only the span of its own lines).

    Returns the positions in ``idx`` it handled, their table, and the bytes of the other lines (for the
    generic path): the handled lines are then packed in place, and their ``raw_record`` is a view of the
    block, not a copy.
    """
    starts, ends = block.starts[idx], block.ends[idx]
    result = loader.read_lines(block.data, starts, ends, options)
    handled = list(result.handled) if result is not None else []
    done = np.zeros(len(idx), dtype=bool)
    done[handled] = True
    view = memoryview(block.data)
    others = {pos: bytes(view[int(starts[pos]):int(ends[pos])]) for pos in np.flatnonzero(~done).tolist()}
    if not handled or result is None:
        return [], None, others
    columns = dict(result.columns)
    sel = np.asarray(handled, dtype=np.int64)
    line_numbers = pa.array(idx[sel] + block.first_line, pa.int64())
    n = len(handled)
    columns["source_line"] = line_numbers
    columns["source_pointer"] = pa.LargeStringArray.from_buffers(n, pa.py_buffer(np.zeros(n + 1, np.int64)),
                                                                 pa.py_buffer(b""))
    columns["record_key"] = pc.binary_join_element_wise(pa.scalar(":", pa.large_string()),
                                                        pc.cast(line_numbers, pa.large_string()),
                                                        pa.scalar("", pa.large_string()))
    if "raw_record" not in columns:
        columns["raw_record"] = _packed(view, int(starts[0]), starts[sel], ends[sel])
    return handled, build_table(columns, n), others


def _packed(view: memoryview, base: int, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    """Move the lines ``view[starts[i]:ends[i]]`` to follow each other from ``base`` (in place, leftwards:
    each line lands at or before where it was) and return them as a string array over that span."""
    lengths = ends - starts
    offsets = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    dst = offsets[:-1] + base
    for d, s, e in zip(dst.tolist(), starts.tolist(), ends.tolist(), strict=True):
        if d != s:
            view[d:d + e - s] = view[s:e]
    return pa.LargeStringArray.from_buffers(len(starts), pa.py_buffer(offsets),
                                            pa.py_buffer(view.obj)[base:base + int(offsets[-1])])


def _interleave(a: pa.Table, b: pa.Table) -> pa.Table:
    """Rows of two tables, each in line order, merged in line order: long texts as zero-copy slices of
    the runs of rows from either table (no second copy of the text), every other column gathered into one
    contiguous array (so that the frame does not get one chunk per run)."""
    lines = np.concatenate([a["source_line"].to_numpy(), b["source_line"].to_numpy()])
    order = np.argsort(lines, kind="stable")
    origin = (order >= a.num_rows).astype(np.int8)
    cuts = np.flatnonzero(np.diff(origin)) + 1
    starts = np.concatenate([[0], cuts]).tolist()
    ends = np.concatenate([cuts, [len(origin)]]).tolist()
    runs = []
    pos = [0, 0]
    for s0, e0 in zip(starts, ends, strict=True):
        which = int(origin[s0])
        runs.append((which, pos[which], e0 - s0))
        pos[which] += e0 - s0
    take = pa.array(order)
    n = max(len(order), 1)
    columns = []
    for name in a.column_names:
        ca, cb = a[name], b[name]
        if pa.types.is_large_string(ca.type) and ca.nbytes + cb.nbytes > _LONG_TEXT * n:
            pieces = [c for which, start, length in runs for c in (ca, cb)[which].slice(start, length).chunks]
            columns.append(pa.chunked_array(pieces, ca.type))
        else:
            columns.append(pa.chunked_array(ca.chunks + cb.chunks, ca.type).take(take))
    return pa.Table.from_arrays(columns, schema=a.schema)


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
