"""E-mail addresses and phone numbers, in English and Chinese text, with their near misses."""

from __future__ import annotations

import pytest

from auditkit.pii import detect
from auditkit.pii.contact import check_email, check_phone

from .conftest import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("write to john.doe@example.com today", "john.doe@example.com"),
        ("plus tags: jane+billing@mail.example.co.uk.", "jane+billing@mail.example.co.uk"),
        ("我的邮箱是zhang.san@qq.com谢谢", "zhang.san@qq.com"),
        ("联系邮箱：13812345678@163.com，工作日回复", "13812345678@163.com"),
        ("IDN domain: kontakt@bücher.de", "kontakt@bücher.de"),
        ("punycode: user@xn--fiqs8s.xn--fiqz9s", "user@xn--fiqs8s.xn--fiqz9s"),
        ("<a href='mailto:ops@corp.example.org'>", "ops@corp.example.org"),
    ],
)
def test_email_found(text, address):
    assert found(text) == [("EMAIL", address)]


@pytest.mark.parametrize(
    "text",
    [
        "retina asset icon@2x.png and logo@3x.jpg",  # file names, not addresses
        "npm install @babel/core@7.22.0",  # package versions
        "decorator @property and user@localhost",  # no dotted domain
        "a..b@example.com",  # consecutive dots in the local part
        "user@-bad-.example.com",  # label starting with a hyphen
        "邮箱写成 user at example dot com",
    ],
)
def test_email_near_misses(text):
    assert [t for t, _ in found(text)].count("EMAIL") == 0


def test_email_check_rejects_over_long_local_part():
    assert check_email("a" * 65 + "@example.com", {}) is None
    assert check_email("a" * 64 + "@example.com", {}) is not None


@pytest.mark.parametrize(
    "text, number",
    [
        ("手机13812345678", "13812345678"),
        ("我的手机号是15912345678，请联系", "15912345678"),
        ("电话：+86 138 1234 5678", "+86 138 1234 5678"),
        ("call 0086-13812345678 now", "0086-13812345678"),
        ("联系方式(+86)19912345678", "(+86)19912345678"),
        ("mobile 138-1234-5678.", "138-1234-5678"),
        ("两个号码13812345678,13912345678", "13812345678"),
    ],
)
def test_cn_mobile_found(text, number):
    hits = found(text)
    assert ("CN_MOBILE", number) in hits


def test_cn_mobile_confidence_rises_with_context():
    bare = detect("13812345678")[0]
    supported = detect("手机13812345678")[0]
    assert bare.type == supported.type == "CN_MOBILE"
    assert supported.confidence > bare.confidence


@pytest.mark.parametrize(
    "text",
    [
        "12812345678",  # second digit 2: no mobile network
        "138123456789",  # 12 digits: part of a longer run
        "1381234567",  # 10 digits
        "ms timestamp 1705312200123",  # 13-digit timestamp
        "value 0.13812345678 is a decimal",
        "uuid 550e8400-e29b-41d4-a716-13812345678",  # hex fragment
        "token a13812345678b",  # inside an identifier
        "订单号13812345678",  # an order number, says the word before it
        "version 2.13812345678",
    ],
)
def test_cn_mobile_near_misses(text):
    assert not [h for h in found(text) if h[0] in ("CN_MOBILE", "PHONE")]


def test_order_word_far_away_does_not_veto_a_supported_mobile():
    text = "订单号 20240115103000123，手机13812345678"
    assert ("CN_MOBILE", "13812345678") in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("UK office: +44 20 7946 0958", "+44 20 7946 0958"),
        ("whatsapp +1 (415) 555-0132", "+1 (415) 555-0132"),
        ("Tel: +49 30 901820", "+49 30 901820"),
        ("座机 010-62345678", "010-62345678"),
        ("电话：(0755)86013388", "(0755)86013388"),
        ("call me at 415-555-0132", "415-555-0132"),
    ],
)
def test_other_phones_found(text, number):
    assert found(text) == [("PHONE", number)]


@pytest.mark.parametrize(
    "text",
    [
        "010-62345678",  # a national number without a phone word is not reported
        "415-555-0132 units shipped",
        "+1 555 0100",  # 8 digits: fewer than the 9 an international number needs here
        "+12 345 678 901 234 567 890",  # more than 15 digits
        "UTC+08:00 at 2024-01-15 10:30:00",
        "GMT+8 12345678",
    ],
)
def test_other_phone_near_misses(text):
    assert not [h for h in found(text) if h[0] == "PHONE"]


def test_phone_check_counts_digits():
    assert check_phone("+44 20 7946 0958", {"min_digits": 8, "max_digits": 15}) is not None
    assert check_phone("+1 000 000 0000", {"min_digits": 8, "max_digits": 15}) is None  # placeholder
