"""Independent reference implementations used by the tests to build valid and invalid identifiers.

They are written from the standards, differently from the package code (ISO 7064 MOD 11-2 by its formula
instead of a lookup table, Luhn by digit sums, IBAN check digits by 98 - mod 97), so a test built on them
can catch a mistake in the package.
"""

from __future__ import annotations


def cn_id(first17: str) -> str:
    """A PRC identity number: ``first17`` plus its ISO 7064 MOD 11-2 check character."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    value = (12 - sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11) % 11
    return first17 + ("X" if value == 10 else str(value))


def wrong_check_char(ident: str) -> str:
    """``ident`` with a different (wrong) last character."""
    last = ident[-1]
    return ident[:-1] + ("0" if last != "0" else "1")


def luhn_complete(body: str) -> str:
    """``body`` plus the digit that makes it pass the Luhn check."""
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            n = int(ch) * (2 if i % 2 else 1)
            total += n // 10 + n % 10
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable")


def luhn_break(number: str) -> str:
    """A number that fails the Luhn check (the last digit shifted by one)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits for ``country`` and ``bban``."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"
