"""Finding input files and opening them: paths, directories, globs, gzip and zip, hashed in one pass.

``expand(paths)`` turns what a user typed into a sorted, de-duplicated list of :class:`SourceFile`.
``SourceFile.open()`` returns a decompressed binary stream whose raw bytes are hashed with sha256 as they
are read, so that provenance costs no second pass over a large file.
"""

from __future__ import annotations

import glob
import hashlib
import io
import os
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from auditkit.errors import InputFileError

__all__ = ["SourceFile", "expand", "hash_source", "HashingReader", "DATA_SUFFIXES"]

#: File name endings considered when a directory is given (explicitly named files are always read).
DATA_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt", ".log", ".gz", ".zip")

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20


class HashingReader(io.RawIOBase):
    """A read-only stream that feeds every byte it reads into a sha256."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.hash = hashlib.sha256()
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self.hash.update(memoryview(buffer)[:n])
            self.bytes_read += n
        return n or 0

    def finish(self) -> str:
        """Read whatever is left (so the hash covers the whole file) and return the hex digest."""
        while True:
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                break
            self.hash.update(chunk)
            self.bytes_read += len(chunk)
        return self.hash.hexdigest()

    def close(self) -> None:
        self._raw.close()
        super().close()


class GzipStream:
    """Decompresses gzip (one or several concatenated members) and keeps every byte it can recover.

    The standard library's ``GzipFile`` discards the output of a read that hits a truncated stream; an
    auditor needs every record before the damage, so ``read`` returns all recoverable data first and raises
    ``EOFError`` (or ``zlib.error``) only once nothing is left.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._carry = b""
        self._in_member = False
        self._pending = b""
        self._error: Exception | None = None
        self._done = False

    def _next_input(self) -> bytes:
        if self._d.unconsumed_tail:
            return self._d.unconsumed_tail
        if self._carry:
            data, self._carry = self._carry, b""
            return data
        return self._raw.read(_CHUNK)

    def _fill(self) -> None:
        while not self._pending and not self._done and self._error is None:
            data = self._next_input()
            if not data:
                if self._in_member:
                    self._error = EOFError("compressed file ended before the end-of-stream marker was reached")
                else:
                    self._done = True
                return
            if not self._in_member and not data.strip(b"\0"):
                continue  # zero padding after the last member
            self._in_member = True
            try:
                self._pending = self._d.decompress(data, _CHUNK)
            except zlib.error as exc:
                self._error = exc
                return
            if self._d.eof:
                self._carry = self._d.unused_data
                self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._in_member = False

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts = []
            while chunk := self.read(_CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        self._fill()
        if not self._pending:
            if self._error is not None:
                err, self._error = self._error, None
                self._done = True
                raise err
            return b""
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def close(self) -> None:
        self._raw.close()


@dataclass
class SourceFile:
    """One input: a file on disk, or a member of a zip archive (``path`` is then ``archive.zip!member``)."""

    path: str
    disk_path: str
    member: str | None = None
    compression: str = "none"  # none | gzip | zip (+gzip for a gzipped member)

    def open(self) -> tuple[BinaryIO, HashingReader | None, _ZipMemberHash | None]:
        """Open for reading: (decompressed stream, hasher of the on-disk bytes, hasher of a zip member)."""
        if self.member is not None:
            zf = zipfile.ZipFile(self.disk_path)
            raw = zf.open(self.member)
            member_hash = _ZipMemberHash(raw)
            stream: BinaryIO = io.BufferedReader(member_hash, buffer_size=_CHUNK)  # type: ignore[arg-type]
            if self.compression.endswith("gzip"):
                stream = GzipStream(stream)  # type: ignore[assignment]
            return stream, None, member_hash
        try:
            raw = open(self.disk_path, "rb")
        except OSError as exc:
            raise InputFileError(self.path, f"cannot be opened ({exc.strerror or exc})") from exc
        hasher = HashingReader(raw)
        stream = io.BufferedReader(hasher, buffer_size=_CHUNK)  # type: ignore[arg-type]
        if self.compression == "gzip":
            stream = GzipStream(stream)  # type: ignore[assignment]
        return stream, hasher, None


class _ZipMemberHash(HashingReader):
    pass


def hash_source(src: SourceFile) -> str:
    """The sha256 that ``LoadResult.sources`` reports for ``src``: of the bytes on disk, or of a zip member."""
    h = hashlib.sha256()
    if src.member is not None:
        with zipfile.ZipFile(src.disk_path) as zf, zf.open(src.member) as fh:
            while chunk := fh.read(_CHUNK):
                h.update(chunk)
        return h.hexdigest()
    try:
        with open(src.disk_path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                h.update(chunk)
    except OSError as exc:
        raise InputFileError(src.path, f"cannot be read ({exc.strerror or exc})") from exc
    return h.hexdigest()


def _sniff_compression(path: str) -> str:
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head[:2] == GZIP_MAGIC:
        return "gzip"
    if head == ZIP_MAGIC:
        return "zip"
    return "none"


def _zip_members(path: str) -> list[SourceFile]:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputFileError(path, f"is not a readable zip archive ({exc})", "re-create the archive") from exc
    out = []
    with zf:
        for info in zf.infolist():
            name = info.filename
            base = name.rsplit("/", 1)[-1]
            if info.is_dir() or base.startswith(".") or name.startswith("__MACOSX/"):
                continue
            with zf.open(info) as fh:
                head = fh.read(2)
            comp = "zip+gzip" if head == GZIP_MAGIC else "zip"
            out.append(SourceFile(path=f"{path}!{name}", disk_path=path, member=name, compression=comp))
    return out


def _file_sources(path: str) -> list[SourceFile]:
    if not os.access(path, os.R_OK):
        raise InputFileError(path, "is not readable (permission denied)")
    comp = _sniff_compression(path)
    if comp == "zip":
        return _zip_members(path)
    return [SourceFile(path=path, disk_path=path, compression=comp)]


def _walk_dir(path: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(DATA_SUFFIXES):
                found.append(os.path.join(root, name))
    return found


def expand(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[SourceFile]:
    """Resolve files, directories (recursively, data-file suffixes only) and glob patterns.

    Returns the sources in a stable order: arguments in the order given, each directory or glob sorted by
    path; a file named twice is read once. Raises ``InputFileError`` for a path that does not exist or a
    glob that matches nothing.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    out: list[SourceFile] = []
    for arg in paths:
        arg = os.fspath(arg)
        if os.path.isdir(arg):
            candidates = _walk_dir(arg)
        elif os.path.exists(arg):
            candidates = [arg]
        elif glob.has_magic(arg):
            candidates = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if not candidates:
                raise InputFileError(arg, "the pattern matches no file", "check the pattern and the folder")
        else:
            raise InputFileError(arg, "does not exist", "check the path (relative paths start at "
                                 f"{Path.cwd()})")
        for cand in candidates:
            key = os.path.realpath(cand)
            if key in seen:
                continue
            seen.add(key)
            out.extend(_file_sources(cand))
    return out
