"""Context words: whole English words, Chinese anywhere, the nearest word decides."""

from __future__ import annotations

from auditkit.pii.context import NEUTRAL, SUPPORTS, VETOES, ContextMatcher

CTX = ContextMatcher(["tel", "phone number", "手机"], ["order", "订单号"], window=20)


def _judge(prefix: str) -> int:
    text = prefix + "13812345678"
    return CTX.judge(text, len(prefix))


def test_supporting_and_vetoing_words():
    assert _judge("Tel: ") == SUPPORTS
    assert _judge("手机") == SUPPORTS
    assert _judge("订单号") == VETOES
    assert _judge("Order ") == VETOES  # case-insensitive


def test_english_words_match_whole_words_only():
    assert _judge("hotel ") == NEUTRAL
    assert _judge("9order2 ") == NEUTRAL  # inside a token
    assert _judge("phone-number: ") == SUPPORTS  # spaces in a word also match - and _


def test_the_nearest_word_decides():
    assert _judge("订单号 1，手机") == SUPPORTS
    assert _judge("手机 1，订单号") == VETOES


def test_words_outside_the_window_are_ignored():
    assert _judge("手机" + "。" * 20) == NEUTRAL
    assert _judge("手机" + "。" * 18) == SUPPORTS
