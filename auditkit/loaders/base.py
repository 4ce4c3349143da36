"""What a loader is, and the reasons a record can be rejected.

A loader turns one *item* of a log export (a JSONL line, a CSV row, an element of a JSON document) into
zero or more rows of the canonical schema (:mod:`auditkit.schema`). It never reads files itself: the
framework (:mod:`auditkit.load`) finds, decompresses, decodes and splits the input, asks every registered
loader how sure it is that a file is its format (:meth:`Loader.sniff`), and then feeds the items to the
chosen one. A loader that cannot use an item raises :class:`RecordError`; the framework turns that into a
reject row with the file, line, pointer and reason, so nothing is lost silently.

Adding a format is one new module with one ``Loader`` subclass registered in
:mod:`auditkit.loaders` (see ``docs/loaders.md``).
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pandas as pd

__all__ = [
    "RejectReason",
    "RecordError",
    "LoadOptions",
    "Sample",
    "Item",
    "Loader",
    "FinalizeResult",
    "BatchRows",
]


class RejectReason(str, enum.Enum):
    """Why an input record was rejected (the ``reason`` column of ``LoadResult.rejects``)."""

    INVALID_JSON = "invalid_json"  #: the line or element is not valid JSON (truncated, junk)
    BAD_ENCODING = "bad_encoding"  #: bytes that are not text in the file's encoding
    NOT_AN_OBJECT = "not_an_object"  #: valid JSON, but not an object where a record was expected
    MISSING_FIELD = "missing_field"  #: a field the format requires is absent
    WRONG_TYPE = "wrong_type"  #: a field has the wrong JSON type (text where a number belongs ...)
    BAD_TIMESTAMP = "bad_timestamp"  #: a timestamp that cannot be parsed, or lies outside 2000-2099
    BAD_VALUE = "bad_value"  #: a value outside its domain (negative token count ...)
    ROW_SHAPE = "row_shape"  #: a CSV row whose number of fields differs from the header
    WRONG_FORMAT = "wrong_format"  #: a record of another format inside this file
    TRUNCATED_FILE = "truncated_file"  #: the file (compressed stream or document) ends early
    UNREADABLE = "unreadable"  #: a part of the file that could not be read at all


class RecordError(Exception):
    """Raised by a loader to reject the item it is reading (internal; becomes a reject row)."""

    def __init__(self, reason: RejectReason, expected: str, found: str = "", pointer: str = "") -> None:
        super().__init__(f"{reason.value}: expected {expected}" + (f", found {found}" if found else ""))
        self.reason = reason
        self.expected = expected
        self.found = found
        self.pointer = pointer

    @property
    def message(self) -> str:
        where = f"at {self.pointer}: " if self.pointer else ""
        msg = f"{where}expected {self.expected}"
        if self.found:
            msg += f", found {self.found}"
        return msg


@dataclass(frozen=True)
class LoadOptions:
    """Options that change how values are read (documented in ``docs/loaders.md``).

    Attributes:
        timezone: IANA zone for timestamps written without a zone by gateways that log local time
            (one-api and new-api CSV exports are often UTC+8: ``Asia/Shanghai``). Formats whose naive
            timestamps are defined as UTC (Langfuse, LiteLLM) ignore it.
        quota_per_usd: one-api/new-api quota units per US dollar (500,000 by default in both).
        max_media_chars: base64 media (images, audio, files) longer than this is replaced in
            ``messages_json`` by a placeholder with its length and sha256; ``content_truncated`` is set.
    """

    timezone: str = "UTC"
    quota_per_usd: float = 500_000.0
    max_media_chars: int = 256


@dataclass
class Sample:
    """What a loader sees to decide whether a file is its format."""

    path: str
    container: str  # jsonl | json | csv
    values: list[Any]  # the first parsed items (dicts for JSONL/JSON, row dicts for CSV)
    header: list[str] | None = None  # CSV header
    shape: str = ""  # for JSON documents: array | wrapped | single
    context: Mapping[str, Any] = field(default_factory=dict)  # members of a wrapping JSON object


@dataclass
class Item:
    """One input record handed to :meth:`Loader.rows`."""

    value: Any
    line: int
    pointer: str
    path: str
    container: str
    context: Mapping[str, Any]
    options: LoadOptions


@dataclass
class FinalizeResult:
    """What :meth:`Loader.finalize` returns: cells to change, rows folded into others, and what was folded.

    ``updates`` maps a row label of the frame to ``{column: new value}`` (timestamps as integer
    nanoseconds, UTC); ``drop`` lists the labels of rows folded into other rows; ``merged`` maps a kept
    row's ``record_key`` to the record keys folded into it (batch input lines joined to their outputs,
    file-list snapshots of the same file, moderation results attached to their request), from which the
    framework fills ``merged_sources``.

    The framework applies the updates column by column and all drops (of every loader, and the duplicate
    rule's) in one final pass, so a finalizer never copies the frame: on tens of millions of rows a copy
    per loader would cost more than the whole join. Rows dropped by one loader stay in the frame that
    later loaders see; a finalizer only acts on rows of its own format or on rows it links to by id.
    """

    updates: Mapping[Hashable, Mapping[str, Any]] = field(default_factory=dict)
    drop: Sequence[Hashable] = ()
    merged: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass
class BatchRows:
    """What :meth:`Loader.read_batch` returns for a batch of JSONL lines.

    ``columns`` holds canonical columns (lists of equal length) for the lines in ``handled`` (positions in
    the batch, ascending); ``raw_record`` may be omitted (the framework uses the line). Every line not in
    ``handled`` goes through the generic path (``rows()``), which also produces the exact reject.
    """

    columns: dict[str, list[Any]]
    handled: list[int]


class Loader:
    """Base class of all loaders. Subclasses set the class attributes and implement ``sniff`` and ``rows``.

    Row dicts use canonical column names (any subset). Conventions:

    * timestamps are integer nanoseconds since the epoch, UTC (use :func:`auditkit.loaders.fields.to_ns`);
    * ``event_time_raw`` keeps the timestamp as the source wrote it;
    * a unit that gives several rows sets ``"_pointer"`` on each (a JSON pointer suffix, unique within
      the item) and may set ``"raw_record"`` to the part of the item the row comes from;
    * everything else the framework fills: ``record_key``, ``source_*``, ``raw_record``.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    #: containers this loader reads: jsonl, json (a whole document), csv
    containers: ClassVar[frozenset[str]] = frozenset({"jsonl", "json"})
    #: key paths inside a wrapping JSON object where the records are, e.g. (("data",),)
    item_paths: ClassVar[tuple[tuple[str, ...], ...]] = ()
    #: whether the format carries prompt/completion text at all (documentation and the summary)
    carries_text: ClassVar[str] = "yes"  # yes | no | optional

    def sniff(self, sample: Sample) -> float:
        """Confidence in [0, 1] that ``sample`` is this format (0.5 or more to be chosen)."""
        raise NotImplementedError

    def explode(self, value: Any) -> Iterator[tuple[str, Any]]:
        """Split one JSONL line into records: ``(pointer, record)`` pairs. Default: the line itself.

        A line holding a wrapper object (a Files list page) yields its items at :attr:`item_paths`.
        """
        for path in self.item_paths:
            node = value
            for key in path:
                node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, list):
                pointer = "/" + "/".join(path)
                for i, item in enumerate(node):
                    yield f"{pointer}/{i}", item
                return
        yield "", value

    def rows(self, item: Item) -> list[dict[str, Any]]:
        """Canonical row dicts for one record; raise :class:`RecordError` to reject it."""
        raise NotImplementedError

    def read_batch(self, lines: list[bytes], options: LoadOptions) -> BatchRows | None:
        """Optional fast path for JSONL: map many raw lines at once, or return None (not supported).

        Only worth writing for high-volume formats; it must give the same rows as :meth:`rows` for every
        line it handles (a test compares the two), and leave every other line to :meth:`rows`.
        """
        return None

    def read_lines(self, data: bytes, starts: Any, ends: Any, options: LoadOptions) -> BatchRows | None:
        """The same fast path as :meth:`read_batch`, given the lines as spans of one buffer.

        ``data`` holds the lines; line ``i`` of the batch is ``data[starts[i]:ends[i]]`` (numpy arrays,
        ascending, without the line break). The framework reads JSON Lines in large blocks and hands them
        on this way, so that a loader can work on the buffer without one Python object per line. It may
        be called from a worker thread, for several batches at once: it must not keep state between calls.
        The default cuts the lines and calls :meth:`read_batch`.
        """
        if type(self).read_batch is Loader.read_batch:
            return None
        view = memoryview(data)
        return self.read_batch([bytes(view[s:e]) for s, e in zip(starts.tolist(), ends.tolist(), strict=True)],
                               options)

    def finalize(self, frame: pd.DataFrame, options: LoadOptions) -> FinalizeResult:
        """Cross-record work after every file is read (joins, snapshot merges).

        ``frame`` holds the canonical rows of *all* formats of this load, because some joins cross
        formats (moderation results logged beside the requests they judged). A loader only changes or
        folds rows of its own format, or rows it joins to. Called only when the load has rows of this
        format; the default returns the frame unchanged.
        """
        return FinalizeResult()

    def __repr__(self) -> str:
        return f"<loader {self.name}>"
