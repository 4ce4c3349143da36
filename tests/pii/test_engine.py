"""The detector: public API, type filter, prefilters that lose nothing, masks never detected."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import auditkit.pii as pii
from auditkit.errors import UnknownNameError
from auditkit.pii import Detector, detect, load_rules, redact

from .strategies import MASKS, SEPARATORS, identifiers, neutral

EXAMPLE = "我的身份证号是11010519491231002X，手机13812345678，邮箱zhang@example.com"


def test_module_docstring_example():
    assert (
        redact("我的身份证号是11010519491231002X，手机13812345678")
        == "我的身份证号是[CN_ID]，手机[CN_MOBILE]"
    )


def test_detection_fields():
    d = detect(EXAMPLE)[0]
    assert (d.type, EXAMPLE[d.start : d.end], d.category, d.detector) == (
        "CN_ID",
        "11010519491231002X",
        "personal_data",
        "cn_resident_id",
    )
    assert d.mask == "[CN_ID]"
    with pytest.raises(AttributeError):
        d.start = 0  # frozen


def test_types_filter_and_unknown_type():
    assert [d.type for d in detect(EXAMPLE, types=["EMAIL", "CN_MOBILE"])] == ["CN_MOBILE", "EMAIL"]
    assert [d.type for d in detect(EXAMPLE, types="EMAIL")] == ["EMAIL"]
    assert (
        redact(EXAMPLE, types=["EMAIL"]) == "我的身份证号是11010519491231002X，手机13812345678，邮箱[EMAIL]"
    )
    with pytest.raises(UnknownNameError, match="known:.*CN_ID"):
        detect(EXAMPLE, types=["SSN"])


def test_empty_text():
    assert detect("") == [] and redact("") == ""


def test_public_api_is_listed():
    for name in pii.__all__:
        assert hasattr(pii, name), name


_ALL_RULES = Detector(load_rules(), prefilter=False)
_piece = st.one_of(
    identifiers.map(lambda t: t[0]),
    neutral,
    st.sampled_from(SEPARATORS + MASKS),
    st.text(alphabet="0123456789 -.:+@()xX", max_size=10),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_piece, max_size=10).map("".join))
def test_prefilters_lose_nothing(text):
    """Running every rule on every text gives exactly what the prefiltered detector gives."""
    assert detect(text) == _ALL_RULES.detect(text)


_N = 20_000
PATHOLOGICAL = {
    "long local part": "a" * _N + "@" + "b" * _N,
    "many labels": "a@" + "b." * (_N // 2) + "c",
    "email after email": "user@example.comsk-proj-" + "0" * 40,  # once backtracked exponentially
    "IDN label": "x@" + "例" * _N + ".com",
    "digits": "1" * _N,
    "spaced digits": "1 " * (_N // 2),
    "dashed digits": "1-" * (_N // 2),
    "dotted digits": "1." * (_N // 2),
    "phone-like": "+1" + " 2" * (_N // 2),
    "colons": "ab:" * (_N // 3),
    "key-like": "sk-" + "a1" * _N,
    "jwt-like": "eyJ" + "a" * _N + ".eyJ" + "a" * _N + ".",
    "unterminated key": "-----BEGIN PRIVATE KEY-----\n" + ("A" * 64 + "\n") * 500,
    "repeated labels": "password=" * 2000 + "api_key: '" + "a1" * _N + " MRN " * 2000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_inputs_take_linear_time(name):
    """Every rule, on inputs built to make backtracking regular expressions explode, stays fast."""
    import time

    text = PATHOLOGICAL[name]
    start = time.perf_counter()
    _ALL_RULES.detect(text)
    _ALL_RULES.redact(text)
    assert time.perf_counter() - start < 5.0


def test_mixed_language_sentence():
    text = (
        "Please call 张经理 at 13912345678 or email zhang.jl@corp.example.cn，他的身份证号是"
        "11010519491231002X, card 6222 0212 3456 7894, server 203.0.113.7, 密码：Abc12345"
    )
    got = [(d.type, text[d.start : d.end]) for d in detect(text)]
    assert got == [
        ("CN_MOBILE", "13912345678"),
        ("EMAIL", "zhang.jl@corp.example.cn"),
        ("CN_ID", "11010519491231002X"),
        ("BANK_CARD", "6222 0212 3456 7894"),
        ("IP", "203.0.113.7"),
        ("PASSWORD", "Abc12345"),
    ]
    assert redact(text) == (
        "Please call 张经理 at [CN_MOBILE] or email [EMAIL]，他的身份证号是[CN_ID], card [BANK_CARD], "
        "server [IP], 密码：[PASSWORD]"
    )


def test_numbers_in_urls():
    assert detect("https://shop.example.com/item/6222021234567890?ref=home") == []  # fails Luhn
    url = "https://crm.example.com/lookup?phone=13812345678&id=a13812345678"
    assert [(d.type, url[d.start : d.end]) for d in detect(url)] == [("CN_MOBILE", "13812345678")]
