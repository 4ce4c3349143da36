"""PRC resident identity numbers (GB 11643 checksum, birth date, province) and passport-like numbers."""

from __future__ import annotations

import pytest

from auditkit.pii import detect
from auditkit.pii.identity import gb11643_check_char, is_cn_id

from .conftest import found
from .reference import cn_id, wrong_check_char

VALID = "11010519491231002X"  # the example of the standard


def test_standard_example_and_its_check_char():
    assert gb11643_check_char(VALID[:17]) == "X"
    assert is_cn_id(VALID) and is_cn_id(VALID.lower())


@pytest.mark.parametrize(
    "body", ["32010619900307123", "44030419851120567", "65010220000229001", "81000019991231999"]
)
def test_reference_check_chars_agree(body):
    assert gb11643_check_char(body) == cn_id(body)[-1]


@pytest.mark.parametrize(
    "text",
    [
        f"我的身份证号是{VALID}",
        f"身份证号码：{VALID}，请核对",
        f"ID card number {VALID}.",
        f"{VALID[:-1]}x",  # lower-case check character
        f"公民身份号码 {VALID[:6]} {VALID[6:14]} {VALID[14:]}",  # written in groups
    ],
)
def test_cn_id_found(text):
    hits = found(text)
    assert [t for t, _ in hits] == ["CN_ID"]
    assert hits[0][1].replace(" ", "").upper() == VALID


def test_cn_id_confidence_is_high_and_context_raises_it():
    bare = detect(cn_id("32010619900307123"))[0]
    supported = detect("身份证" + cn_id("32010619900307123"))[0]
    assert bare.confidence >= 0.95 and supported.confidence > bare.confidence


@pytest.mark.parametrize(
    "text",
    [
        f"我的身份证号是{wrong_check_char(VALID)}",  # wrong check character
        "身份证号 " + cn_id("11010519491331002")[:18],  # month 13: no such birth date
        "身份证号 " + cn_id("11010519490230002"),  # 30 February
        "身份证号 " + cn_id("44052418800101001"),  # born 1880: not a living person's number
        "身份证号 " + cn_id("99010519491231002"),  # 99 is no province
        "身份证号 " + cn_id("11010519491231002") + "5",  # 19 characters
        "order 9" + cn_id("11010519491231002"),  # part of a longer digit run
    ],
)
def test_cn_id_near_misses(text):
    assert "CN_ID" not in [t for t, _ in found(text)]


def test_an_order_number_that_happens_to_pass_is_vetoed_by_its_label():
    ident = cn_id("32010619900307123")
    assert found("订单号：" + ident) == []
    assert found("身份证号：" + ident) == [("CN_ID", ident)]


@pytest.mark.parametrize(
    "text, number, at_least",
    [
        ("护照号E12345678", "E12345678", 0.85),
        ("护照号码：EA1234567", "EA1234567", 0.85),
        ("passport no. G12345678", "G12345678", 0.85),
        ("US passport number 123456789", "123456789", 0.7),
        ("UK passport: AB1234567", "AB1234567", 0.7),
    ],
)
def test_passport_found_with_context(text, number, at_least):
    hits = detect(text)
    assert [(d.type, text[d.start : d.end]) for d in hits] == [("PASSPORT", number)]
    assert hits[0].confidence >= at_least


@pytest.mark.parametrize(
    "text",
    [
        "E12345678",  # no context word
        "ticket E12345678 for the passport office is not the passport",  # word after, not before
        "护照号 E11111111",  # one repeated digit
        "passport E12345",  # too short
    ],
)
def test_passport_near_misses(text):
    assert "PASSPORT" not in [t for t, _ in found(text)]
