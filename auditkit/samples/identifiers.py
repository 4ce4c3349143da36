"""Ids, personal data and secrets for the sample logs: realistic in shape, fake, and deterministic.

Everything here draws from a ``random.Random`` it is given, so the same seed gives the same values.
Personal data passes the checks a detector applies (PRC resident ids carry a valid ISO 7064 check
character, bank cards pass Luhn, IBANs pass mod 97); the near-miss numbers fail them on purpose.
"""

from __future__ import annotations

import base64
import random
import string

__all__ = [
    "Ids",
    "cn_resident_id",
    "luhn_card",
    "iban",
    "cn_mobile",
    "intl_phone",
    "email",
    "openai_key",
    "non_luhn_digits",
    "non_id_digits",
    "luhn_ok",
    "cn_id_ok",
    "iban_ok",
]

_ALNUM = string.ascii_letters + string.digits
# base64 alphabet -> alphanumerics only ('+' and '/' mapped to letters), as provider ids look
_B64_TO_ALNUM = bytes.maketrans(b"+/=", b"KqX")


class Ids:
    """Fast, seeded id factory: ``chatcmpl-...``, ``req_...``, UUIDs, numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def alnum(self, n: int) -> str:
        """``n`` base62-looking characters (from random bytes, base64 without symbols)."""
        k = (n * 3 + 3) // 4
        raw = self.rng.getrandbits(8 * k).to_bytes(k, "little")
        return base64.b64encode(raw).translate(_B64_TO_ALNUM)[:n].decode("ascii")

    def hex(self, n: int) -> str:
        return f"{self.rng.getrandbits(4 * n):0{n}x}"

    def uuid4(self) -> str:
        h = self.rng.randbytes(16).hex()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


_CN_REGIONS = (
    "110105",
    "310104",
    "440305",
    "440106",
    "330106",
    "510107",
    "420106",
    "320102",
    "610113",
    "350203",
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _cn_id_check(body17: str) -> str:
    return _ID_CHECK[sum(int(d) * w for d, w in zip(body17, _ID_WEIGHTS, strict=True)) % 11]


def cn_id_ok(value: str) -> bool:
    """True when ``value`` is 18 characters with a valid PRC resident-id check character."""
    return len(value) == 18 and value[:17].isdigit() and _cn_id_check(value[:17]) == value[17].upper()


def cn_resident_id(rng: random.Random) -> str:
    """An 18-character PRC resident identity number with a valid check character (fictional)."""
    year = rng.randint(1965, 2002)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    body = f"{rng.choice(_CN_REGIONS)}{year:04d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return body + _cn_id_check(body)


def _luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = number.replace(" ", "")
    return digits.isdigit() and _luhn_digit(digits[:-1]) == digits[-1]


_CARD_PREFIXES = ("622202", "622848", "621700", "453201", "455673", "532601", "542418")


def luhn_card(rng: random.Random) -> str:
    """A 16-digit card number passing Luhn, grouped by four (UnionPay, Visa or Mastercard prefixes)."""
    partial = rng.choice(_CARD_PREFIXES) + "".join(rng.choice(string.digits) for _ in range(9))
    number = partial + _luhn_digit(partial)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def non_luhn_digits(rng: random.Random) -> str:
    """A 16-digit payment reference that fails Luhn (a detector must not call it a card)."""
    partial = "8" + "".join(rng.choice(string.digits) for _ in range(14))
    good = int(_luhn_digit(partial))
    return partial + str((good + 1 + rng.randint(0, 8)) % 10)


def non_id_digits(rng: random.Random) -> str:
    """An 18-digit waybill number that is not a valid resident id (wrong check character)."""
    body = "7" + "".join(rng.choice(string.digits) for _ in range(16))
    good = _cn_id_check(body)
    wrong = next(c for c in "0123456789" if c != good and c != "X")
    return body + wrong


_IBAN_SHAPES = {"DE": (8, 10), "NL": (None, 10), "FR": (10, 13)}


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random) -> str:
    """A German, Dutch or French IBAN with valid check digits, grouped by four (fictional accounts)."""
    country = rng.choice(("DE", "NL", "FR"))
    if country == "DE":
        bban = "".join(rng.choice(string.digits) for _ in range(18))
    elif country == "NL":
        bban = rng.choice(("ABNA", "INGB", "RABO")) + "".join(rng.choice(string.digits) for _ in range(10))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(23))
    value = country + _iban_check(country, bban) + bban
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


_CN_MOBILE_PREFIXES = ("138", "139", "135", "136", "150", "151", "158", "186", "187", "177", "199")


def cn_mobile(rng: random.Random) -> str:
    return rng.choice(_CN_MOBILE_PREFIXES) + "".join(rng.choice(string.digits) for _ in range(8))


def intl_phone(rng: random.Random) -> str:
    country = rng.choice(("+49 151", "+1 512", "+65 9", "+33 6", "+31 6"))
    return f"{country}{rng.randint(1000000, 9999999)}"


_MAIL_DOMAINS = ("example.com", "example.org", "mail.example.net", "example.de", "example.cn")


def email(rng: random.Random, name: str) -> str:
    local = "".join(c for c in name.lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c == "."))
    if not local.strip("."):
        local = "user" + str(rng.randint(100, 9999))
    return f"{local}{rng.randint(1, 99)}@{rng.choice(_MAIL_DOMAINS)}"


def openai_key(rng: random.Random) -> str:
    """A fake OpenAI project key of realistic length: ``sk-proj-`` and 156 characters."""
    ids = Ids(rng)
    return "sk-proj-" + ids.alnum(74) + "T3BlbkFJ" + ids.alnum(74)
