"""Run the report notebook with papermill and leave three files, each written atomically:
``audit_report.html``, ``audit_report.ipynb`` and ``manifest.json``; then refresh the reports index.

Parameters are validated before anything runs (an unknown name or a bad value is a ``ParameterError``),
and the inputs must exist. One run at a time per output folder (a lock file). After execution every secret
value is scrubbed from the notebook (papermill copies parameters into ``metadata.papermill.parameters``
and into the injected cell) and from the HTML. A failed run still writes the executed notebook, a
failure page with the error and the inputs' sha256, and the manifest, and then raises
:class:`ReportFailedError` — as papermill's ``raise_for_execution_errors`` does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit._version import __version__
from auditkit.errors import AuditkitError
from auditkit.report import export
from auditkit.report.inputs import resolve_path, resolve_paths
from auditkit.report.params import ReportParams, scrub, secret_values, validate

log = logging.getLogger("auditkit")

__all__ = [
    "run_report",
    "RunResult",
    "ReportFailedError",
    "ReportLockedError",
    "NOTEBOOK",
    "HTML_NAME",
    "NOTEBOOK_NAME",
    "MANIFEST_NAME",
    "SIZE_BUDGET",
    "scrub_notebook",
    "write_index",
    "run_hook",
    "atomic_write",
]

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "audit_report.ipynb"
HTML_NAME, NOTEBOOK_NAME, MANIFEST_NAME, LOCK_NAME = (
    "audit_report.html",
    "audit_report.ipynb",
    "manifest.json",
    ".auditkit-report.lock",
)
#: The HTML should stay under this size, whatever the number of records (tables are sampled).
SIZE_BUDGET = 10 * 1024 * 1024


class ReportLockedError(AuditkitError, BlockingIOError):
    """Another run is writing the same output folder."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: another report run holds this folder's lock; wait for it to finish "
            "(or remove the stale lock file if no run is active).",
            path=path,
        )


class ReportFailedError(AuditkitError, RuntimeError):
    """The notebook failed; its failure page, executed notebook and manifest were written."""

    def __init__(self, error: str, html: str, notebook: str) -> None:
        super().__init__(
            f"the report failed: {error}; see {html} (executed notebook: {notebook}).",
            error=error,
            html=html,
            notebook=notebook,
        )


@dataclass(frozen=True)
class RunResult:
    """What a run wrote and how it ended (``status`` is ``ok`` or ``failed``)."""

    status: str
    out_dir: Path
    html: Path
    notebook: Path
    manifest: Path
    error: str | None = None
    data_warnings: bool = False
    facts: dict[str, Any] = field(default_factory=dict)


# -- files -----------------------------------------------------------------------------------------------


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``path`` through a temporary file in the same folder and an atomic rename."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _inputs(p: ReportParams) -> list[dict[str, Any]]:
    """Every input file (logs or the files of the store, previous logs, profile, ledger) with its size and
    sha256 (missing: raises)."""
    from auditkit.io.sources import expand

    paths: list[str] = []
    for group in (p.logs, p.previous_logs):
        if group:
            paths += sorted({s.disk_path for s in expand(resolve_paths(group))})
    paths += [resolve_path(x) for x in (p.profile, p.review_ledger) if x]
    out: list[dict[str, Any]] = _store_inputs(p.store) if p.store else []
    seen: set[str] = set()
    for path in paths:
        if path in seen:
            continue
        seen.add(path)
        pp = Path(path)
        if not pp.is_file():
            from auditkit.errors import InputFileError

            raise InputFileError(path, "does not exist")
        out.append({"path": path, "bytes": pp.stat().st_size, "sha256": _sha256(pp)})
    return out


def _store_inputs(path: str) -> list[dict[str, Any]]:
    """The files a store holds, as its manifest records them (path, size and sha256 when ingested), and
    the store's ``store.json``. Raises ``StoreError`` when ``path`` is not a store."""
    from auditkit.store import open_store

    store = open_store(resolve_path(path))
    meta = store.layout.meta
    out = [{"path": str(meta), "bytes": meta.stat().st_size, "sha256": _sha256(meta), "store": path}]
    for e in store.entries:
        out.append({"path": e.path, "bytes": e.source.get("bytes"), "sha256": e.sha256, "store": path})
    return out


@contextlib.contextmanager
def _lock(folder: Path) -> Iterator[None]:
    path = folder / LOCK_NAME
    fh = open(path, "a+")  # noqa: SIM115 - held for the duration of the run
    try:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not POSIX: best effort
            pass
        except OSError:
            raise ReportLockedError(str(path)) from None
        yield
    finally:
        fh.close()


# -- notebook --------------------------------------------------------------------------------------------


def scrub_notebook(nb: Any, public: Mapping[str, Any], secrets: list[str]) -> Any:
    """The executed notebook with papermill's copy of the parameters replaced by the public values and
    every secret value removed from every cell, output and metadata field."""
    import nbformat

    pm = nb.metadata.get("papermill")
    if pm is not None:
        pm["parameters"] = dict(public)
    text = scrub(nbformat.writes(nb), secrets)
    return nbformat.reads(text, as_version=4)


def _facts(nb: Any) -> dict[str, Any]:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = (out.get("metadata") or {}).get("text/html", {}).get("auditkit") or {}
            if "facts" in meta:
                return dict(meta["facts"])
    return {}


def _execute(
    notebook: Path, tmp_out: Path, p: ReportParams, kernel_name: str | None, timeout: int | None, cwd: Path
) -> tuple[Any, str | None, int | None]:
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    error, cell = None, None
    try:
        pm.execute_notebook(
            str(notebook),
            str(tmp_out),
            parameters=p.to_dict(),
            kernel_name=kernel_name,
            progress_bar=False,
            report_mode=True,
            cwd=str(cwd),
            execution_timeout=timeout,
            request_save_on_cell_execute=True,
        )
    except PapermillExecutionError as exc:
        error, cell = f"{exc.ename}: {exc.evalue}", exc.exec_count
    except Exception as exc:  # noqa: BLE001 - kernel died, timeout ...: still leave the artefacts
        error = f"{type(exc).__name__}: {exc}"
    nb = nbformat.read(str(tmp_out), as_version=4) if tmp_out.exists() else nbformat.read(str(notebook), 4)
    return nb, error, cell


def _manifest(
    p: ReportParams,
    public: dict[str, Any],
    inputs: list[dict[str, Any]],
    outputs: dict[str, bytes],
    facts: dict[str, Any],
    status: str,
    error: str | None,
) -> dict[str, Any]:
    return {
        "auditkit": __version__,
        "status": status,
        "error": error,
        "run_id": facts.get("run_id"),
        "generated_at": facts.get("generated_at") or p.generated_at or None,
        "period": {"start": p.period_start, "end": p.period_end},
        "as_of": p.as_of,
        "lang": p.lang,
        "parameters": public,
        "versions": facts.get("versions", {"auditkit": __version__}),
        "counts": facts.get("figures", {}),
        "data_warnings": facts.get("data_warnings"),
        "inputs": inputs,
        "outputs": [
            {"path": name, "bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
            for name, raw in outputs.items()
        ],
        "size_budget_bytes": SIZE_BUDGET,
    }


def run_report(
    parameters: Mapping[str, Any],
    out_dir: str | os.PathLike[str],
    *,
    notebook: str | os.PathLike[str] | None = None,
    kernel_name: str | None = None,
    timeout: int | None = None,
    index: bool = True,
    cwd: str | os.PathLike[str] | None = None,
) -> RunResult:
    """Validate, execute the report notebook, and write ``audit_report.html``, ``audit_report.ipynb`` and
    ``manifest.json`` into ``out_dir``.

    Raises ``ParameterError``/``InputFileError`` before running, ``ReportLockedError`` when another run
    holds the folder, and ``ReportFailedError`` after writing the failure artefacts.
    """
    import nbformat

    p = validate(parameters)
    inputs = _inputs(p)
    public, secrets = p.public(), secret_values(p.to_dict())
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with _lock(folder):
        tmp_out = folder / ".audit_report.running.ipynb"
        nb, error, cell = _execute(
            Path(notebook) if notebook else NOTEBOOK,
            tmp_out,
            p,
            kernel_name,
            timeout,
            Path(cwd) if cwd else Path.cwd(),
        )
        nb = scrub_notebook(nb, public, secrets)
        facts = _facts(nb)
        status = "failed" if error else "ok"
        error = scrub(error, secrets) if error else None
        if error:
            html = scrub(
                export.failure_page(
                    error=error,
                    cell=cell,
                    inputs=[(i["path"], i["sha256"]) for i in inputs],
                    parameters=public,
                    lang=p.lang,
                ),
                secrets,
            )
        else:
            html = scrub(export.export_html(nb, lang=p.lang, title=_title(p)), secrets)
        nb_text = nbformat.writes(nb)
        outputs = {HTML_NAME: html.encode("utf-8"), NOTEBOOK_NAME: nb_text.encode("utf-8")}
        if len(outputs[HTML_NAME]) > SIZE_BUDGET:
            log.warning(
                "%s is %d bytes, over the %d-byte budget", HTML_NAME, len(outputs[HTML_NAME]), SIZE_BUDGET
            )
        manifest = _manifest(p, public, inputs, outputs, facts, status, error)
        for name, raw in outputs.items():
            atomic_write(folder / name, raw)
        atomic_write(
            folder / MANIFEST_NAME, scrub(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", secrets)
        )
        with contextlib.suppress(OSError):
            tmp_out.unlink()
    if index:
        write_index(folder.parent, p.lang)
    result = RunResult(
        status,
        folder,
        folder / HTML_NAME,
        folder / NOTEBOOK_NAME,
        folder / MANIFEST_NAME,
        error,
        bool(facts.get("data_warnings")),
        facts,
    )
    if error:
        raise ReportFailedError(error, str(result.html), str(result.notebook))
    return result


def _title(p: ReportParams) -> str:
    from auditkit.report.i18n import t

    org = f"{p.organisation} · " if p.organisation else ""
    return f"{org}{t('cover.title', p.lang)} · {p.period_start} – {p.period_end}"


def write_index(reports_dir: Path, lang: str = "en") -> Path:
    """``index.html`` in ``reports_dir`` listing every report folder in it (newest period first)."""
    entries = []
    for manifest in sorted(reports_dir.glob(f"*/{MANIFEST_NAME}")):
        try:
            m = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        period = m.get("period") or {}
        name = manifest.parent.name
        entries.append(
            {
                "name": name,
                "href": f"{name}/{HTML_NAME}",
                "status": m.get("status"),
                "period": f"{period.get('start', '?')} – {period.get('end', '?')}",
                "generated_at": m.get("generated_at") or "",
                "figures": m.get("counts") or {},
                "_start": period.get("start") or "",
            }
        )
    entries.sort(key=lambda e: (e["_start"], e["name"]), reverse=True)
    path = reports_dir / "index.html"
    atomic_write(path, export.index_page(entries, lang))
    return path


def run_hook(command: str, *, status: str, exit_code: int, out_dir: str, error: str | None) -> int:
    """Run the operator's ``--on-failure`` command through the shell. Facts are passed in environment
    variables (never spliced into the command): ``AUDITKIT_STATUS``, ``AUDITKIT_EXIT_CODE``,
    ``AUDITKIT_REPORT_DIR``, ``AUDITKIT_REPORT_HTML``, ``AUDITKIT_ERROR``."""
    env = dict(
        os.environ,
        AUDITKIT_STATUS=status,
        AUDITKIT_EXIT_CODE=str(exit_code),
        AUDITKIT_REPORT_DIR=out_dir,
        AUDITKIT_REPORT_HTML=str(Path(out_dir) / HTML_NAME),
        AUDITKIT_ERROR=(error or "")[:2000],
    )
    log.info("running the on-failure hook: %s", shlex.quote(command))
    try:
        return subprocess.run(command, shell=True, env=env, check=False, timeout=300).returncode  # noqa: S602
    except subprocess.TimeoutExpired:
        return 124
