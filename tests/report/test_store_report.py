"""`auditkit report --store DIR`: the report over a Parquet audit store, run for real through papermill, with
a review ledger whose false positive the terminal summary and the manifest count."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from auditkit.cli.main import build_parser, main
from auditkit.cli.report_cmd import parameters_from_args

from .conftest import SAMPLE

SMALL = [str(SAMPLE / "proxy" / "support-bot"), str(SAMPLE / "moderation" / "support-bot")]


def test_store_replaces_logs_on_the_command_line():
    args = build_parser().parse_args(["report", "--store", "st", "--period", "2025-09", "--out", "x"])
    params = parameters_from_args(args, pd.Timestamp("2025-10-15").date())
    assert (params["store"], params["logs"]) == ("st", [])
    from auditkit.report.params import validate

    p = validate(params)
    assert p.store == "st" and p.logs == ()


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--period", "2025-09", "--out", "x"],
        ["report", "--logs", "a", "--store", "st", "--period", "2025-09", "--out", "x"],
    ],
)
def test_logs_or_store_exactly_one(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(argv)
    assert exc.value.code == 2
    assert "--logs" in capsys.readouterr().err


def test_store_parameter_in_the_notebook_defaults_to_none():
    from auditkit.report.params import validate

    p = validate({})
    assert p.store == "" and p.logs == ("sample_logs",)


def test_not_a_store_exits_2_before_running(tmp_path, capsys):
    code = main(["report", "--store", str(tmp_path), "--period", "2025-09", "--out", str(tmp_path / "o")])
    assert code == 2
    assert "not an auditkit store" in capsys.readouterr().err


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    pytest.importorskip("duckdb", reason="the store needs duckdb (pip install 'auditkit[store]')")
    from auditkit.store import ingest

    root = tmp_path_factory.mktemp("report-store") / "store"
    ingest(SMALL, root)
    return root


@pytest.mark.slow
def test_report_over_a_store_through_papermill(store, tmp_path, kernel_name, capsys):
    from auditkit.report import build_report_data

    plain = build_report_data(store=str(store), period_start="2025-09-01", period_end="2025-09-30")
    v = plain.verdicts.sort_values(["record_key", "category"])
    alone = v["record_key"].map(v["record_key"].value_counts()) == 1
    one = v[alone.to_numpy()].iloc[0]  # the record's only finding: it leaves the flagged count
    ledger = tmp_path / "ledger.csv"
    pd.DataFrame(
        {"record_key": [one["record_key"]], "category": [one["category"]], "status": ["false_positive"]}
    ).to_csv(ledger, index=False)
    out = tmp_path / "reports" / "2025-09"
    code = main(
        [
            "report",
            "--store",
            str(store),
            "--period",
            "2025-09",
            "--as-of",
            "2025-10-15",
            "--review-ledger",
            str(ledger),
            "--out",
            str(out),
            "--kernel",
            kernel_name,
        ]
    )
    printed = capsys.readouterr()
    assert code == 1, printed.err  # the support-bot export has a truncated line (a reject)
    assert printed.out.strip() == str(out / "audit_report.html")
    assert "left out of these figures: 1." in printed.err
    html = (out / "audit_report.html").read_text(encoding="utf-8")
    for section in ("cover", "summary", "activity", "policy", "exceptions", "retention", "quality"):
        assert f'id="sec-{section}"' in html, section
    assert "1 findings reviewed as false positives are left out of these figures" in html
    assert "<img" in html or "<svg" in html
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok"
    assert manifest["parameters"]["store"] == str(store) and manifest["parameters"]["logs"] == []
    assert manifest["counts"]["false_positives"] == 1
    assert manifest["counts"]["flagged"] == plain.figures.flagged - 1
    assert manifest["counts"]["records"] == plain.figures.records
    stored = {i["sha256"] for i in manifest["inputs"] if i.get("store")}
    assert set(plain.load.sources["sha256"].dropna()) <= stored
    nb = json.loads((out / "audit_report.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["papermill"]["parameters"]["store"] == str(store)
