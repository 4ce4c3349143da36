"""Retention and governance: age of retained data against the window, files by age, and the retention
audit's findings (one finding per reason code, with a sample of its rows)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from auditkit.policy import SEVERITIES
from auditkit.report import charts, metrics
from auditkit.report.data import ReportData
from auditkit.report.html import Fragment, Markup, anchor_id, el, table
from auditkit.report.html import frame as frame_of
from auditkit.report.i18n import number, t
from auditkit.report.sections.common import (
    display_id,
    excerpt,
    finding_block,
    fmt_time,
    sampled_note,
    section,
    severity_badge,
)

__all__ = ["retention_section", "reason_text", "ROWS_PER_REASON"]

ROWS_PER_REASON = 10
_RANK = {s: i for i, s in enumerate((*SEVERITIES, "info"))}
_FIELDS = ("title", "criterion", "cause", "effect", "recommendation")


def _entries(raw: Any) -> dict[str, dict[str, Any]]:
    """Reason code -> texts, from the shapes a texts file may take (mapping by code, or list of entries)."""
    if isinstance(raw, dict) and isinstance(raw.get("reasons"), (dict, list)):
        raw = raw["reasons"]
    out: dict[str, dict[str, Any]] = {}
    if isinstance(raw, dict):
        out = {str(k): v for k, v in raw.items() if isinstance(v, dict)}
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                code = item.get("code") or item.get("reason") or item.get("id")
                if code:
                    out[str(code)] = item
    return out


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, Any]]:
    folder = Path(str(resources.files("auditkit") / "data" / "retention"))
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
        with open(path, encoding="utf-8") as fh:
            out.update(_entries(yaml.safe_load(fh)))
    return out


def reason_text(reason: str, field: str, lang: str) -> str | None:
    """The retention audit's text for a reason code (title, criterion, cause, effect, recommendation) in
    ``lang`` (``auditkit.retention.reasons.reason_text``, else its package data), or None."""
    try:
        from auditkit.retention.reasons import reason_text as _reason_text

        found = getattr(_reason_text(reason, lang), field, None)
        if found:
            return str(found).strip()
    except Exception:  # noqa: BLE001 - texts are optional: the report falls back to its own
        pass
    value = _texts().get(reason, {}).get(field)
    if isinstance(value, dict):
        value = value.get(lang) or value.get("en")
    return str(value).strip() if value else None


def _charts(data: ReportData) -> Markup:
    lang, as_of = data.lang, data.params.as_of_date
    ages = metrics.log_copy_ages(data.load.records, as_of)
    age = charts.age_histogram(
        ages,
        data.window_days,
        title=t("retention.age_title", lang),
        xlabel=t("chart.age_days", lang),
        ylabel=t("chart.records", lang),
        window_label=t("retention.window_label", lang, days=data.window_days),
        caption=t("retention.age_caption", lang, days=data.window_days, as_of=data.params.as_of),
    )
    files = metrics.files_by_age(data.load.records, as_of)
    if not int(files[["stored", "deleted"]].to_numpy().sum()):
        return Markup(age + el("p", t("retention.no_files", lang), class_="empty"))
    bars = charts.stacked_bars(
        files,
        [
            ("stored", t("chart.still_stored", lang), charts.RED),
            ("deleted", t("chart.deleted", lang), charts.GREY),
        ],
        category="bucket",
        title=t("retention.files_title", lang),
        ylabel=t("chart.files", lang),
        caption=t("retention.files_caption", lang, as_of=data.params.as_of),
    )
    return Markup(age + bars)


def _detail(reason: str, detail: object, evidence: object, lang: str) -> object:
    """The finding's condition sentence in ``lang`` (rendered from its evidence when possible)."""
    if isinstance(evidence, str) and evidence:
        try:
            from auditkit.retention.reasons import render_detail

            return render_detail(reason, evidence, lang)
        except Exception:  # noqa: BLE001 - fall back to the detail column as written
            pass
    return detail


def _evidence(value: object) -> object:
    """Evidence JSON as ``key: value`` pairs (nested lists and objects left out: the notebook has them)."""
    if not isinstance(value, str) or not value.startswith("{"):
        return value
    try:
        facts = json.loads(value)
    except ValueError:
        return value
    return "; ".join(
        f"{k}: {v}" for k, v in facts.items() if not isinstance(v, (list, dict)) and v is not None
    )


def _count(group: pd.DataFrame) -> int:
    c = pd.to_numeric(group["count"], errors="coerce")
    return int(c.fillna(1).sum()) if len(group) else 0


def _reason_block(data: ReportData, reason: str, group: pd.DataFrame) -> Markup:
    lang, redact = data.lang, data.params.redact
    sev = min(group["severity"].dropna().astype(str), key=lambda s: _RANK.get(s, 9), default="unknown")
    apps = sorted({str(a) for a in group["application"].dropna()})
    ages = pd.to_numeric(group["age_days"], errors="coerce")
    rows = group.assign(_age=ages).sort_values(["_age", "record_key"], ascending=[False, True], kind="stable")
    shown = pd.DataFrame(
        {
            "object": [
                display_id(o if pd.notna(o) else k, redact)
                for o, k in zip(rows["object_id"], rows["record_key"], strict=True)
            ],
            "application": rows["application"],
            "time": [fmt_time(v) for v in rows["event_time"]],
            "age": [f"{a:,.0f}" if pd.notna(a) else "–" for a in rows["_age"]],
            "detail": [
                excerpt(_detail(reason, d, e, lang), None, None, redact, 0, 240) or "–"
                for d, e in zip(rows["detail"], rows["evidence"], strict=True)
            ],
            "evidence": [excerpt(_evidence(e), None, None, redact, 0, 240) or "–" for e in rows["evidence"]],
        }
    )
    cols = [(c, t(f"retention.col_{c}", lang)) for c in shown.columns]
    note = sampled_note(lang, min(len(shown), ROWS_PER_REASON), len(shown), t("retention.rows_how", lang))
    rec = reason_text(reason, "recommendation", lang) or next(
        (str(r) for r in group["recommendation"].dropna()), t("retention.default_recommendation", lang)
    )
    return finding_block(
        anchor_id("retention", reason),
        reason_text(reason, "title", lang) or reason.replace("_", " ").title(),
        sev,
        lang,
        criterion=reason_text(reason, "criterion", lang)
        or t("retention.default_criterion", lang, reason=reason),
        condition=t(
            "retention.condition",
            lang,
            n=number(_count(group)),
            apps=", ".join(apps) or "–",
            oldest=f"{ages.max():,.0f}" if ages.notna().any() else "–",
        ),
        cause=reason_text(reason, "cause", lang) or t("retention.default_cause", lang),
        effect=reason_text(reason, "effect", lang)
        or t(f"effect.{sev}" if sev in _RANK else "effect.medium", lang),
        recommendation=rec,
        extra=table(shown, cols, numeric=("age",), caption=note, limit=ROWS_PER_REASON),
    )


def retention_section(data: ReportData) -> Fragment:
    """Retained data against the window, files by age, and the retention audit's findings by reason."""
    lang = data.lang
    parts = [_charts(data)]
    frame = data.retention
    if not data.retention_ran:
        parts.append(el("p", t("retention.not_available", lang), class_="empty"))
    elif frame.empty:
        parts.append(el("p", t("retention.none", lang), class_="empty"))
    else:
        order = sorted(
            frame["reason"].astype(str).unique(),
            key=lambda r: (min(_RANK.get(str(s), 9) for s in frame.loc[frame["reason"] == r, "severity"]), r),
        )
        summary = frame_of(
            {
                "reason": [reason_text(r, "title", lang) or r for r in order],
                "severity": [
                    severity_badge(
                        min(
                            frame.loc[frame["reason"] == r, "severity"].astype(str),
                            key=lambda s: _RANK.get(s, 9),
                        ),
                        lang,
                    )
                    for r in order
                ],
                "count": [number(_count(frame[frame["reason"] == r])) for r in order],
            }
        )
        parts.append(
            table(
                summary,
                [
                    ("reason", t("col.reason", lang)),
                    ("severity", t("col.severity", lang)),
                    ("count", t("col.findings", lang)),
                ],
                numeric=("count",),
                caption=t("retention.table_caption", lang),
            )
        )
        parts += [_reason_block(data, r, frame[frame["reason"] == r]) for r in order]
    return data.fragment("retention", section("retention", lang, *parts))
