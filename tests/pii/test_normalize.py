"""Full-width forms are folded without moving offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from auditkit.pii import detect, redact
from auditkit.pii.normalize import fold


@given(st.text())
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_fold_maps_full_width_to_ascii():
    assert fold("１３８　ＡＢｃ＠＋－．：") == "138 ABc@+-.:"
    assert fold("你好，世界：") == "你好，世界："  # ordinary Chinese punctuation alone: unchanged


def test_full_width_mobile_found_at_original_offsets():
    text = "手机：１３８１２３４５６７８，谢谢"
    hits = detect(text)
    assert [(h.type, text[h.start : h.end]) for h in hits] == [("CN_MOBILE", "１３８１２３４５６７８")]
    assert redact(text) == "手机：[CN_MOBILE]，谢谢"


def test_full_width_email_found():
    text = "邮箱ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    assert [(h.type, text[h.start : h.end]) for h in detect(text)] == [
        ("EMAIL", "ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ")
    ]
