"""The measured quality of the classifiers, for the report's methodology section.

Read from a machine-readable file shipped as package data (``auditkit/data/quality/*.json``), else from
the tables of ``docs/quality.md`` in a source checkout; when neither exists the report says the quality
was not measured. JSON shape (lenient)::

    {"measured_on": "2026-11-20", "dataset": "...", "split": "test",
     "per_category": [{"category": "fraud_scams", "precision": 0.91, "recall": 0.84, "f1": 0.87,
                       "support": 120}],
     "any_violation": [{"lang": "all", "precision": 0.9, "recall": 0.8, "f1": 0.85}],
     "false_positive": [{"lang": "all", "fpr": 0.02, "n": 500}]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["Quality", "load_quality", "parse_markdown_tables"]


@dataclass(frozen=True)
class Quality:
    """Per-category and overall measured figures, where they come from, and when they were measured."""

    source: str
    per_category: pd.DataFrame
    overall: pd.DataFrame
    details: dict[str, str] = field(default_factory=dict)

    @property
    def measured(self) -> bool:
        return bool(len(self.per_category) or len(self.overall))


def _frame(value: Any) -> pd.DataFrame:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return pd.DataFrame()
    return pd.DataFrame([v for v in value if isinstance(v, dict)])


def _from_json(path: Path) -> Quality:
    raw = json.loads(path.read_text(encoding="utf-8"))
    per_cat = _frame(raw.get("per_category"))
    overall = []
    for key in ("any_violation", "false_positive", "false_positive_rate", "macro_recall", "overall"):
        part = _frame(raw.get(key))
        if len(part):
            part.insert(0, "measure", key)
            overall.append(part)
    details = {
        k: str(v) for k, v in raw.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)
    }
    return Quality(
        path.name, per_cat, pd.concat(overall, ignore_index=True) if overall else pd.DataFrame(), details
    )


def parse_markdown_tables(text: str) -> list[pd.DataFrame]:
    """Every pipe table of a markdown text, as string frames."""
    tables, rows = [], []
    for line in text.splitlines() + [""]:
        if line.strip().startswith("|"):
            rows.append([c.strip().strip("`* ") for c in line.strip().strip("|").split("|")])
            continue
        if len(rows) >= 3 and all(re.fullmatch(r":?-{3,}:?", c) for c in rows[1] if c):
            tables.append(pd.DataFrame(rows[2:], columns=[c.lower() for c in rows[0]]))
        rows = []
    return tables


def _from_markdown(path: Path) -> Quality:
    per_cat, overall = [], []
    for table in parse_markdown_tables(path.read_text(encoding="utf-8")):
        cols = set(table.columns)
        if not {"precision", "recall"} <= cols and "fpr" not in cols:
            continue
        (per_cat if "category" in cols else overall).append(table)
    return Quality(
        str(path.name),
        pd.concat(per_cat, ignore_index=True) if per_cat else pd.DataFrame(),
        pd.concat(overall, ignore_index=True) if overall else pd.DataFrame(),
    )


def load_quality(docs_path: str | Path | None = None) -> Quality:
    """The measured quality: package data JSON first, then ``docs/quality.md``; empty when not measured."""
    data_dir = Path(str(resources.files("auditkit") / "data" / "quality"))
    files = sorted(data_dir.glob("*.json")) if data_dir.is_dir() else []
    if files:
        return _from_json(files[-1])
    md = Path(docs_path) if docs_path else Path(__file__).resolve().parents[2] / "docs" / "quality.md"
    if md.is_file():
        return _from_markdown(md)
    return Quality("", pd.DataFrame(), pd.DataFrame())
