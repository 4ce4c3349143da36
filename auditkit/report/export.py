"""From an executed notebook to one self-contained HTML page; the failure page; the reports index.

Every page carries a Content-Security-Policy that forbids scripts, connections, frames and any image
that is not a ``data:`` URL, and its styles inline: it opens offline and asks nothing of the network.
The notebook is exported with nbconvert and the ``auditkit_report`` template, which renders only the
HTML fragments auditkit built (no code, prompts, markdown, stream output, MathJax or require.js).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit._version import __version__
from auditkit.report.html import Markup, el, esc, sanitize, table
from auditkit.report.i18n import t

__all__ = ["CSP", "TEMPLATE_DIR", "TEMPLATE_NAME", "export_html", "failure_page", "index_page", "page"]

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-src 'none'"
)
TEMPLATE_DIR = Path(str(resources.files("auditkit") / "data" / "report" / "templates"))
TEMPLATE_NAME = "auditkit_report"


def _css() -> str:
    return (TEMPLATE_DIR / TEMPLATE_NAME / "report.css").read_text(encoding="utf-8")


def page(title: str, body: Markup, lang: str, class_: str = "report") -> str:
    """A complete HTML page around ``body`` (already safe), with the report's CSP and styles."""
    html_lang = "zh-Hans" if lang == "zh" else "en"
    return (
        "<!DOCTYPE html>\n" + f'<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="auditkit {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f'<main class="{esc(class_)}">\n{sanitize(body)}\n</main>\n</body>\n</html>\n'
    )


def export_html(nb: Any, *, lang: str, title: str) -> str:
    """The report page of an executed notebook (nbconvert, ``auditkit_report`` template, inputs excluded)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_markdown=True,
        exclude_raw=True,
        exclude_unknown=True,
        embed_images=False,
    )
    meta = {
        "html_lang": "zh-Hans" if lang == "zh" else "en",
        "title": title,
        "csp": CSP,
        "version": __version__,
    }
    body, _ = exporter.from_notebook_node(nb, resources={"auditkit": meta})
    return body


def failure_page(
    *,
    error: str,
    cell: int | None,
    inputs: Sequence[tuple[str, str]],
    parameters: Mapping[str, Any],
    lang: str,
) -> str:
    """The page a failed run leaves: the error, where it happened, the parameters and the inputs' sha256."""
    params = pd.DataFrame(
        {
            "name": list(parameters),
            "value": [", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in parameters.values()],
        }
    )
    files = pd.DataFrame(list(inputs), columns=["path", "sha256"])
    body = el(
        "section",
        el("h1", t("failure.title", lang)),
        el("p", t("failure.intro", lang)),
        el("h2", t("failure.error", lang)),
        el("pre", error, class_="error"),
        el("p", t("failure.cell", lang, cell=cell)) if cell is not None else None,
        el("p", t("failure.notebook", lang)),
        el("h2", t("failure.parameters", lang)),
        table(params, [("name", t("cover.param_name", lang)), ("value", t("cover.param_value", lang))]),
        el("h2", t("failure.inputs", lang)),
        table(files, [("path", t("col.file", lang)), ("sha256", "sha256")]),
        class_="failure",
        id="failure",
    )
    return page(t("failure.title", lang), body, lang, "report failure")


def index_page(entries: Sequence[Mapping[str, Any]], lang: str) -> str:
    """The reports folder's index: one row per report (newest period first) with its headline figures.

    Each entry: ``href`` (relative link), ``period``, ``status``, ``generated_at`` and ``figures``.
    """
    rows = []
    for e in entries:
        f = e.get("figures") or {}
        label = t("index.ok", lang) if e.get("status") == "ok" else t("index.failed", lang)
        rows.append(
            {
                "period": e.get("period", "?"),
                "status": label,
                "generated": e.get("generated_at", ""),
                "records": f.get("records", "–"),
                "flagged": f.get("flagged", "–"),
                "retention": f.get("retention_findings", "–"),
                "rejects": f.get("rejects", "–"),
                "report": el("a", e.get("name", "report"), href=e["href"]) if e.get("href") else "–",
            }
        )
    frame = pd.DataFrame(
        rows,
        dtype=object,
        columns=["period", "status", "generated", "records", "flagged", "retention", "rejects", "report"],
    )
    cols = [
        ("period", t("index.period", lang)),
        ("status", t("index.status", lang)),
        ("records", t("figure.records", lang)),
        ("flagged", t("figure.flagged", lang)),
        ("retention", t("figure.retention_findings", lang)),
        ("rejects", t("figure.rejects", lang)),
        ("generated", t("index.generated", lang)),
        ("report", t("index.report", lang)),
    ]
    body = el(
        "section",
        el("h1", t("index.title", lang)),
        table(frame, cols, numeric=("records", "flagged", "retention", "rejects")),
        id="index",
    )
    return page(t("index.title", lang), body, lang)
