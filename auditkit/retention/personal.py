"""Personal data, credentials and health data sent in prompts; and where the personal data went.

The prompts (``input_text``) of every record that has one are scanned once with ``auditkit.pii`` (at or
above ``personal_data.min_confidence``); the result (:class:`PersonalScan`) also feeds OPT_IN_SHARING.

* PII_SENT: one finding per record with ``personal_data`` detections (severity high when a type of
  ``personal_data.high_types`` is among them), any source (ChatGPT exports included);
* SECRET_SENT: one finding per record with ``secret`` detections;
* PHI_WITHOUT_BAA: one finding per API-data record of an application without a BAA whose prompt carries
  health information about a person (:mod:`auditkit.retention.health`);
* RESIDENCY: one finding per application that sent personal data (API data) of users outside the
  processing region: the record's region from ``metadata_json[<region_metadata_key>]`` when the profile
  names that key and the record has it, else the application's ``user_regions``.

Evidence lists the detections' types and spans, never the text found.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import orjson
import pandas as pd

from auditkit.pii import detect_many
from auditkit.retention.context import AuditContext
from auditkit.retention.findings import build, date_text, empty_findings
from auditkit.retention.health import PhiHits, phi_hits
from auditkit.retention.reasons import RetentionReason

__all__ = ["PersonalScan", "scan_personal", "personal_findings", "residency"]


@dataclass(frozen=True)
class PersonalScan:
    """Detections in the prompts (``text_index`` = record position) and the records carrying PHI."""

    detections: pd.DataFrame
    phi: PhiHits

    def rows(self, category: str) -> np.ndarray:
        d = self.detections
        return np.unique(d.loc[d["category"] == category, "text_index"].to_numpy(dtype=np.int64))

    def types(self, category: str) -> pd.Series:
        """Detection type counts per record position, for one category."""
        d = self.detections[self.detections["category"] == category]
        return d.groupby("text_index")["type"].agg(lambda t: dict(Counter(t)))


def scan_personal(ctx: AuditContext) -> PersonalScan:
    """Run the detectors once over every prompt, and the PHI check over API data without a BAA."""
    det = ctx.text_facts.detections
    if det is None:  # facts computed elsewhere without the detections: scan the prompts here
        rows = np.flatnonzero(ctx.has_input)
        det = detect_many(ctx.column("input_text").iloc[rows])
    det = det[det["confidence"] >= ctx.rules.pii_min_confidence].reset_index(drop=True)
    det["text_index"] = det["text_index"].astype(np.int64)
    baa = ctx.app_value("baa_signed", ctx.profile.organisation.baa_signed).astype(bool).to_numpy()
    scope = ctx.is_api & ctx.has_input & ~baa
    return PersonalScan(det, phi_hits(ctx, scope, det))


class _Grouped:
    """Detections sorted by record, as numpy arrays, sliced per record without pandas indexing."""

    def __init__(self, d: pd.DataFrame) -> None:
        d = d.sort_values(["text_index", "start"], kind="stable")
        self.rows, starts = np.unique(d["text_index"].to_numpy(dtype=np.int64), return_index=True)
        self.bounds = np.append(starts, len(d))
        self.type = d["type"].to_numpy(dtype=object)
        self.start = d["start"].to_numpy(dtype=np.int64)
        self.end = d["end"].to_numpy(dtype=np.int64)
        self.confidence = d["confidence"].to_numpy(dtype=np.float64)
        self.detector = d["detector"].to_numpy(dtype=object)

    def of(self, i: int) -> slice:
        return slice(int(self.bounds[i]), int(self.bounds[i + 1]))

    def spans(self, i: int, limit: int) -> list[dict]:
        s = self.of(i)
        return [
            {
                "field": "input_text",
                "type": str(t),
                "start": int(a),
                "end": int(b),
                "confidence": round(float(c), 2),
                "detector": str(k),
            }
            for t, a, b, c, k in zip(
                self.type[s][:limit],
                self.start[s][:limit],
                self.end[s][:limit],
                self.confidence[s][:limit],
                self.detector[s][:limit],
                strict=True,
            )
        ]


def _record_findings(
    ctx: AuditContext, scan: PersonalScan, category: str, reason: RetentionReason
) -> pd.DataFrame:
    d = scan.detections[scan.detections["category"] == category]
    if d.empty:
        return empty_findings()
    g = _Grouped(d)
    base = ctx.base(g.rows)
    extra, types, items = [], [], []
    high_types = set(ctx.rules.pii_high_types)
    high = np.zeros(len(g.rows), dtype=bool)
    for i in range(len(g.rows)):
        found = g.type[g.of(i)]
        counts = dict(Counter(found.tolist()))
        types.append(", ".join(sorted(counts)))
        items.append(len(found))
        high[i] = bool(high_types.intersection(counts))
        extra.append(
            {
                "type_counts": counts,
                "spans": g.spans(i, ctx.rules.max_spans),
                "spans_complete": len(found) <= ctx.rules.max_spans,
            }
        )
    facts = {
        "application": base["application"],
        "items": pd.Series(items),
        "types": pd.Series(types),
        "record": base["record_key"],
        "event": date_text(base["event_time"]).fillna("an unknown date"),
    }
    severity = None
    if reason is RetentionReason.PII_SENT:
        severity = pd.Series(np.where(high, "high", ctx.texts.severity[reason]))
    return build(ctx, reason, "record", base, facts, extra=extra, severity=severity)


def _phi_findings(ctx: AuditContext, scan: PersonalScan) -> pd.DataFrame:
    rows = scan.phi.rows
    if rows.size == 0:
        return empty_findings()
    base = ctx.base(rows)
    signals = [scan.phi.signals[int(r)] for r in rows]
    health = scan.detections[scan.detections["category"] == "health"]
    g = _Grouped(health) if not health.empty else None
    where = {int(r): i for i, r in enumerate(g.rows)} if g is not None else {}
    extra = [
        {"signal_list": s, "spans": g.spans(where[int(r)], ctx.rules.max_spans) if int(r) in where else []}
        for r, s in zip(rows, signals, strict=True)
    ]
    facts = {
        "application": base["application"],
        "signals": pd.Series(["; ".join(s) for s in signals]),
        "record": base["record_key"],
        "event": date_text(base["event_time"]).fillna("an unknown date"),
    }
    return build(ctx, RetentionReason.PHI_WITHOUT_BAA, "record", base, facts, extra=extra)


def personal_findings(ctx: AuditContext, scan: PersonalScan) -> list[pd.DataFrame]:
    """PII_SENT, SECRET_SENT and PHI_WITHOUT_BAA findings."""
    return [
        _record_findings(ctx, scan, "personal_data", RetentionReason.PII_SENT),
        _record_findings(ctx, scan, "secret", RetentionReason.SECRET_SENT),
        _phi_findings(ctx, scan),
    ]


def _regions(ctx: AuditContext, rows: np.ndarray) -> list[str | None]:
    key = ctx.profile.organisation.region_metadata_key
    if not key:
        return [None] * len(rows)
    if ctx.text_facts.regions is not None:
        return list(ctx.text_facts.regions[rows])
    out: list[str | None] = []
    for text in ctx.column("metadata_json").iloc[rows]:
        try:
            value = orjson.loads(text).get(key) if isinstance(text, str) else None
        except (orjson.JSONDecodeError, AttributeError):
            value = None
        out.append(str(value).upper() if isinstance(value, str) and value else None)
    return out


def residency(ctx: AuditContext, scan: PersonalScan) -> pd.DataFrame:
    """RESIDENCY: one finding per application with personal data of users outside the processing region."""
    rows = scan.rows("personal_data")
    rows = rows[ctx.is_api[rows]]
    if rows.size == 0:
        return empty_findings()
    frame = pd.DataFrame(
        {"row": rows, "app": ctx.application.iloc[rows].to_numpy(dtype=object), "region": _regions(ctx, rows)}
    )
    default_region = ctx.profile.organisation.provider_region or ctx.rules.provider_region
    found = []
    for name, group in frame.groupby("app", sort=True):
        app = ctx.app(str(name))
        processing = app.processing_region if app and app.processing_region else default_region
        declared = sorted(set(app.user_regions) - {processing}) if app else []
        known = group["region"].notna()
        foreign = known & (group["region"] != processing)
        possible = ~known & bool(declared)
        counted = group[foreign | possible]
        if counted.empty:
            continue
        regions = set(group.loc[foreign, "region"]) | (set(declared) if possible.any() else set())
        found.append(
            {
                "app": name,
                "rows": counted["row"].to_numpy(),
                "regions": sorted(regions),
                "processing": processing,
                "declared": list(app.user_regions) if app else [],
                "by_region": dict(Counter(group["region"].fillna("unknown"))),
            }
        )
    return _residency_findings(ctx, found)


def _oldest(ctx: AuditContext, rows: np.ndarray) -> int:
    times = ctx.event_time.iloc[rows].reset_index(drop=True)
    return int(rows[times.idxmin()]) if times.notna().any() else int(rows[0])


def _residency_findings(ctx: AuditContext, found: list[dict]) -> pd.DataFrame:
    if not found:
        return empty_findings()
    first = [_oldest(ctx, f["rows"]) for f in found]
    base = ctx.base(np.array(first), object_id=ctx.application, record_level=False)
    base["count"] = [len(f["rows"]) for f in found]
    extra = [
        {
            "by_region": f["by_region"],
            "user_regions": f["declared"],
            "record_keys": [
                str(k) for k in ctx.key_at(np.asarray(f["rows"][: ctx.rules.max_record_keys], dtype=np.int64))
            ],
            "record_keys_complete": len(f["rows"]) <= ctx.rules.max_record_keys,
        }
        for f in found
    ]
    facts = {
        "application": base["application"],
        "count": base["count"],
        "regions": pd.Series([", ".join(f["regions"]) for f in found]),
        "processing_region": pd.Series([f["processing"] for f in found]),
    }
    return build(ctx, RetentionReason.RESIDENCY, "app", base, facts, extra=extra)
