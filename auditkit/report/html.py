"""A tiny safe HTML builder: every value is escaped unless it is :class:`Markup` built here.

Log text is attacker-controlled (a prompt can hold ``<script>``, an ``<img onerror>``, a ``javascript:``
link, markdown or LaTeX). Every string that reaches a report goes through :func:`esc`, which also makes
control and bidirectional-override characters visible; fragments carry the ``tex2jax_ignore`` class so
that JupyterLab's MathJax leaves ``$...$`` in log text alone; and each finished :class:`Fragment` is passed
through an allow-list sanitiser (nh3) as a second line of defence.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

__all__ = [
    "Markup",
    "esc",
    "clean_text",
    "el",
    "join",
    "table",
    "Fragment",
    "sanitize",
    "anchor_id",
    "ALLOWED_TAGS",
    "cells",
    "frame",
]

# C0/C1 controls (but tab and newline), and the bidi overrides/isolates used to disguise text.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANCHOR = re.compile(r"[^a-z0-9_-]+")


class Markup(str):
    """A string of HTML that this module built (safe to insert as is)."""

    __slots__ = ()


def clean_text(value: Any, limit: int | None = None) -> str:
    """``value`` as plain text: invisible and direction-changing characters shown as ``<U+XXXX>``,
    cut to ``limit`` characters with an ellipsis."""
    text = "" if value is None else str(value)
    text = _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def esc(value: Any, limit: int | None = None) -> Markup:
    """Escape a value for HTML text or attributes (``<NA>``/None become an en dash)."""
    if isinstance(value, Markup):
        return value
    if _missing(value):
        return Markup("–")
    return Markup(_html.escape(clean_text(value, limit), quote=True))


def anchor_id(*parts: str) -> str:
    """A stable id for an anchor, from fixed keys (never ``hash()``)."""
    return _ANCHOR.sub("-", "-".join(p.lower() for p in parts)).strip("-")


_VOID = {"img", "br", "hr", "meta", "col"}


def el(tag: str, *children: Any, **attrs: Any) -> Markup:
    """``<tag attrs>children</tag>``; attribute names ending in ``_`` lose it (``class_``)."""
    parts = [tag]
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    opening = "<" + " ".join(parts) + ">"
    if tag in _VOID:
        return Markup(opening)
    return Markup(opening + "".join(esc(c) for c in children if c is not None) + f"</{tag}>")


def cells(values: Iterable[Any], index: Any = None) -> pd.Series:
    """A column that keeps :class:`Markup` values as they are (pandas would turn them into plain strings)."""
    return pd.Series(list(values), index=index, dtype=object)


def frame(data: Any, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A DataFrame of table cells that keeps :class:`Markup` values (object columns)."""
    return pd.DataFrame(data, columns=columns, dtype=object)


def join(items: Iterable[Any], sep: str = "") -> Markup:
    return Markup(esc(sep).join(esc(i) for i in items))


def table(
    frame: pd.DataFrame,
    columns: Sequence[tuple[str, str]],
    *,
    numeric: Iterable[str] = (),
    caption: Any = None,
    limit: int | None = None,
    cell_limit: int = 300,
    class_: str = "data",
) -> Markup:
    """An HTML table of ``frame``'s ``columns`` (pairs of column name and heading).

    Values are escaped (a value may already be :class:`Markup`); ``numeric`` columns are right-aligned;
    at most ``limit`` rows are shown (the caller states the sampling in ``caption``).
    """
    numeric = set(numeric)
    head = el("tr", *[el("th", label, scope="col") for _, label in columns])
    rows = frame.head(limit) if limit is not None else frame
    body = []
    for values in zip(*[rows[c].tolist() for c, _ in columns], strict=True) if len(rows) else []:
        cells = [
            el(
                "td",
                v if isinstance(v, Markup) else esc(v, cell_limit),
                class_="num" if c in numeric else None,
            )
            for (c, _), v in zip(columns, values, strict=True)
        ]
        body.append(el("tr", *cells))
    return el(
        "table",
        el("caption", caption) if caption is not None else None,
        el("thead", head),
        el("tbody", *body),
        class_=class_,
    )


# -- sanitising ------------------------------------------------------------------------------------------

ALLOWED_TAGS = {
    "section",
    "div",
    "span",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "img",
    "a",
    "strong",
    "em",
    "code",
    "pre",
    "small",
    "time",
    "br",
    "hr",
    "blockquote",
    "nav",
    "header",
    "footer",
    "abbr",
    "mark",
    "sup",
}
_ALLOWED_ATTRS = {
    "*": {"class", "id", "title", "lang"},
    "img": {"src", "alt", "width", "height"},
    "a": {"href"},
    "th": {"scope", "colspan"},
    "td": {"colspan"},
    "time": {"datetime"},
    "abbr": {"title"},
}


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "href":
        return value if value.startswith("#") or re.fullmatch(r"[\w./-]+\.html(#[\w-]*)?", value) else None
    if attr == "src":
        return value if value.startswith(("data:image/svg+xml;base64,", "data:image/png;base64,")) else None
    return value


def sanitize(markup: str) -> str:
    """Keep only the tags, attributes and URLs this builder makes (links to anchors or local .html pages,
    images as data: URLs); drop scripts, event handlers and every other URL."""
    import nh3

    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes={"data"},
        attribute_filter=_attribute_filter,
        link_rel=None,
        strip_comments=True,
    )


class Fragment:
    """One section of a report: safe HTML, shown by Jupyter and exported by the report template.

    ``_repr_html_`` marks the output as auditkit's (``metadata['text/html']['auditkit']``), so the export
    template renders this HTML and no other.
    """

    def __init__(self, name: str, markup: Markup, facts: dict[str, Any] | None = None) -> None:
        self.name = name
        self.html = sanitize(markup)
        self.facts = facts

    def _repr_html_(self) -> tuple[str, dict[str, Any]]:
        meta: dict[str, Any] = {"section": self.name}
        if self.facts is not None:
            meta["facts"] = self.facts
        return self.html, {"auditkit": meta}

    def __html__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<auditkit report section {self.name!r}: {len(self.html)} characters of HTML>"
