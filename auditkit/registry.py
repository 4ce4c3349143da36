"""A plain, explicit, dict-backed registry (loaders by format, classifiers by name).

Modelled on papermill's ``PapermillEngines``: ``register``, ``get`` and ``names``, no metaclass and no
attribute magic, so that a registered name can be found with grep. An unknown name raises
:class:`~auditkit.errors.UnknownNameError` listing the known ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from auditkit.errors import UnknownNameError

T = TypeVar("T")

__all__ = ["Registry"]


class Registry(Generic[T]):
    """Named plug-ins of one kind, kept in registration order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str, item: T, *, replace: bool = False) -> T:
        """Add ``item`` under ``name``; a second registration of a name needs ``replace=True``."""
        if not name or not name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"{self.kind} name {name!r} must be a non-empty identifier")
        if name in self._items and not replace:
            raise ValueError(f"{self.kind} {name!r} is already registered (pass replace=True)")
        self._items[name] = item
        return item

    def unregister(self, name: str) -> None:
        """Remove ``name`` (an unknown name raises ``UnknownNameError``)."""
        self.get(name)
        del self._items[name]

    def get(self, name: str) -> T:
        """The item registered under ``name``."""
        try:
            return self._items[name]
        except KeyError:
            raise UnknownNameError(self.kind, name, list(self._items)) from None

    def names(self) -> list[str]:
        """Registered names, in registration order."""
        return list(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())

    def copy(self) -> Registry[T]:
        """An independent registry with the same entries (tests use this for isolation)."""
        new: Registry[T] = Registry(self.kind)
        new._items = dict(self._items)
        return new

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)
