"""The named checks that rules refer to (``check: luhn_card`` in ``patterns.yaml``), in a plain registry.

A check takes the candidate text and the rule's ``params`` and returns a
:class:`~auditkit.pii.model.Verdict` or ``None`` (not what the pattern suggests). To add one, write it in
the module of its family and list it in ``_BUILTINS`` below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from auditkit.pii import contact, credentials, financial, health, identity, network
from auditkit.pii.model import ACCEPT, Verdict
from auditkit.registry import Registry

__all__ = ["Check", "CHECKS", "builtin_checks"]

#: ``check(value, params) -> Verdict | None``
Check = Callable[[str, Mapping[str, Any]], "Verdict | None"]


def _accept(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """No check beyond the pattern itself."""
    return ACCEPT


_BUILTINS: tuple[tuple[str, Check], ...] = (
    ("none", _accept),
    ("email", contact.check_email),
    ("phone", contact.check_phone),
    ("cn_id", identity.check_cn_id),
    ("passport", identity.check_passport),
    ("luhn_card", financial.check_card),
    ("iban", financial.check_iban),
    ("ipv4", network.check_ipv4),
    ("ipv6", network.check_ipv6),
    ("key_shape", credentials.check_key_shape),
    ("jwt", credentials.check_jwt),
    ("private_key", credentials.check_private_key),
    ("password", credentials.check_password),
    ("secret_value", credentials.check_secret_value),
    ("mrn", health.check_mrn),
    ("icd10", health.check_icd10),
)


def builtin_checks() -> Registry[Check]:
    """A fresh registry holding every built-in check."""
    registry: Registry[Check] = Registry("PII check")
    for name, check in _BUILTINS:
        registry.register(name, check)
    return registry


#: The checks available to rule files.
CHECKS: Registry[Check] = builtin_checks()
