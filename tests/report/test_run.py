"""The runner: outputs, manifest, secrets, strict parameters, failure artefacts, lock, determinism, index."""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
from pathlib import Path

import nbformat
import pytest

from auditkit.errors import InputFileError, ParameterError
from auditkit.report.run import LOCK_NAME, ReportFailedError, ReportLockedError, run_report

from .conftest import GENERATED_AT, SAMPLE, SECRET, report_params


def test_writes_html_notebook_and_manifest(report_en):
    assert report_en.status == "ok"
    for path in (report_en.html, report_en.notebook, report_en.manifest):
        assert path.is_file() and path.stat().st_size > 0
    leftovers = [p.name for p in report_en.out_dir.iterdir() if p.name.endswith((".tmp", ".running.ipynb"))]
    assert leftovers == []


def test_manifest_lists_inputs_outputs_parameters_versions_counts(report_en):
    m = json.loads(report_en.manifest.read_text(encoding="utf-8"))
    assert m["status"] == "ok" and m["period"] == {"start": "2025-09-01", "end": "2025-09-30"}
    assert m["run_id"] and m["generated_at"] == GENERATED_AT
    assert {"auditkit", "policy"} <= set(m["versions"])
    assert m["counts"]["records"] > 0 and m["counts"]["rejects"] >= 1
    inputs = {i["path"]: i for i in m["inputs"]}
    some = next(p for p in inputs if "REDACTED" not in p and p.endswith((".yaml", ".jsonl")))
    assert inputs[some]["sha256"] == hashlib.sha256(Path(some).read_bytes()).hexdigest()
    outputs = {o["path"]: o for o in m["outputs"]}
    assert outputs["audit_report.html"]["sha256"] == hashlib.sha256(report_en.html.read_bytes()).hexdigest()
    assert set(m["parameters"]) >= {"logs", "period_start", "lang", "redact"}


def test_secret_never_appears_in_html_notebook_or_manifest(report_en):
    for path in (report_en.html, report_en.notebook, report_en.manifest):
        text = path.read_text(encoding="utf-8")
        assert SECRET not in text, path.name
    nb = nbformat.read(report_en.notebook, as_version=4)
    params = nb.metadata["papermill"]["parameters"]
    assert any("[REDACTED]" in p for p in params["logs"])
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and SECRET not in injected[0].source


def test_executed_notebook_hides_code_and_keeps_sections(report_en):
    nb = nbformat.read(report_en.notebook, as_version=4)
    sections = [
        o["metadata"]["text/html"]["auditkit"]["section"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "text/html" in o.get("metadata", {})
    ]
    assert sections == [
        "cover",
        "summary",
        "activity",
        "policy",
        "exceptions",
        "retention",
        "quality",
        "method",
        "signoff",
    ]


def test_html_shows_no_code_and_loads_nothing(report_en):
    html = report_en.html.read_text(encoding="utf-8")
    assert "build_report_data" not in html and "report.cover" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"<script|<link|<iframe|<object|<embed", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html, re.I)
    assert not re.search(r"mathjax(\.js|@|/)|require(\.min)?\.js|cdn\.", html, re.I)


def test_size_budget_and_sampling_stated(report_en):
    assert report_en.html.stat().st_size < 10 * 1024 * 1024
    html = report_en.html.read_text(encoding="utf-8")
    assert "drawn at random with seed 7" in html or "All " in html


def test_unknown_parameter_fails_before_running(tmp_path):
    with pytest.raises(ParameterError, match="did you mean 'period_start'"):
        run_report({"logs": [str(SAMPLE)], "perod_start": "2025-09-01"}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("period_end", "2025-08-01", "on or after period_start"),
        ("lang", "fr", "'en' or 'zh'"),
        ("exceptions_sample", "many", "a whole number"),
        ("redact", "maybe", "true or false"),
        ("as_of", "15/10/2025", "a date YYYY-MM-DD"),
        ("policy_version", "no-such-policy", "one of"),
    ],
)
def test_bad_value_fails_before_running(tmp_path, name, value, expected):
    with pytest.raises(ParameterError, match=re.escape(expected)):
        run_report({"logs": [str(SAMPLE)], name: value}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_secret_named_parameter_is_refused_without_echoing_its_value(tmp_path):
    with pytest.raises(ParameterError) as err:
        run_report({"logs": [str(SAMPLE)], "api_token": "hunter2-very-secret"}, tmp_path / "out")
    assert "hunter2" not in str(err.value) and "[REDACTED]" in str(err.value)


def test_missing_input_fails_before_running(tmp_path):
    with pytest.raises(InputFileError):
        run_report({"logs": [str(tmp_path / "nothing-here")]}, tmp_path / "out")


def test_failed_run_leaves_failure_page_notebook_and_manifest(tmp_path, kernel_name):
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "no_such_key: 1\n", encoding="utf-8"
    )  # valid parameter, invalid file: fails in the kernel
    out = tmp_path / "reports" / "failed"
    with pytest.raises(ReportFailedError) as err:
        run_report(
            {"logs": [str(SAMPLE / "proxy" / "support-bot")], "profile": str(profile)},
            out,
            kernel_name=kernel_name,
        )
    assert "ConfigError" in err.value.error
    html = (out / "audit_report.html").read_text(encoding="utf-8")
    assert 'id="failure"' in html and "ConfigError" in html
    sha = hashlib.sha256(profile.read_bytes()).hexdigest()
    assert sha in html
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert m["status"] == "failed" and "ConfigError" in m["error"]
    assert nbformat.read(out / "audit_report.ipynb", as_version=4).cells
    assert "failed" in (out.parent / "index.html").read_text(encoding="utf-8")


def test_lock_keeps_two_runs_off_one_output(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_NAME, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(ReportLockedError):
            run_report({"logs": [str(SAMPLE / "proxy" / "support-bot")], "profile": ""}, out)


def _without_timestamp(html: str) -> str:
    return re.sub(r'<time[^>]*id="generated-at"[^>]*>.*?</time>', "<time/>", html)


def test_same_inputs_give_the_same_html_but_the_timestamp(tmp_path, kernel_name, planted_logs, report_zh):
    params = report_params(planted_logs, "zh", generated_at="2025-11-01T09:30:00+00:00")
    second = run_report(params, tmp_path / "again", kernel_name=kernel_name)
    a, b = report_zh.html.read_text(encoding="utf-8"), second.html.read_text(encoding="utf-8")
    assert a != b
    assert _without_timestamp(a) == _without_timestamp(b)


def test_index_lists_every_report_with_period_and_figures(report_en):
    index = (report_en.out_dir.parent / "index.html").read_text(encoding="utf-8")
    assert 'href="2025-09/audit_report.html"' in index
    assert "2025-09-01 – 2025-09-30" in index
    m = json.loads(report_en.manifest.read_text(encoding="utf-8"))
    assert f"{m['counts']['records']}" in index


def test_planted_payloads_are_escaped_in_the_html(report_en):
    html = report_en.html.read_text(encoding="utf-8")
    assert "window.__xss" in html  # the payloads are shown ...
    assert "<script>window.__xss" not in html and "<img src=x onerror" not in html  # ... as text
    live = _live_markup(html)
    assert live == [], live  # no element carries a javascript: URL or an event handler; no <script>


def _live_markup(html: str) -> list[str]:
    """Elements of the parsed page that could run code: <script>, on* attributes, javascript: URLs.

    Parsing (rather than searching the text) tells markup from escaped text such as
    ``&lt;a href="javascript:..."&gt;`` that merely shows a payload."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "script":
                found.append("<script>")
            for name, value in attrs:
                v = (value or "").strip().lower()
                if name.startswith("on") or v.startswith(("javascript:", "vbscript:")):
                    found.append(f"<{tag} {name}={value!r}>")

    Parser().feed(html)
    return found
