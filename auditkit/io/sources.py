"""Finding input files and opening them: paths, directories, globs, gzip and zip, hashed in one pass.

``expand(paths)`` turns what a user typed into a sorted, de-duplicated list of :class:`SourceFile`.
``SourceFile.open()`` returns a decompressed binary stream whose raw bytes are hashed with sha256 as they
are read, so that provenance costs no second pass over a large file.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from auditkit.errors import InputFileError

__all__ = ["SourceFile", "expand", "HashingReader", "DATA_SUFFIXES"]

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
                stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
            return stream, None, member_hash
        try:
            raw = open(self.disk_path, "rb")
        except OSError as exc:
            raise InputFileError(self.path, f"cannot be opened ({exc.strerror or exc})") from exc
        hasher = HashingReader(raw)
        stream = io.BufferedReader(hasher, buffer_size=_CHUNK)  # type: ignore[arg-type]
        if self.compression == "gzip":
            stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
        return stream, hasher, None


class _ZipMemberHash(HashingReader):
    pass


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
