"""The notebook's parameters: exactly the keyword arguments of :func:`auditkit.explore.explore` it feeds.

papermill only warns about a parameter the notebook does not declare; :func:`notebook_parameters` makes
that an error (with the closest known name), so a misspelt ``-p ledgr ...`` never silently runs without
the ledger.
"""

from __future__ import annotations

import difflib
import types
from typing import Any

from auditkit.errors import ParameterError

__all__ = ["NAMES", "notebook_parameters"]

#: The notebook's parameters, in the order of its ``parameters`` cell.
NAMES = (
    "logs",
    "store",
    "ledger",
    "reviewer",
    "lang",
    "redact",
    "as_of",
    "profile",
    "timezone",
    "reveal_reason",
    "period",
)
_IPYTHON = {"In", "Out", "get_ipython", "exit", "quit", "open"}
_SECRETISH = ("key", "token", "secret", "password")


def _hidden() -> set[str]:
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        shell = None
    return set(getattr(shell, "user_ns_hidden", {}) or {}) | _IPYTHON


def notebook_parameters(namespace: dict[str, Any]) -> dict[str, Any]:
    """The explorer's parameters defined in ``namespace`` (pass ``globals()``).

    Raises ``ParameterError`` for any other public name there (a parameter injected under a wrong name);
    modules and functions imported into the notebook are ignored.
    """
    hidden = _hidden()
    for name in sorted(namespace):
        value = namespace[name]
        if name.startswith("_") or name in hidden or name in NAMES or isinstance(value, types.ModuleType):
            continue
        if callable(value) and getattr(value, "__module__", "") not in ("__main__", None):
            continue
        close = difflib.get_close_matches(name, NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        shown = "[REDACTED]" if any(s in name.lower() for s in _SECRETISH) else value
        raise ParameterError(name, shown, f"a parameter of the explorer{hint}; known: {', '.join(NAMES)}")
    return {name: namespace[name] for name in NAMES if name in namespace}
