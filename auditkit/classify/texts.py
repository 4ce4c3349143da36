"""Cutting records into the texts classifiers read, and putting what they find back in place.

The user/system input and the assistant output of a record are classified separately (``field``). A long
text is cut into overlapping chunks, never truncated: a chunk is at most ``chunk_chars`` long and the next
one starts between ``overlap`` and ``overlap / 2`` characters before its end (after a space or line break
when there is one), so any phrase of up to ``overlap / 2`` characters that straddles a cut is whole in one
chunk. Offsets found in a chunk are shifted back to
offsets in the record's ``input_text``/``output_text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from auditkit.loaders.messages import segments

__all__ = ["TextUnits", "text_units", "chunk", "locate_messages", "DEFAULT_CHUNK_CHARS", "DEFAULT_OVERLAP"]

DEFAULT_CHUNK_CHARS = 4000
DEFAULT_OVERLAP = 200


def chunk(text: str, size: int = DEFAULT_CHUNK_CHARS, overlap: int = DEFAULT_OVERLAP) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` with overlapping pieces of at most ``size`` characters."""
    if len(text) <= size:
        return [(0, text)]
    if overlap >= size:
        raise ValueError("overlap must be smaller than the chunk size")
    out = []
    start = 0
    n = len(text)
    while True:
        end = min(start + size, n)
        out.append((start, text[start:end]))
        if end >= n:
            return out
        nxt = end - overlap
        # Prefer to start the next chunk just after a break inside the overlap window.
        window = text[nxt : nxt + overlap // 2]
        cut = max(window.rfind("\n"), window.rfind(" "))
        start = nxt + cut + 1 if cut >= 0 else nxt


@dataclass
class TextUnits:
    """Parallel arrays describing every text handed to the text classifiers."""

    texts: list[str]
    row: np.ndarray  # index into the records frame
    field: list[str]  # input | output
    offset: np.ndarray  # where the chunk starts in the record's text


def text_units(records: pd.DataFrame, chunk_chars: int = DEFAULT_CHUNK_CHARS,
               overlap: int = DEFAULT_OVERLAP) -> TextUnits:
    """The input and output texts of every record that has any, chunked."""
    texts: list[str] = []
    rows: list[int] = []
    fields: list[str] = []
    offsets: list[int] = []
    for field in ("input", "output"):
        column = records[f"{field}_text"]
        present = np.flatnonzero(column.notna().to_numpy())
        values = column.to_numpy()
        for i in present:
            text = values[i]
            if not text:
                continue
            if len(text) <= chunk_chars:
                texts.append(text)
                rows.append(int(i))
                fields.append(field)
                offsets.append(0)
                continue
            for off, piece in chunk(text, chunk_chars, overlap):
                texts.append(piece)
                rows.append(int(i))
                fields.append(field)
                offsets.append(off)
    return TextUnits(texts, np.asarray(rows, dtype=np.int64), fields, np.asarray(offsets, dtype=np.int64))


def locate_messages(messages_json: Sequence[object], fields: Sequence[str], starts: Sequence[object]
                    ) -> tuple[list[object], list[object]]:
    """Message index and role containing each span start (``<NA>`` where unknown)."""
    idx: list[object] = []
    roles: list[object] = []
    cache: dict[tuple[str, str], list[tuple[int, int, int, str]]] = {}
    for mj, field, start in zip(messages_json, fields, starts, strict=True):
        if not isinstance(mj, str) or start is None or pd.isna(start):
            idx.append(pd.NA)
            roles.append(pd.NA)
            continue
        key = (mj, field)
        segs = cache.get(key)
        if segs is None:
            segs = cache[key] = segments(mj, field)
        hit = next(((i, r) for s, e, i, r in segs if s <= int(start) < max(e, s + 1)), None)
        if hit is None:
            idx.append(pd.NA)
            roles.append(pd.NA)
        else:
            idx.append(hit[0])
            roles.append(hit[1])
    return idx, roles
