"""Every notebook: thin (C1), one typed parameters cell (C2), committed clean (C3), and executed with
papermill on the sample logs (C4). The report notebook's parameters are the report function's keyword
arguments."""

from __future__ import annotations

import ast
import inspect
import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _code_cells(path: Path) -> list:
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def test_there_are_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_thin_cells_no_definitions_or_loops(path):
    for cell in _code_cells(path):
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, DEFINITIONS + LOOPS), (
                f"{path.name}: {type(node).__name__} in {cell.source!r}"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_typed_parameters_cell_of_annotated_literals(path):
    tagged = [c for c in _code_cells(path) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for node in ast.parse(tagged[0].source).body:
        assert isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name), ast.dump(node)
        ast.literal_eval(node.value)
    for line in tagged[0].source.splitlines():
        assert "  # " in line, f"no help comment: {line!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_clean(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    for cell in raw["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert "papermill" not in raw["metadata"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_cell_after_the_load_cell_is_one_bare_expression(path):
    """C1: after the parameters and the load cell, each code cell is one expression whose result is shown."""
    for cell in _code_cells(path)[2:]:
        body = ast.parse(cell.source).body
        assert len(body) == 1 and isinstance(body[0], ast.Expr), cell.source


def test_report_parameters_are_the_report_functions_keyword_arguments():
    import papermill

    from auditkit.report import build_report_data
    from auditkit.report.params import SPECS

    nb_params = papermill.inspect_notebook(str(ROOT / "notebooks" / "audit_report.ipynb"))
    sig = inspect.signature(build_report_data).parameters
    assert list(nb_params) == [s.name for s in SPECS] == list(sig)
    for spec in SPECS:
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in sig.values())
        default = sig[spec.name].default
        assert (list(default) if isinstance(default, tuple) else default) == spec.default, spec.name
        assert ast.literal_eval(nb_params[spec.name]["default"]) == spec.default, spec.name
        assert nb_params[spec.name]["inferred_type_name"] == spec.type.__name__, spec.name
        assert nb_params[spec.name]["help"] == spec.help, spec.name


@pytest.fixture(scope="module")
def pinned_kernel(tmp_path_factory) -> str:
    base = tmp_path_factory.mktemp("jupyter")
    spec = base / "kernels" / "auditkit-nb-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "auditkit notebook tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(base), os.environ.get("JUPYTER_PATH")]))
    return "auditkit-nb-test"


@pytest.mark.slow
def test_audit_report_runs_as_is_with_plain_papermill(tmp_path, pinned_kernel):
    """A bare papermill run from the repository root, defaults only: the sample logs, September 2025."""
    import papermill

    out = tmp_path / "out.ipynb"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "audit_report.ipynb"),
        str(out),
        kernel_name=pinned_kernel,
        cwd=str(ROOT),
        progress_bar=False,
        parameters={"generated_at": "2025-10-16T00:00:00Z"},
    )
    nb = nbformat.read(out, as_version=4)
    metas = [
        o["metadata"]["text/html"]["auditkit"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "auditkit" in o.get("metadata", {}).get("text/html", {})
    ]
    assert [m["section"] for m in metas][0] == "cover" and len(metas) == 9
    facts = metas[0]["facts"]
    manifest = (ROOT / "sample_logs" / "MANIFEST.yaml").read_text(encoding="utf-8")
    assert facts["period"] == {"start": "2025-09-01", "end": "2025-09-30"}
    assert facts["figures"]["records"] > 500 and facts["figures"]["rejects"] >= 1
    assert facts["figures"]["applications"] >= 5 and "calls" in manifest
