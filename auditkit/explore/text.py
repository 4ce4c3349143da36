"""Log text as pieces: evidence spans to highlight, personal data and secrets masked, excerpts cut safely.

A text becomes a list of :class:`Piece` s, each knowing where it lies in the original text, whether it is
evidence (inside a finding's span) and whether it was masked. Redaction detects on the *whole* text and
again on its own output until nothing is found (as :func:`auditkit.pii.redact` does), so the pieces joined
hold nothing :func:`auditkit.pii.detect` finds, and an excerpt cut from them can never show half of a phone
number that a cut window would have hidden from the detector.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

__all__ = ["Piece", "mark", "window", "joined", "plain_excerpt", "redact_value", "display_id"]

_MAX_ROUNDS = 64


@dataclass(frozen=True)
class Piece:
    """A run of text: ``original[start:end]`` shown as ``text`` (a mask token when ``masked``)."""

    text: str
    start: int
    end: int
    evidence: bool = False
    masked: bool = False


def _split_evidence(text: str, spans: Iterable[tuple[int, int]]) -> list[Piece]:
    n = len(text)
    clipped = [(max(0, min(n, int(s))), max(0, min(n, int(e)))) for s, e in spans]
    clipped = [(s, e) for s, e in clipped if e > s]
    cuts = sorted({0, n, *(s for s, _ in clipped), *(e for _, e in clipped)})
    return [
        Piece(text[a:b], a, b, any(s < b and a < e for s, e in clipped)) for a, b in pairwise(cuts) if b > a
    ]


def _cut(pieces: list[Piece], offsets: Sequence[int]) -> list[Piece]:
    """Pieces split at ``offsets`` (positions in the joined current text); masked pieces stay whole."""
    out, pos, k, cuts = [], 0, 0, sorted(set(offsets))
    for p in pieces:
        end = pos + len(p.text)
        while k < len(cuts) and cuts[k] <= pos:
            k += 1
        inner = []
        while k < len(cuts) and cuts[k] < end:
            inner.append(cuts[k] - pos)
            k += 1
        if p.masked or not inner:
            out.append(p)
        else:
            bounds = [0, *inner, len(p.text)]
            out += [Piece(p.text[a:b], p.start + a, p.start + b, p.evidence) for a, b in pairwise(bounds)]
        pos = end
    return out


def _mask(pieces: list[Piece], detections: Sequence[object]) -> list[Piece]:
    """Replace the pieces inside each detection by one masked piece with the detection's mask token."""
    pieces = _cut(pieces, [x for d in detections for x in (d.start, d.end)])  # type: ignore[attr-defined]
    out: list[Piece] = []
    pos, di = 0, 0
    dets = sorted(detections, key=lambda d: d.start)  # type: ignore[attr-defined]
    group: list[Piece] = []
    for p in pieces:
        end = pos + len(p.text)
        while di < len(dets) and dets[di].end <= pos:  # type: ignore[attr-defined]
            di += 1
        inside = di < len(dets) and dets[di].start <= pos and end <= dets[di].end and not p.masked  # type: ignore
        if inside:
            group.append(p)
            if end == dets[di].end:  # type: ignore[attr-defined]
                out.append(
                    Piece(
                        dets[di].mask,
                        group[0].start,
                        group[-1].end,  # type: ignore[attr-defined]
                        any(g.evidence for g in group),
                        True,
                    )
                )
                group = []
        else:
            out.append(p)
        pos = end
    return out + group


def joined(pieces: Sequence[Piece]) -> str:
    """The text the pieces show."""
    return "".join(p.text for p in pieces)


def mark(text: str, spans: Iterable[tuple[int, int]] = (), *, redact: bool = True) -> list[Piece]:
    """``text`` as pieces, split at the evidence ``spans`` (offsets into ``text``), personal data and
    secrets masked when ``redact``."""
    if not text:
        return []
    pieces = _split_evidence(text, spans)
    if not redact:
        return pieces
    from auditkit.pii import detect

    for _ in range(_MAX_ROUNDS):
        found = detect(joined(pieces))
        if not found:
            return pieces
        pieces = _mask(pieces, found)
    raise RuntimeError("redaction did not converge")  # pragma: no cover - redact() has the same bound


def window(pieces: Sequence[Piece], lo: int, hi: int) -> tuple[list[Piece], bool, bool]:
    """The pieces overlapping ``[lo, hi)`` of the original text, unmasked edge pieces sliced; and whether
    text was cut before and after. A masked piece is kept whole, so a mask is never half shown."""
    out = []
    for p in pieces:
        if p.end <= lo or p.start >= hi:
            continue
        if p.masked:
            out.append(p)
            continue
        a, b = max(p.start, lo), min(p.end, hi)
        out.append(replace(p, text=p.text[a - p.start : b - p.start], start=a, end=b))
    total = pieces[-1].end if pieces else 0
    first = out[0].start if out else 0
    last = out[-1].end if out else 0
    return out, first > 0, last < total


def plain_excerpt(
    pieces: Sequence[Piece], span: tuple[int, int] | None, *, context: int = 60, limit: int = 200
) -> tuple[list[Piece], bool, bool]:
    """About ``limit`` characters around ``span`` (the start of the text when there is none)."""
    if not pieces:
        return [], False, False
    if span is None:
        return window(pieces, 0, limit)
    s, e = span
    lo = max(0, s - context)
    return window(pieces, lo, max(e + context, lo + limit // 2) if e - lo < limit else lo + limit)


def redact_value(value: object, redact: bool) -> str:
    """A short log-derived value (matched text, user id) as shown: masked when ``redact``."""
    if value is None or not isinstance(value, str):
        return ""
    if not redact:
        return value
    from auditkit.pii import redact as _redact

    return _redact(value)


def display_id(value: object, redact: bool) -> str:
    """An identifier (user, API key) as shown: with ``redact``, personal data or a secret inside it is masked
    and a short stable tag keeps different values apart (``[EMAIL]#3f2a9c``), as in the report."""
    if value is None or not isinstance(value, str):
        return ""
    shown = redact_value(value, redact)
    if shown == value:
        return value
    return shown + "#" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:6]
