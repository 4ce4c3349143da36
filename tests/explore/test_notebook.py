"""notebooks/explore.ipynb: committed clean and thin, runs under papermill on the sample logs (kernel
pinned), and its exported HTML shows the static stand-ins for the widgets."""

from __future__ import annotations

import ast
import inspect
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from auditkit.explore import NAMES, explore, export_html
from tests.report.conftest import kernel_name  # noqa: F401 - the pinned kernel, shared with the report tests

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
ARTIFACTS = ROOT / "test-artifacts" / "explore"


def _code(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def test_committed_clean():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.outputs and c.execution_count is None for c in _code(nb))
    assert "widgets" not in nb.metadata


def test_thin_one_typed_parameters_cell_matching_explore():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    tree = ast.parse(params[0].source)
    names = [n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)]
    assert len(names) == len(tree.body)  # only annotated assignments
    assert all(isinstance(n.value, (ast.Constant, ast.List)) for n in tree.body)  # literals
    assert all("#" in line for line in params[0].source.splitlines())  # each with its help
    assert tuple(names) == NAMES
    assert set(NAMES) <= set(inspect.signature(explore).parameters)
    for cell in _code(nb):
        if cell is params[0]:
            continue
        tree = ast.parse(cell.source)
        assert not [
            n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While))
        ]
    assert [c.cell_type for c in nb.cells[2:]] == ["markdown", "code"] * 3
    assert _code(nb)[-1].source.strip().endswith(")") and _code(nb)[-2].source.strip() == "app"


def _run(tmp_path, kernel, **parameters):
    """Execute with papermill from notebooks/ (as JupyterLab does); on failure keep the executed notebook
    and an HTML page with the error in test-artifacts/explore/, then raise."""
    import papermill as pm

    out = tmp_path / "explore.ipynb"
    try:
        pm.execute_notebook(
            str(NOTEBOOK),
            str(out),
            parameters=parameters,
            kernel_name=kernel,
            cwd=str(NOTEBOOK.parent),
            progress_bar=False,
            request_save_on_cell_execute=False,
        )
    except Exception:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        if out.exists():
            shutil.copyfile(out, ARTIFACTS / "failed.ipynb")
            export_html(out, ARTIFACTS / "failed.html", show_code=True)
        raise
    return out


@pytest.fixture(scope="module")
def executed(tmp_path_factory, kernel_name):  # noqa: F811
    tmp = tmp_path_factory.mktemp("explore-nb")
    ledger = tmp / "reviews.sqlite"
    out = _run(tmp, kernel_name, ledger=str(ledger), reviewer="Test Auditor")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    html = export_html(out, ARTIFACTS / "explore.html")
    return nbformat.read(out, as_version=4), html, ledger


@pytest.mark.slow
def test_runs_and_displays_the_widgets_with_a_static_stand_in(executed):
    nb, _, ledger = executed
    outputs = [o for c in _code(nb) for o in c.outputs if o.output_type in ("display_data", "execute_result")]
    app_out = outputs[0]
    assert {"application/vnd.jupyter.widget-view+json", "text/html"} <= set(app_out.data)
    assert "Explore findings" in app_out.data["text/html"]
    assert "Intact" in outputs[1].data["text/html"] or "Empty" in outputs[1].data["text/html"]
    assert ledger.exists()


@pytest.mark.slow
def test_exported_html_shows_static_tables_and_charts(executed):
    _, html, _ = executed
    assert "Static view" in html and "Explore findings" in html
    assert "widget-view+json" not in html  # no widget that needs a CDN script: the static view stands in
    assert html.count('src="data:image/svg+xml;base64,') >= 3
    assert re.search(r"Page 1 of \d+ · [\d,]+ records", html)
    assert '<mark class="evidence">' in html and 'id="record-detail"' in html
    assert "Pine Assist" in html and "PineCode" in html  # the profile's applications
    assert "Retention and governance findings" in html
    assert "Review ledger" in html
    assert "Code designed to disrupt" in html  # policy labels


@pytest.mark.slow
def test_exported_html_is_redacted(executed):
    from auditkit.pii import detect

    _, html, _ = executed
    start = html.index("auditkit-explore")
    text = re.sub(r"<[^>]+>", " ", re.sub(r'src="data:[^"]+"', "", html[start:]))
    found = {d.type for d in detect(text) if d.category == "personal_data" and d.confidence >= 0.9}
    assert not found & {"EMAIL", "CN_MOBILE", "CN_ID", "CREDIT_CARD", "IBAN"}


@pytest.mark.slow
def test_unknown_parameter_fails_the_run(tmp_path, kernel_name):  # noqa: F811
    from papermill.exceptions import PapermillExecutionError

    with pytest.raises(PapermillExecutionError, match="did you mean 'ledger'"):
        _run(tmp_path, kernel_name, ledgr=str(tmp_path / "x.sqlite"))
