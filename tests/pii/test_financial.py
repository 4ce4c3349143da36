"""Payment cards (Luhn, IIN, grouping) and IBANs (per-country length, mod-97)."""

from __future__ import annotations

import pytest

from auditkit.pii import detect
from auditkit.pii.financial import check_iban, iban_valid, iin_known, luhn_valid

from .conftest import found
from .reference import iban, luhn_break, luhn_complete

# Published test numbers of the card networks (Visa, Mastercard 5- and 2-series, Amex, Discover, JCB).
TEST_CARDS = [
    "4111111111111111",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "3530111333300000",
    "4012888888881881",
]


@pytest.mark.parametrize("number", TEST_CARDS)
def test_luhn_accepts_published_test_cards(number):
    assert luhn_valid(number)
    assert not luhn_valid(luhn_break(number))


@pytest.mark.parametrize("number", TEST_CARDS)
def test_published_test_cards_found(number):
    assert found(f"card {number} exp 12/27") == [("BANK_CARD", number)]


@pytest.mark.parametrize(
    "text, number",
    [
        ("银行卡号：6222021234567894", "6222021234567894"),
        ("卡号6222 0212 3456 7894", "6222 0212 3456 7894"),
        ("visa 4111-1111-1111-1111.", "4111-1111-1111-1111"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("card 4111 1111 1111 1111 12/25 cvv 123", "4111 1111 1111 1111"),  # expiry month not taken in
        ("信用卡" + luhn_complete("622260026000107244"), luhn_complete("622260026000107244")),  # 19 digits
    ],
)
def test_cards_found(text, number):
    assert found(text) == [("BANK_CARD", number)]


def test_grouped_19_digit_unionpay_card():
    number = luhn_complete("622202123456789012")
    grouped = " ".join([number[0:4], number[4:8], number[8:12], number[12:16], number[16:]])
    assert found("卡号" + grouped) == [("BANK_CARD", grouped)]


@pytest.mark.parametrize(
    "text",
    [
        "订单号6222021234567890",  # fails Luhn
        "order 6222021234567890 shipped",  # fails Luhn
        "卡号6222 0212 3456 7890 123",  # 19 digits failing Luhn
        "订单号6222021234567894",  # passes Luhn, but labelled as an order number
        "0000000000000000",  # passes Luhn, one repeated digit
        "ID 12345678901234567890",  # 20 digits: no card is that long
        "9" + luhn_complete("12345678901234")[1:],  # unknown card prefix and no card word
        "tracking 4111 1111 1111 1111 2025",  # a fifth group: part of a longer number
        "v4111111111111111",  # inside a word
    ],
)
def test_card_near_misses(text):
    assert "BANK_CARD" not in [t for t, _ in found(text)]


def test_unknown_prefix_needs_a_card_word():
    number = luhn_complete("900000123456789")
    assert found(number) == []
    hits = detect("银行卡号 " + number)
    assert [h.type for h in hits] == ["BANK_CARD"] and hits[0].confidence < detect("卡号 4111111111111111")[
        0
    ].confidence


def test_iin_ranges():
    assert iin_known("2221000000000009", ["2221-2720"]) and iin_known("2720990000000000", ["2221-2720"])
    assert not iin_known("2220990000000000", ["2221-2720"]) and not iin_known(
        "2721000000000000", ["2221-2720"]
    )


LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NO": 15}


@pytest.mark.parametrize(
    "value",
    [
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        iban("FR", "20041010050500013M02606"),
        iban("NO", "86011117947"),
    ],
)
def test_iban_valid(value):
    assert iban_valid(value, LENGTHS)


@pytest.mark.parametrize(
    "value",
    ["DE89370400440532013001", "GB82WEST12345698765433", "DE8937040044053201300", "XX89370400440532013000"],
)
def test_iban_invalid(value):
    assert not iban_valid(value, LENGTHS)


@pytest.mark.parametrize(
    "text, value",
    [
        ("IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("账户 GB82WEST12345698765432，请汇款", "GB82WEST12345698765432"),
        ("pay DE89 3704 0044 0532 0130 00 PLEASE", "DE89 3704 0044 0532 0130 00"),  # word after it
        (f"NO: {iban('NO', '86011117947')}.", iban("NO", "86011117947")),
    ],
)
def test_iban_found(text, value):
    assert found(text) == [("IBAN", value)]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89 3704 0044 0532 0130 01",
        "DE89 3704 0044 0532 0130",
        "GB82 WEST 1234 5698 7654 3",
        "de89370400440532013000",
    ],
)
def test_iban_near_misses(text):
    assert "IBAN" not in [t for t, _ in found(text)]


def test_iban_check_keeps_only_the_country_length_at_a_space():
    assert check_iban("DE89 3704 0044 0532 0130 00 AB", {"lengths": LENGTHS}).length == 27
    assert check_iban("DE89 3704 0044 0532 0130 00AB", {"lengths": LENGTHS}) is None
