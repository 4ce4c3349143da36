"""From a decompressed byte stream to *units*: JSONL lines, CSV rows, elements of a JSON document.

A unit is what the framework accounts for: every unit of a file ends up as rows, or as one reject. The
readers here know nothing about log formats; they only split, decode and locate (line, JSON pointer).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

from auditkit.io.encoding import Detected

__all__ = [
    "ChunkReader",
    "utf8_chunks",
    "detect_container",
    "jsonl_lines",
    "csv_rows",
    "CsvRow",
    "sniff_delimiter",
    "excerpt",
]

CHUNK = 1 << 20
_TRUNCATION_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


@dataclass
class ChunkReader:
    """Reads a stream in chunks and remembers, instead of raising, that it ended early or broke."""

    stream: BinaryIO
    truncated: str | None = None
    bytes_out: int = 0

    def chunks(self, size: int = CHUNK) -> Iterator[bytes]:
        while True:
            try:
                chunk = self.stream.read(size)
            except _TRUNCATION_ERRORS as exc:
                self.truncated = str(exc) or type(exc).__name__
                return
            if not chunk:
                return
            self.bytes_out += len(chunk)
            yield chunk


def utf8_chunks(first: bytes, rest: Iterator[bytes], detected: Detected) -> Iterator[bytes]:
    """The file's bytes as UTF-8, BOM removed. Undecodable bytes survive as surrogate escapes, which
    make the unit holding them fail later as BAD_ENCODING rather than being silently replaced."""
    if detected.is_utf8:
        yield first[detected.bom_length :]
        yield from rest
        return
    decoder = codecs.getincrementaldecoder(detected.encoding)(errors="surrogateescape")
    yield decoder.decode(first[detected.bom_length :]).encode("utf-8", "surrogatepass")
    for chunk in rest:
        yield decoder.decode(chunk).encode("utf-8", "surrogatepass")
    yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")


def detect_container(head: str) -> str | None:
    """``jsonl``, ``json`` (one document), ``csv`` or None, from the first characters of the text."""
    stripped = head.lstrip()
    if not stripped:
        return None
    first = stripped[0]
    if first == "[":
        return "json"
    if first == "{":
        lines = [ln for ln in stripped.splitlines() if ln.strip()]
        try:
            orjson.loads(lines[0])
            return "jsonl"
        except orjson.JSONDecodeError:
            pass
        # A pretty-printed document continues with a key on the next line; JSONL with a broken first
        # line continues with another object.
        if len(lines) > 1 and lines[1].lstrip().startswith("{") and lines[0].rstrip().endswith("}"):
            return "jsonl"
        if lines[0].strip() == "{" or (len(lines) > 1 and lines[1].lstrip().startswith('"')):
            return "json"
        return "jsonl"
    line = stripped.splitlines()[0]
    if any(ch in line for ch in (",", "\t", ";", "|")) and _printable_share(line) > 0.95:
        return "csv"
    return None


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    ok = sum(1 for ch in text if ch.isprintable() or ch in "\t")
    return ok / len(text)


def jsonl_lines(chunks: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    """``(line_number, line_bytes)`` for every line (blank lines included, ``\\r\\n`` handled)."""
    line_no = 0
    carry = b""
    for chunk in chunks:
        data = carry + chunk if carry else chunk
        parts = data.split(b"\n")
        carry = parts.pop()
        for part in parts:
            line_no += 1
            yield line_no, part[:-1] if part.endswith(b"\r") else part
    if carry:
        line_no += 1
        yield line_no, carry[:-1] if carry.endswith(b"\r") else carry


class _ChunkStream(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: memoryview) -> int:  # type: ignore[override]
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


@dataclass
class CsvRow:
    line: int
    fields: list[str]
    raw_line_count: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most fields (comma on a tie)."""
    best, best_n = ",", 0
    for delim in (",", "\t", ";", "|"):
        n = len(next(csv.reader([header_line], delimiter=delim)))
        if n > best_n:
            best, best_n = delim, n
    return best


def csv_rows(chunks: Iterator[bytes], delimiter: str) -> Iterator[CsvRow]:
    """Rows of a UTF-8 CSV (quoted fields may span lines). The first row is the header."""
    text = io.TextIOWrapper(
        io.BufferedReader(_ChunkStream(chunks)), encoding="utf-8", errors="surrogateescape", newline=""
    )
    reader = csv.reader(text, delimiter=delimiter)
    prev = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield CsvRow(prev + 1, [], extra={"error": str(exc)})
            prev = reader.line_num
            continue
        yield CsvRow(prev + 1, fields, raw_line_count=reader.line_num - prev)
        prev = reader.line_num


def excerpt(raw: str | bytes, limit: int = 200) -> str:
    """The first characters of a raw record, control characters made visible, for reject tables."""
    if isinstance(raw, bytes):
        raw = raw[: limit * 4].decode("utf-8", "backslashreplace")
    raw = raw.encode("utf-8", "backslashreplace").decode("utf-8") if _has_surrogates(raw) else raw
    out = []
    for ch in raw[:limit]:
        if ch in "\t":
            out.append(" ")
        elif not ch.isprintable():
            out.append(repr(ch)[1:-1])
        else:
            out.append(ch)
    text = "".join(out)
    return text + ("…" if len(raw) > limit else "")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


csv.field_size_limit(1 << 30)
