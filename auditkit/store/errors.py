"""Errors of the Parquet store (rooted at :class:`~auditkit.errors.AuditkitError`, picklable)."""

from __future__ import annotations

from auditkit.errors import AuditkitError

__all__ = ["StoreError"]


class StoreError(AuditkitError, OSError):
    """A store that cannot be used as asked: missing, of another format, locked, built with other options."""

    def __init__(self, path: str, problem: str, fix: str = "") -> None:
        super().__init__(
            f"{path}: {problem}" + (f"; {fix}" if fix else "") + ".", path=path, problem=problem, fix=fix
        )
