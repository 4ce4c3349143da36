"""The auditkit error hierarchy.

Every exception auditkit raises on purpose derives from :class:`AuditkitError`, and also from the builtin
that matches its nature (``LogFormatError`` is a ``ValueError``; ``InputFileError`` an ``OSError``), so
callers can catch either. Errors carry structured fields (``path``, ``line``, ``key`` ...) and build a
one-sentence message from them: what went wrong, where, what was expected, and how to fix it.

Errors are about inputs the program cannot work with. What an audit discovers about the data (a malformed
line, a policy hit, a retention breach) is a row in a DataFrame, never an exception (see
``docs/schema.md``).

All errors pickle and unpickle to an equal message, because they cross the kernel boundary under
papermill and the process boundary under Dask.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "AuditkitError",
    "InputFileError",
    "LogFormatError",
    "UnknownFormatError",
    "UnknownNameError",
    "ConfigError",
    "ParameterError",
    "MissingDependencyError",
]


class AuditkitError(Exception):
    """Root of every error auditkit raises on purpose."""

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields
        for name, value in fields.items():
            setattr(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the final message and fields: subclasses format their message in __init__, so
        # unpickling must not run that formatting again.
        return (_rebuild, (type(self), self.message, self.fields))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[AuditkitError], message: str, fields: dict[str, Any]) -> AuditkitError:
    err = cls.__new__(cls)
    AuditkitError.__init__(err, message, **fields)
    return err


def _where(path: str | None, line: int | None = None, pointer: str | None = None) -> str:
    where = str(path) if path else "<input>"
    if line is not None:
        where += f":{line}"
    if pointer:
        where += f" ({pointer})"
    return where


class InputFileError(AuditkitError, OSError):
    """A path that cannot be read at all: missing, unreadable, not a file, a corrupt archive."""

    def __init__(self, path: str, problem: str, fix: str = "check the path and the file's permissions") -> None:
        super().__init__(f"{path}: {problem}; {fix}.", path=path, problem=problem, fix=fix)


class LogFormatError(AuditkitError, ValueError):
    """A record that does not have the shape its format requires (raised only with ``strict=True``).

    Fields: ``path``, ``line`` (1-based), ``pointer`` (JSON pointer inside the line or document),
    ``reason`` (a :class:`auditkit.loaders.RejectReason` value), ``expected`` and ``found``.
    """

    def __init__(
        self,
        path: str,
        line: int | None,
        reason: str,
        expected: str,
        found: str = "",
        pointer: str = "",
    ) -> None:
        msg = f"{_where(path, line, pointer)}: {reason}: expected {expected}"
        if found:
            msg += f", found {found}"
        msg += ". Fix the record or load with strict=False to collect bad lines as rejects."
        super().__init__(
            msg, path=path, line=line, reason=reason, expected=expected, found=found, pointer=pointer
        )


class UnknownFormatError(AuditkitError, ValueError):
    """A file whose content matches none of the registered log formats."""

    def __init__(self, path: str, known: Sequence[str], head: bytes, detail: str = "") -> None:
        shown = head[:120]
        msg = (
            f"{path}: not a recognised log format{': ' + detail if detail else ''}. "
            f"First bytes seen: {shown!r}. Known formats: {', '.join(known)}. "
            "Check that this is a log export, or register a loader for it (docs/loaders.md)."
        )
        super().__init__(msg, path=path, known=tuple(known), head=bytes(shown), detail=detail)


class UnknownNameError(AuditkitError, KeyError):
    """A registry lookup (loader, classifier, policy version ...) for a name that is not registered."""

    def __init__(self, kind: str, name: str, known: Sequence[str]) -> None:
        msg = f"unknown {kind} {name!r}; known: {', '.join(sorted(known)) or '(none)'}."
        super().__init__(msg, kind=kind, name=name, known=tuple(known))

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.message


class ConfigError(AuditkitError, ValueError):
    """An invalid declarative file (policy, rules, profile): names the file, the key and what is expected."""

    def __init__(self, path: str, key: str, problem: str, fix: str = "") -> None:
        msg = f"{path}: {key}: {problem}" + (f"; {fix}" if fix else "") + "."
        super().__init__(msg, path=path, key=key, problem=problem, fix=fix)


class ParameterError(AuditkitError, ValueError):
    """A bad parameter given to a function, a notebook or the command line."""

    def __init__(self, name: str, value: Any, expected: str) -> None:
        msg = f"parameter {name}={value!r}: expected {expected}."
        super().__init__(msg, name=name, value=value, expected=expected)


class MissingDependencyError(AuditkitError, ImportError):
    """An optional dependency that a feature needs is not installed."""

    def __init__(self, package: str, feature: str, extra: str) -> None:
        msg = f"{feature} needs the package {package!r}; install it with: pip install 'auditkit[{extra}]'."
        super().__init__(msg, package=package, feature=feature, extra=extra)
