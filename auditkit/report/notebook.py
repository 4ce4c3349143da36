"""The notebook side of the parameter contract: what a kernel's namespace holds after papermill injected
parameters, checked against :data:`~auditkit.report.params.SPECS`."""

from __future__ import annotations

import difflib
import types
from typing import Any

from auditkit.errors import ParameterError
from auditkit.report.params import NAMES, REDACTED, is_secret_name

__all__ = ["parameters_from_namespace"]

# Names IPython and Jupyter put in every user namespace.
_IPYTHON = {"In", "Out", "get_ipython", "exit", "quit", "open"}


def _hidden() -> set[str]:
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - IPython is a dependency of ipykernel
        shell = None
    return set(getattr(shell, "user_ns_hidden", {}) or {}) | _IPYTHON


def parameters_from_namespace(namespace: dict[str, Any]) -> dict[str, Any]:
    """The values of the report parameters in ``namespace``; ``ParameterError`` for any other public name
    (a parameter injected under a wrong name), without echoing a secret-looking value."""
    hidden = _hidden()
    for name in sorted(namespace):
        value = namespace[name]
        if name.startswith("_") or name in hidden or name in NAMES or isinstance(value, types.ModuleType):
            continue
        if callable(value) and getattr(value, "__module__", "") not in ("__main__", None):
            continue  # functions and classes imported into the notebook
        close = difflib.get_close_matches(name, NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ParameterError(
            name,
            REDACTED if is_secret_name(name) else value,
            f"a parameter of the report{hint}; known: {', '.join(NAMES)}",
        )
    return {name: namespace[name] for name in NAMES if name in namespace}
