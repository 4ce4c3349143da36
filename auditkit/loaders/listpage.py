"""OpenAI list pages (``{"object": "list", "data": [...], ...}``): their records, and the page around them.

Several OpenAI exports are list pages: the Files list, the stored-responses and stored-completions lists,
the Usage and Costs pages. A record inside a page sometimes needs the page's other members: a Files list
snapshot's time (``fetched_at``, added by the script that saved it) or the fact that an object was listed
as stored at all. For a JSON *document* the framework gives those members to ``rows()`` as
``Item.context``; a JSON Lines line (or an element of a top-level array) holding a whole page is split by
``Loader.explode`` instead, which passes records only. :func:`explode_page` closes that gap: it yields
each record as a :class:`PageMember`, an ordinary ``dict`` that also remembers the page's other members,
and :func:`page_of` returns them whichever way the record arrived.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["PageMember", "explode_page", "page_of", "is_list_page"]


class PageMember(dict):  # type: ignore[type-arg]
    """A record exploded from a list page; ``page`` holds the page's members other than the records."""

    page: dict[str, Any]

    def __init__(self, record: Mapping[str, Any], page: Mapping[str, Any]) -> None:
        super().__init__(record)
        self.page = dict(page)


def is_list_page(value: Any, key: str = "data") -> bool:
    """Whether ``value`` is a page object holding its records in the array ``key``."""
    return isinstance(value, dict) and isinstance(value.get(key), list) and value.get("object") in (
        "list", "page", None)


def explode_page(value: Any, key: str = "data", *, empty: bool = False) -> Iterator[tuple[str, Any]]:
    """``(pointer, record)`` pairs of a list page, each dict record a :class:`PageMember`.

    Anything that is not a list page is yielded whole (pointer ``""``), as the framework's default does.
    With ``empty=True`` a page without records is yielded whole too, so that the loader can still see it
    (an empty Files snapshot is evidence that nothing was listed at that time).
    """
    if not is_list_page(value, key):
        yield "", value
        return
    records = value[key]
    if not records and empty:
        yield "", value
        return
    page = {k: v for k, v in value.items() if k != key}
    for i, record in enumerate(records):
        yield f"/{key}/{i}", PageMember(record, page) if isinstance(record, dict) else record


def page_of(value: Any, context: Mapping[str, Any]) -> Mapping[str, Any]:
    """The members of the page ``value`` came from: its own (JSON Lines) or the document's (JSON)."""
    if isinstance(value, PageMember):
        return value.page
    return context
