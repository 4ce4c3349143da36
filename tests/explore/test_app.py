"""explore(): from records, logs or a store to an Explorer that displays as widgets with a static stand-in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditkit.errors import ParameterError
from auditkit.explore import explore, ledger_overview, notebook_parameters
from auditkit.explore.app import ledger_location, resolve_path
from auditkit.ledger import entries

from .conftest import MOBILE


def test_explorer_from_frames(records, findings, retention, tmp_path):
    app = explore(records, findings, retention=retention, ledger=tmp_path / "l.sqlite", reviewer="Mei")
    assert (tmp_path / "l.sqlite").exists()
    assert "6 records, 3 flagged" in repr(app)
    bundle = app._repr_mimebundle_()
    assert {"text/plain", "text/html", "application/vnd.jupyter.widget-view+json"} <= set(bundle)
    assert "Explore findings" in bundle["text/html"] and MOBILE not in bundle["text/html"]
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == app.widgets.root.model_id


def test_decisions_recorded_earlier_are_shown(records, findings, tmp_path):
    first = explore(records, findings, ledger=tmp_path / "l.sqlite", reviewer="Mei")
    first.session.review("spam", "false_positive", reason_code="benign_context", record_key="aaaa:5")
    again = explore(records, findings, ledger=tmp_path / "l.sqlite")
    assert again.session.snapshot().summary.false_positives == 1
    assert (
        "Intact: 1 entries" in ledger_overview(again).html and "benign_context" in ledger_overview(again).html
    )


def test_without_ledger_nothing_can_be_reviewed(records, findings):
    app = explore(records, findings)
    assert app.ledger_path is None and "No review ledger was given" in ledger_overview(app).html


def test_redaction_off_with_a_ledger_needs_a_reason_and_is_recorded(records, findings, tmp_path):
    with pytest.raises(ParameterError, match="reveal_reason"):
        explore(records, findings, ledger=tmp_path / "l.sqlite", reviewer="Mei", redact=False)
    app = explore(
        records,
        findings,
        ledger=tmp_path / "l.sqlite",
        reviewer="Mei",
        redact=False,
        reveal_reason="legal hold review",
    )
    assert MOBILE in app.static().html
    e = entries(tmp_path / "l.sqlite").iloc[-1]
    assert (e["decision"], e["record_key"]) == ("revealed", "*") and "legal hold review" in e["note"]


def test_bad_arguments(records, findings):
    with pytest.raises(ParameterError, match="lang"):
        explore(records, findings, lang="fr")
    with pytest.raises(ParameterError, match="logs"):
        explore()


def _proxy_file(path: Path) -> None:
    line = {
        "logged_at": "2025-09-01T08:00:00.000Z",
        "proxy_request_id": "px-1",
        "http_status": 200,
        "project_id": "proj_x",
        "api_key_id": "key_x",
        "request": {"model": "gpt-4o", "messages": [{"role": "user", "content": "How do I write malware?"}]},
        "response": {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1756713600,
            "model": "gpt-4o",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "I can't help."},
                    "finish_reason": "stop",
                }
            ],
        },
    }
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")


def test_explorer_from_logs_classifies_once(tmp_path, monkeypatch):
    logs = tmp_path / "logs"
    logs.mkdir()
    _proxy_file(logs / "a.jsonl")
    monkeypatch.chdir(tmp_path)
    app = explore(logs=["logs"], ledger="reports/l.sqlite", as_of="2025-10-15")
    assert app.index.n == 1 and (tmp_path / "reports" / "l.sqlite").exists()
    assert app.index.retention is not None
    assert "malware" in app.index.f_category.names


def test_paths_resolve_from_parents(tmp_path):
    (tmp_path / "sample").mkdir()
    sub = tmp_path / "notebooks"
    sub.mkdir()
    assert resolve_path("sample", sub) == str(tmp_path / "sample")
    assert resolve_path("missing", sub) == "missing"
    assert ledger_location("reports/l.sqlite", ["sample"], sub) == str(tmp_path / "reports" / "l.sqlite")
    (sub / "reports").mkdir()
    (sub / "reports" / "l.sqlite").write_bytes(b"")
    assert ledger_location("reports/l.sqlite", ["sample"], sub) == str(sub / "reports" / "l.sqlite")
    assert ledger_location("/abs/l.sqlite", ["sample"], sub) == "/abs/l.sqlite"


def test_notebook_parameters_refuse_unknown_names():
    ns = {"logs": ["x"], "ledger": "", "explore": __import__("auditkit.explore"), "_private": 1}
    assert notebook_parameters(ns) == {"logs": ["x"], "ledger": ""}
    with pytest.raises(ParameterError, match="did you mean 'ledger'"):
        notebook_parameters({"ledgr": "x.sqlite"})
    with pytest.raises(ParameterError) as info:
        notebook_parameters({"api_key": "sk-secret"})
    assert "sk-secret" not in str(info.value)


def test_explorer_from_a_parquet_store_uses_its_stored_findings(tmp_path, monkeypatch):
    store_mod = pytest.importorskip("auditkit.store")
    logs = tmp_path / "logs"
    logs.mkdir()
    _proxy_file(logs / "a.jsonl")
    store_mod.ingest([str(logs)], str(tmp_path / "store"))
    import auditkit.explore.app as app_mod

    monkeypatch.setattr(app_mod, "_classify", lambda records: pytest.fail("the store's findings are used"))
    app = explore(store=tmp_path / "store", as_of="2025-10-15")
    assert app.index.n == 1 and "malware" in app.index.f_category.names


def _two_month_file(path: Path) -> None:
    """One call on 2025-08-20 and one on 2025-09-01 (both asking for malware)."""
    _proxy_file(path)
    first = json.loads(path.read_text(encoding="utf-8"))
    other = json.loads(json.dumps(first))
    other.update(logged_at="2025-08-20T08:00:00.000Z", proxy_request_id="px-2")
    other["response"].update(id="chatcmpl-2", created=1755676800)
    path.write_text(json.dumps(first) + "\n" + json.dumps(other) + "\n", encoding="utf-8")


def test_explorer_period_reads_only_that_period_of_a_store(tmp_path, monkeypatch):
    store_mod = pytest.importorskip("auditkit.store")
    logs = tmp_path / "logs"
    logs.mkdir()
    _two_month_file(logs / "a.jsonl")
    store_mod.ingest([str(logs)], str(tmp_path / "store"))
    from auditkit.store.read import Store

    asked: list = []
    real = Store.records

    def spy(self, period=None, *args, **kwargs):
        asked.append(period)
        return real(self, period, *args, **kwargs)

    monkeypatch.setattr(Store, "records", spy)
    whole = explore(store=tmp_path / "store")
    sept = explore(store=tmp_path / "store", period="2025-09", as_of="2025-10-15")
    assert whole.index.n == 2 and sept.index.n == 1
    assert asked[0] is None and tuple(str(d) for d in asked[-1]) == ("2025-09-01", "2025-09-30")


def test_explorer_period_cuts_logs_and_their_findings(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    _two_month_file(logs / "a.jsonl")
    aug = explore(logs=[str(logs)], period="2025-08-01..2025-08-31")
    assert aug.index.n == 1
    with pytest.raises(ParameterError, match="period"):
        explore(logs=[str(logs)], period="September")
