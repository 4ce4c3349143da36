"""Hypothesis strategies: neutral English/Chinese filler and valid identifiers of every type.

Each planted identifier is ``(text, value, type)``: ``text`` is what goes into the document (it may carry
its own label, as ``护照号E12345678`` or ``password = "..."``), ``value`` the part that must be detected.
Key bodies use hexadecimal digits only, so that they never spell a context word such as ``ref``.
"""

from __future__ import annotations

import base64
import json

from hypothesis import strategies as st

from .reference import cn_id, iban, luhn_complete

EN_WORDS = [
    "the",
    "quick",
    "brown",
    "fox",
    "summary",
    "please",
    "translate",
    "meeting",
    "tomorrow",
    "thanks",
    "weather",
    "blue",
    "river",
    "draft",
    "paragraph",
]
ZH_CHARS = "今天天气很好我们讨论一下这个问题请帮翻译段文字谢你"
SEPARATORS = [" ", "，", "\n", "。", " - ", "；", "\t"]
MASKS = ["[EMAIL]", "[CN_ID]", "[BANK_CARD]", "[PASSWORD]", "[API_KEY]", "[IP]", "[CN_MOBILE]", "[PHONE]"]


def _key_body(size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789abcdefABCDEF", min_size=size, max_size=size).filter(
        lambda s: any(c.isdigit() for c in s) and any(c.isalpha() for c in s) and len(set(s)) >= 10
    )


hex_body = _key_body(40)


def _digits(n: int) -> st.SearchStrategy[str]:
    """``n`` digits, not all the same (one repeated digit is a placeholder, by design not detected)."""
    return st.text(alphabet="0123456789", min_size=n, max_size=n).filter(lambda s: n < 2 or len(set(s)) > 1)


neutral = st.one_of(
    st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=8).map(" ".join),
    st.text(alphabet=ZH_CHARS, min_size=1, max_size=20),
)
#: Filler longer than any context window (32 characters), so that one plant's label never reaches another.
long_neutral = (
    st.lists(neutral, min_size=1, max_size=6).map(" ".join).map(lambda s: (s + " " + ZH_CHARS * 3)[:40])
)


@st.composite
def emails(draw):
    local = "user" + draw(_digits(3))
    domain = draw(st.sampled_from(["example.com", "mail.example.org", "qq.com", "例子.cn"]))
    value = f"{local}@{domain}"
    return value, value, "EMAIL"


@st.composite
def cn_mobiles(draw):
    value = "1" + draw(st.sampled_from("3456789")) + draw(_digits(9))
    if draw(st.booleans()):
        value = draw(st.sampled_from(["+86 ", "+86", "0086 "])) + value
    return value, value, "CN_MOBILE"


@st.composite
def cn_ids(draw):
    region = draw(st.sampled_from(["110105", "310104", "440305", "510107", "650102"]))
    year = draw(st.integers(1930, 2015))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    value = cn_id(f"{region}{year}{month:02d}{day:02d}{draw(_digits(3))}")
    return value, value, "CN_ID"


@st.composite
def cards(draw):
    prefix = draw(st.sampled_from(["4", "51", "55", "62", "37"]))
    length = draw(st.sampled_from([16, 16, 19])) if prefix != "37" else 15
    value = luhn_complete(prefix + draw(_digits(length - len(prefix) - 1)))
    return value, value, "BANK_CARD"


@st.composite
def ibans(draw):
    country, size = draw(st.sampled_from([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14)]))
    value = iban(country, draw(_digits(size)))
    return value, value, "IBAN"


@st.composite
def ipv4s(draw):
    octets = [
        draw(st.integers(11, 99)),
        draw(st.integers(0, 255)),
        draw(st.integers(0, 255)),
        draw(st.integers(1, 254)),
    ]
    value = ".".join(str(o) for o in octets)
    return value, value, "IP"


@st.composite
def ipv6s(draw):
    groups = [draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=4)) for _ in range(7)]
    value = "2a03:" + ":".join(groups)
    return value, value, "IP"


@st.composite
def phones(draw):
    value = "+44 20 " + draw(_digits(4)) + " " + draw(_digits(4))
    return value, value, "PHONE"


@st.composite
def passports(draw):
    value = "E" + draw(_digits(8))
    return "护照号" + value, value, "PASSPORT"


@st.composite
def api_keys(draw):
    prefix = draw(st.sampled_from(["sk-proj-", "sk-", "ghp_"]))
    value = prefix + draw(_key_body(36 if prefix == "ghp_" else 40))
    return value, value, "API_KEY"


@st.composite
def jwts(draw):
    def b64(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    value = f"{b64({'alg': 'HS256'})}.{b64({'sub': draw(st.integers(0, 10**9))})}.{draw(hex_body)[:32]}"
    return value, value, "JWT"


@st.composite
def passwords(draw):
    value = draw(st.text(alphabet="abcdefghjkmnpqrstuvwxyz", min_size=3, max_size=8)) + draw(_digits(2))
    key = draw(st.sampled_from(['password = "{}"', "密码：{}", "pwd={}"]))
    return key.format(value), value, "PASSWORD"


@st.composite
def private_keys(draw):
    body = "\n".join(draw(hex_body) for _ in range(3))
    value = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    return value, value, "PRIVATE_KEY"


@st.composite
def mrns(draw):
    value = "A" + draw(_digits(7))
    return "病历号：" + value, value, "MRN"


identifiers = st.one_of(
    emails(),
    cn_mobiles(),
    cn_ids(),
    cards(),
    ibans(),
    ipv4s(),
    ipv6s(),
    phones(),
    passports(),
    api_keys(),
    jwts(),
    passwords(),
    private_keys(),
    mrns(),
)
