"""Pieces shared by the sections: the section frame, finding blocks, identifiers and excerpts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import pandas as pd

from auditkit.report.html import Markup, clean_text, el, esc
from auditkit.report.i18n import t

__all__ = [
    "section",
    "finding_block",
    "display_id",
    "excerpt",
    "sampled_note",
    "severity_badge",
    "fmt_time",
    "dl",
    "SECTION_IDS",
    "file_line",
]

#: Section keys in report order (anchors are ``sec-<key>``).
SECTION_IDS = (
    "cover",
    "summary",
    "activity",
    "policy",
    "exceptions",
    "retention",
    "quality",
    "method",
    "signoff",
)


def section(key: str, lang: str, *body: Any) -> Markup:
    """``<section id="sec-key">`` with its heading; ``tex2jax_ignore`` keeps MathJax off log text."""
    return el(
        "section",
        el("h2", t(f"section.{key}", lang)),
        *body,
        id=f"sec-{key}",
        class_="report-section tex2jax_ignore mathjax_ignore",
    )


def dl(pairs: Sequence[tuple[Any, Any]], class_: str = "facts") -> Markup:
    items = []
    for term, value in pairs:
        items += [el("dt", term), el("dd", value)]
    return el("dl", *items, class_=class_)


def severity_badge(severity: Any, lang: str) -> Markup:
    sev = str(severity) if isinstance(severity, str) else "unknown"
    key = f"severity.{sev}" if sev in ("critical", "high", "medium", "low", "info") else "severity.unknown"
    return el("span", t(key, lang), class_=f"badge sev-{sev if key != 'severity.unknown' else 'unknown'}")


def finding_block(
    anchor: str,
    title: Any,
    severity: Any,
    lang: str,
    *,
    criterion: Any,
    condition: Any,
    cause: Any,
    effect: Any,
    recommendation: Any,
    extra: Any = None,
) -> Markup:
    """A finding as auditors write it: criterion, condition, cause, effect, recommendation."""
    pairs = [
        (t("finding.criterion", lang), criterion),
        (t("finding.condition", lang), condition),
        (t("finding.cause", lang), cause),
        (t("finding.effect", lang), effect),
        (t("finding.recommendation", lang), recommendation),
    ]
    return el(
        "div",
        el("h3", title, " ", severity_badge(severity, lang)),
        dl(pairs, "ccer"),
        extra,
        class_="finding",
        id=anchor,
    )


def _redacted(text: str) -> str:
    from auditkit.pii import redact

    return redact(text)


def display_id(value: Any, redact: bool) -> str:
    """An identifier as a report shows it: cleaned; with ``redact``, personal data or a secret inside it
    is masked and a short stable tag keeps different values apart (``[EMAIL]#3f2a9c``)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    text = clean_text(value, 80)
    if not redact:
        return text
    masked = _redacted(str(value))
    if masked == str(value):
        return text
    return clean_text(masked, 60) + "#" + hashlib.sha256(str(value).encode()).hexdigest()[:6]


def excerpt(text: Any, start: Any, end: Any, redact: bool, context: int = 120, limit: int = 280) -> str:
    """Text around ``[start, end)`` (the whole text start when no span), redacted, cut to ``limit``."""
    if not isinstance(text, str) or not text:
        return ""
    if start is None or pd.isna(start):  # no span: the beginning of the text
        head = _redacted(text[: limit + 60]) if redact else text[: limit + 60]
        cut = len(head) > limit or len(text) > limit + 60
        return clean_text(head[:limit] + ("…" if cut else ""))
    s = int(start) if start is not None and not pd.isna(start) else 0
    e = int(end) if end is not None and not pd.isna(end) else min(len(text), s + limit)
    lo, hi = max(0, s - context - 40), min(len(text), e + context + 40)
    window = text[lo:hi]
    if redact:
        window = _redacted(window)
    if len(window) > limit:
        cut = (len(window) - limit) // 2
        window = window[cut : cut + limit]
        lo, hi = lo + 1, hi - 1  # force ellipses
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return clean_text(prefix + window + suffix)


def sampled_note(lang: str, shown: int, total: int, how: str) -> str:
    """The sentence that states how a table was cut: all rows, or which ``shown`` of ``total``."""
    if shown >= total:
        return t("table.all_rows", lang, total=f"{total:,}")
    return t("table.sampled", lang, shown=f"{shown:,}", total=f"{total:,}", how=how)


def fmt_time(value: Any, with_time: bool = True) -> str:
    if value is None or pd.isna(value):
        return "–"
    ts = pd.Timestamp(value)
    return ts.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def file_line(path: Any, line: Any) -> str:
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1] if isinstance(path, str) else "?"
    return name + (f":{int(line)}" if line is not None and not pd.isna(line) else "")


def esc_list(values: Sequence[Any]) -> Markup:
    return Markup(", ".join(esc(v) for v in values))
