"""Checks for secrets: vendor API keys, private key blocks, JWTs, and passwords or secrets in assignments.

(Named ``credentials`` rather than ``secrets`` so that it never shadows the standard library module.)

Passwords are recognised by the key they are assigned to (``password = "..."``, ``密码：...``); the mask
replaces the value only, so the redacted text still says which key held a secret.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["check_key_shape", "check_jwt", "check_private_key", "check_password", "check_secret_value"]

_PLACEHOLDER_WORDS = frozenset(
    {
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        "empty",
        "required",
        "optional",
        "string",
        "str",
        "password",
        "passwd",
        "pwd",
        "secret",
        "token",
        "changeme",
        "redacted",
        "hidden",
        "masked",
        "example",
        "sample",
        "placeholder",
        "xxx",
        "yourpassword",
        "your_password",
        "mypassword",
        "my_password",
    }
)
_REFERENCE = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*\.)+[A-Za-z_][A-Za-z0-9_]*$"  # attribute access: self.password, cfg.db.pw
    r"|environ|getenv|process\.env|secrets\.|vault:|^\$|^%|^&|^\*+$|^\.\.\.|^<|^\{|^\[",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z_]*$")
_TRAILING = ".,;:!?)]}>"
_B64URL = re.compile(r"^[A-Za-z0-9_-]*$")


def _is_placeholder(value: str) -> bool:
    if len(set(value)) <= 1 or value.lower() in _PLACEHOLDER_WORDS:
        return True
    return bool(_REFERENCE.search(value))


@lru_cache(maxsize=64)
def _prefix(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def check_key_shape(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A key body that looks random: it mixes letters and digits and has enough distinct characters.

    ``params.prefix`` (a regular expression matched at the start, stripped before the test) and
    ``params.min_distinct`` (default 10) tune it, so that ``sk-xxxxxxxxxxxxxxxxxxxxxxxx`` and
    ``sk-1111...`` placeholders are not keys.
    """
    head = _prefix(str(params.get("prefix", ""))).match(value)
    body = value[head.end() :] if head else value
    if not any(ch.isdigit() for ch in body) or not any(ch.isalpha() for ch in body):
        return None
    if len(set(body)) < int(params.get("min_distinct", 10)):
        return None
    return ACCEPT


def _b64url_json(part: str) -> Any:
    if not _B64URL.match(part):
        return None
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def check_jwt(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """Header and payload decode (base64url) to JSON objects, the header names an ``alg``."""
    parts = value.split(".")
    if len(parts) != 3:
        return None
    header, payload = _b64url_json(parts[0]), _b64url_json(parts[1])
    if not isinstance(header, dict) or "alg" not in header or not isinstance(payload, dict):
        return None
    if not parts[2] and str(header.get("alg", "")).lower() != "none":
        return None
    return ACCEPT


def check_private_key(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A block with a real body (``params.min_body`` base64 characters, default 40).

    ``-----BEGIN RSA PRIVATE KEY-----`` followed by ``...`` is documentation, not a key.
    """
    body = value.split("-----", 2)[-1]
    body = body.split("-----END", 1)[0]
    count = sum(1 for ch in body if ch.isascii() and (ch.isalnum() or ch in "+/="))
    return ACCEPT if count >= int(params.get("min_body", 40)) else None


def _strip_trailing(value: str) -> str:
    while value and value[-1] in _TRAILING:
        value = value[:-1]
    return value


def check_password(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A password value that is not a placeholder, a variable or a type name.

    Quoted values (``params.quoted: true``) need ``params.min_length`` characters (default 3). Unquoted
    ones are read as literals only if they are at least 4 characters long and hold a digit or a symbol:
    ``password: required`` or ``password=user_input`` are prose and variables, ``密码：123456`` and
    ``password=hunter2`` are passwords. Trailing sentence punctuation is left out of the mask.
    """
    if params.get("quoted"):
        kept = value
        min_length = int(params.get("min_length", 3))
    else:
        kept = _strip_trailing(value)
        min_length = int(params.get("min_length", 4))
        if _IDENTIFIER.match(kept) or kept.isalpha():
            return None
    if len(kept) < min_length or _is_placeholder(kept):
        return None
    return Verdict(length=len(kept)) if len(kept) < len(value) else ACCEPT


def check_secret_value(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """A secret/token value: ``params.min_length`` (default 12) characters, letters and digits mixed."""
    kept = _strip_trailing(value)
    if len(kept) < int(params.get("min_length", 12)) or _is_placeholder(kept):
        return None
    if not any(ch.isdigit() for ch in kept) or not any(ch.isalpha() for ch in kept):
        return None
    return Verdict(length=len(kept)) if len(kept) < len(value) else ACCEPT
