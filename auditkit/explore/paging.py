"""One page of the selected records: the rows an auditor reads first, with redacted excerpts.

Records are shown in the index's display order (most severe finding first, then by time); each row has
the record's time, application, user and API key (masked with a stable tag), its categories, review
statuses, and an excerpt around the strongest evidence, as pieces that keep the evidence marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from auditkit.explore.index import ExploreIndex
from auditkit.explore.text import Piece, display_id, mark, plain_excerpt
from auditkit.ledger.model import REVIEW_STATUSES
from auditkit.policy import SEVERITIES

if TYPE_CHECKING:
    from auditkit.explore.view import Selection

__all__ = ["Page", "page", "PAGE_COLUMNS", "DEFAULT_PAGE_SIZE"]

DEFAULT_PAGE_SIZE = 25
#: Columns of :attr:`Page.rows`.
PAGE_COLUMNS = (
    "record_key",
    "time",
    "application",
    "user",
    "api_key",
    "model",
    "kind",
    "language",
    "severity",
    "categories",
    "review",
    "excerpt",
)


@dataclass(frozen=True)
class Page:
    """One page of the selected records, in display order (most severe first, then by time).

    ``rows`` has :data:`PAGE_COLUMNS` (strings; ``excerpt`` is joined from ``pieces``, which keep the
    evidence marks for rendering); ``number`` is 0-based.
    """

    rows: pd.DataFrame
    pieces: tuple[tuple[Piece, ...], ...]
    cut: tuple[tuple[bool, bool], ...]
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,") + "…"


def _row_findings(index: ExploreIndex, sel: Selection, row: int) -> tuple[np.ndarray, np.ndarray]:
    pos = index.findings_of(row)
    return pos, pos[sel.findings[pos]]


def _excerpt(
    index: ExploreIndex, rec: dict[str, Any], chosen: np.ndarray, redact: bool
) -> tuple[tuple[Piece, ...], bool, bool]:
    """Pieces around the strongest evidence span of ``chosen`` findings (the text's start when none)."""
    spanned = chosen[~np.isnan(index.f_start[chosen])]
    spanned = spanned[np.argsort(-index.f_score[spanned], kind="stable")]
    output = bool(index.f_output[spanned[0]]) if len(spanned) else False
    text = rec["output_text"] if output else rec["input_text"]
    if not isinstance(text, str):
        text = rec["input_text"] if isinstance(rec["input_text"], str) else rec["output_text"]
        spanned = spanned[:0]
    if not isinstance(text, str):
        return (), False, False
    same = spanned[index.f_output[spanned] == output]
    spans = [(int(index.f_start[j]), int(index.f_end[j])) for j in same]
    pieces = mark(text, spans, redact=redact)
    shown, before, after = plain_excerpt(pieces, spans[0] if spans else None)
    return tuple(shown), before, after


def _review_text(codes: np.ndarray) -> str:
    if not len(codes):
        return ""
    counts = np.bincount(codes, minlength=len(REVIEW_STATUSES))
    return ", ".join(f"{n} {s}" for s, n in zip(REVIEW_STATUSES, counts, strict=True) if n)


def _categories(index: ExploreIndex, chosen: np.ndarray, lang: str) -> tuple[str, str]:
    """The categories of ``chosen`` findings, most severe first, and the worst severity."""
    sev = index.f_severity.codes[chosen]
    worst: dict[str, int] = {}
    for code, v in zip(index.f_category.codes[chosen], sev, strict=True):
        cat = index.f_category.names[code]
        worst[cat] = min(worst.get(cat, len(SEVERITIES)), int(v) if v >= 0 else len(SEVERITIES))
    ranked = sorted(worst, key=lambda c: (worst[c], c))
    known = sev[sev >= 0]
    return ", ".join(_short(index.label(c, lang)) for c in ranked), SEVERITIES[int(known.min())] if len(
        known
    ) else ""


def _page_row(
    index: ExploreIndex, sel: Selection, row: int, rec: dict[str, Any], lang: str, redact: bool
) -> tuple[dict[str, str], tuple[Piece, ...], tuple[bool, bool]]:
    _, chosen = _row_findings(index, sel, row)
    pieces, before, after = _excerpt(index, rec, chosen, redact)
    categories, severity = _categories(index, chosen, lang)
    t = rec["event_time"]
    app = index.application.codes[row]
    values = {
        "record_key": str(rec["record_key"]),
        "time": "" if pd.isna(t) else pd.Timestamp(t).strftime("%Y-%m-%d %H:%M"),
        "application": index.application.names[app] if app >= 0 else "?",
        "user": display_id(rec["user_id"], redact),
        "api_key": display_id(rec["api_key_id"], redact),
        "model": display_id(rec["model"], False),
        "kind": str(rec["record_kind"]),
        "language": index.language.names[index.language.codes[row]],
        "severity": severity,
        "categories": categories,
        "review": _review_text(index.f_status.codes[chosen]),
        "excerpt": ("…" if before else "") + "".join(p.text for p in pieces) + ("…" if after else ""),
    }
    return values, pieces, (before, after)


_PAGE_INPUTS = (
    "record_key",
    "event_time",
    "user_id",
    "api_key_id",
    "model",
    "record_kind",
    "input_text",
    "output_text",
)


def page(
    index: ExploreIndex,
    sel: Selection,
    number: int = 0,
    size: int = DEFAULT_PAGE_SIZE,
    *,
    lang: str = "en",
    redact: bool = True,
) -> Page:
    """Page ``number`` (0-based, clamped) of ``size`` selected records, with redacted excerpts by default."""
    size = max(1, int(size))
    ordered = index.order[sel.records[index.order]]
    total = len(ordered)
    number = min(max(0, int(number)), max(0, -(-total // size) - 1))
    rows_pos = ordered[number * size : (number + 1) * size]
    built = [_page_row(index, sel, int(r), index.row(int(r), _PAGE_INPUTS), lang, redact) for r in rows_pos]
    rows = pd.DataFrame([b[0] for b in built], columns=list(PAGE_COLUMNS)).astype("string")
    return Page(rows, tuple(b[1] for b in built), tuple(b[2] for b in built), number, size, total)
