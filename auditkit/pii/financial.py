"""Checks for financial identifiers: payment card numbers (Luhn) and IBANs (ISO 13616 mod-97).

A 16-digit order number that fails the Luhn check is not a card; one that passes it but does not start
with a known card prefix (IIN) is reported only when a context word (``卡号``, ``card``) supports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from auditkit.pii.model import ACCEPT, Verdict

__all__ = ["luhn_valid", "iin_known", "check_card", "iban_valid", "check_iban"]

_CARD_LENGTHS = range(13, 20)


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn (mod 10) check."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iin_known(digits: str, prefixes: Iterable[str]) -> bool:
    """Whether ``digits`` starts with one of ``prefixes``: ``"4"``, ``"62"`` or a range ``"2221-2720"``."""
    for prefix in prefixes:
        lo, _, hi = str(prefix).partition("-")
        if hi:
            head = digits[: len(lo)]
            if len(head) == len(lo) and lo <= head <= hi:
                return True
        elif digits.startswith(lo):
            return True
    return False


def _card_verdict(digits: str, params: Mapping[str, Any]) -> Verdict | None:
    if len(digits) not in _CARD_LENGTHS or len(set(digits)) == 1 or not luhn_valid(digits):
        return None
    if iin_known(digits, params.get("prefixes", ())):
        return ACCEPT
    return Verdict(confidence=float(params.get("unknown_prefix_confidence", 0.6)), needs_context=True)


def check_card(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """Luhn-valid, 13-19 digits, not one repeated digit; a known IIN, else only with context.

    A grouped number whose last group fails (``4111 1111 1111 1111 12/25``: the expiry month was taken in)
    is retried without that group.
    """
    verdict = _card_verdict(value.replace(" ", "").replace("-", ""), params)
    if verdict is not None:
        return verdict
    cut = max(value.rfind(" "), value.rfind("-"))
    if cut > 0:
        shorter = _card_verdict(value[:cut].replace(" ", "").replace("-", ""), params)
        if shorter is not None:
            return Verdict(shorter.confidence, cut, shorter.needs_context)
    return None


def iban_valid(compact: str, lengths: Mapping[str, int]) -> bool:
    """Whether ``compact`` (no spaces, upper case) has its country's length and passes mod-97."""
    if len(compact) < 5 or lengths.get(compact[:2]) != len(compact):
        return False
    if not compact[2:4].isdigit() or not compact.isascii() or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _cut_after(value: str, count: int) -> int | None:
    """The offset just after the ``count``-th character of ``value`` that is not a space."""
    kept = 0
    for i, ch in enumerate(value):
        if ch != " ":
            kept += 1
            if kept == count:
                return i + 1
    return None


def check_iban(value: str, params: Mapping[str, Any]) -> Verdict | None:
    """Known country, that country's length (``params.lengths``) and mod-97 == 1.

    The pattern is greedy, so a candidate may run into a following capitalised word
    (``... 0130 00 PLEASE``); the check keeps the country's length if it ends where a space follows.
    """
    lengths = {str(k): int(v) for k, v in params.get("lengths", {}).items()}
    expected = lengths.get(value[:2])
    end = _cut_after(value, expected) if expected is not None else None
    if end is None or (end < len(value) and value[end] != " "):
        return None
    if not iban_valid(value[:end].replace(" ", ""), lengths):
        return None
    return Verdict(length=end) if end < len(value) else ACCEPT
