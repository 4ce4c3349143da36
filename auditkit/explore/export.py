"""An executed explorer notebook as one HTML page, with the static views standing in for the widgets.

nbconvert shows a widget from the notebook's saved widget state when there is any, and otherwise the next
richest output of the same display, which for the explorer is its static HTML. A headless run (papermill,
``nbconvert --execute``) saves widget state, and that state would be rendered by a script fetched from a
CDN: not what an auditor's offline copy needs. :func:`export_html` therefore drops the saved widget state
first, so the page always shows the static tables and charts.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

__all__ = ["export_html", "without_widget_state"]


def without_widget_state(nb: Any) -> Any:
    """A copy of the notebook without saved widget state (``metadata.widgets``)."""
    out = copy.deepcopy(nb)
    out.metadata.pop("widgets", None)
    return out


def export_html(notebook: Any, out: str | os.PathLike[str] | None = None, *, show_code: bool = False) -> str:
    """The HTML page of an executed notebook (a path or a ``NotebookNode``); written to ``out`` if given.

    Code cells are hidden unless ``show_code``; the explorer's displays show their static HTML.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = (
        nbformat.read(os.fspath(notebook), as_version=4)
        if isinstance(notebook, (str, os.PathLike))
        else notebook
    )
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(without_widget_state(nb))
    if out is not None:
        Path(out).write_text(body, encoding="utf-8")
    return body
