"""Checks for contact data: e-mail addresses and telephone numbers.

The patterns that find candidates are in ``auditkit/data/pii/patterns.yaml``; the functions here decide
whether a candidate really is what its pattern suggests. Every check has the signature
``check(value, params) -> Verdict | None`` (``None`` rejects the candidate).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["check_email", "check_phone", "digit_count"]

_MAX_LOCAL = 64
_MAX_DOMAIN = 253
_MAX_LABEL = 63


def check_email(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """An address whose parts respect RFC 5321 limits and whose TLD is not a file extension.

    ``params.reject_tlds`` lists "TLDs" that are really file extensions (``icon@2x.png``).
    """
    local, _, domain = value.rpartition("@")
    if not local or len(local) > _MAX_LOCAL or len(domain) > _MAX_DOMAIN:
        return None
    if ".." in local or local.startswith(".") or local.endswith("."):
        return None
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or len(label) > _MAX_LABEL for label in labels):
        return None
    if any(label.startswith("-") or label.endswith("-") for label in labels):
        return None
    if labels[-1].lower() in {str(t).lower() for t in params.get("reject_tlds", ())}:
        return None
    return ACCEPT


def digit_count(value: str) -> int:
    """How many ASCII digits ``value`` holds."""
    return sum(1 for ch in value if "0" <= ch <= "9")


def check_phone(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A number with between ``params.min_digits`` and ``params.max_digits`` digits (E.164: 15 at most).

    A number made of one repeated digit after its first three (``+1 000 000 0000``) is a placeholder.
    """
    digits = [ch for ch in value if "0" <= ch <= "9"]
    if not int(params.get("min_digits", 7)) <= len(digits) <= int(params.get("max_digits", 15)):
        return None
    if len(set(digits[3:])) <= 1:
        return None
    return ACCEPT
