"""Reading a whole JSON document element by element, with the line where each element starts.

``conversations.json``, a Files list or a one-api API answer is one JSON value spanning many lines. An
auditor needs every record located (file, line, JSON pointer) and a broken element must not hide the
others that were read before it. The standard library's C-accelerated ``raw_decode`` parses one value
at a given offset, which gives both the value and where it ends, so each element is parsed once.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Element", "JsonDocError", "iter_elements", "LineIndex"]

_DECODER = json.JSONDecoder()
_WS = " \t\n\r"


class JsonDocError(ValueError):
    """The document is broken at ``offset``; ``pointer`` is the element being read."""

    def __init__(self, offset: int, message: str, pointer: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.pointer = pointer


@dataclass
class Element:
    pointer: str
    start: int
    end: int
    value: Any


class LineIndex:
    """Maps character offsets of a text to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._newlines: list[int] = []
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._newlines.append(pos)
            pos = find("\n", pos + 1)

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1

    @property
    def count(self) -> int:
        return len(self._newlines) + 1


def _skip_ws(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in _WS:
        pos += 1
    return pos


def _decode(text: str, pos: int, pointer: str) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        raise JsonDocError(exc.pos, exc.msg, pointer) from None


def _iter_array(text: str, pos: int, pointer: str) -> Iterator[Element]:
    """Elements of the array whose '[' is at ``pos``."""
    pos = _skip_ws(text, pos + 1)
    index = 0
    if pos < len(text) and text[pos] == "]":
        return
    while True:
        ptr = f"{pointer}/{index}"
        value, end = _decode(text, pos, ptr)
        yield Element(ptr, pos, end, value)
        pos = _skip_ws(text, end)
        if pos >= len(text):
            raise JsonDocError(pos, "the document ends inside an array", f"{pointer}/{index + 1}")
        if text[pos] == "]":
            return
        if text[pos] != ",":
            raise JsonDocError(pos, "expected ',' or ']' between array elements", f"{pointer}/{index + 1}")
        pos = _skip_ws(text, pos + 1)
        index += 1


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _find_member(text: str, pos: int, key: str, pointer: str) -> tuple[int, dict[str, Any]] | None:
    """Inside the object whose '{' is at ``pos``: the offset of ``key``'s value, and the other members."""
    others: dict[str, Any] = {}
    pos = _skip_ws(text, pos + 1)
    found: int | None = None
    while pos < len(text) and text[pos] != "}":
        name, pos = _decode(text, pos, pointer)
        if not isinstance(name, str):
            raise JsonDocError(pos, "object keys must be strings", pointer)
        pos = _skip_ws(text, pos)
        if pos >= len(text) or text[pos] != ":":
            raise JsonDocError(pos, "expected ':' after an object key", pointer)
        pos = _skip_ws(text, pos + 1)
        if name == key and found is None and pos < len(text) and text[pos] in "[{":
            found = pos
            # Skip over the value without keeping it (it is read element by element later). If it is
            # broken, stop here: its elements are still read up to the break, and the members after it
            # are lost only as context.
            try:
                _, pos = _decode(text, pos, f"{pointer}/{_escape(key)}")
            except JsonDocError:
                break
        else:
            others[name], pos = _decode(text, pos, f"{pointer}/{_escape(name)}")
        pos = _skip_ws(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    if found is None:
        return None
    return found, others


def iter_elements(
    text: str, item_paths: Sequence[Sequence[str]] = ()
) -> tuple[str, dict[str, Any], Iterator[Element]]:
    """Split a JSON document into record elements.

    * a top-level array: its elements (pointers ``/0``, ``/1`` ...);
    * a top-level object where one of ``item_paths`` (key paths such as ``("data",)`` or
      ``("data", "items")``) leads to an array: that array's elements (``/data/0`` ...), and the other
      members of the enclosing objects as context;
    * any other value: the whole document as one element (pointer ``""``).

    Returns ``(shape, context, elements)`` where shape is ``array``, ``wrapped`` or ``single``. The
    iterator raises :class:`JsonDocError` where the document is broken; elements before that point have
    already been yielded.
    """
    start = _skip_ws(text, 0)
    if start < len(text) and text[start] == "[":
        return "array", {}, _iter_array(text, start, "")
    if start < len(text) and text[start] == "{":
        for path in item_paths:
            located = _locate(text, start, path)
            if located is not None:
                pos, context, pointer = located
                if text[pos] == "[":
                    return "wrapped", context, _iter_array(text, pos, pointer)
    return "single", {}, _single(text, start)


def _locate(text: str, pos: int, path: Sequence[str]) -> tuple[int, dict[str, Any], str] | None:
    context: dict[str, Any] = {}
    pointer = ""
    try:
        for key in path:
            if text[pos] != "{":
                return None
            hit = _find_member(text, pos, key, pointer)
            if hit is None:
                return None
            pos, others = hit
            context.update(others)
            pointer += "/" + _escape(key)
    except JsonDocError:
        return None
    return pos, context, pointer


def _single(text: str, start: int) -> Iterator[Element]:
    value, end = _decode(text, start, "")
    rest = _skip_ws(text, end)
    if rest < len(text):
        raise JsonDocError(rest, "extra data after the JSON document", "")
    yield Element("", start, end, value)
