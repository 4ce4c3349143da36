"""The compiled inference kernel scores like the NumPy reference path, on every kind of text.

:meth:`LinearModel.raw_fast` (numba, :mod:`auditkit.classify.model.kernel`) against
:meth:`LinearModel.raw_texts` (NumPy, what training uses): English, Chinese, mixed, empty, very long
(100 KB), control characters, astral and lone-surrogate code points, lengths around the window, and batches
mixing all of them; and ``classify_texts`` against ``classify_texts_reference``: the same hits, spans and
evidence, scores within 1e-9.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from auditkit.classify.model import ModelClassifier, kernel
from tests.classify.test_model import LONG_BENIGN, NEGATIVES, POSITIVES

pytestmark = pytest.mark.skipif(not kernel.available(), reason="numba is not installed")

EN = "The customer asked about the refund policy and our support team replied within two days. "
ZH = "客户询问退款政策，我们的客服团队在两天内回复了订单状态。工程师检查了数据处理代码。"


def _random_text(rnd: random.Random, n: int) -> str:
    """Code points from every class the featuriser knows, control characters, astral and lone surrogates."""
    ranges = [(0x20, 0x7F), (0x20, 0x7F), (0x00, 0x20), (0xC0, 0x250), (0x370, 0x530),
              (0x1E00, 0x1F00), (0x3040, 0x3100), (0x4E00, 0x9FFF), (0xAC00, 0xD7A4), (0xFF01, 0xFF5F),
              (0x2000, 0x2070), (0xD800, 0xE000), (0x1F600, 0x1F650), (0xFFF0, 0x10000)]
    out = []
    for _ in range(n):
        lo, hi = rnd.choice(ranges)
        out.append(chr(rnd.randrange(lo, hi)))
    return "".join(out)


def _texts() -> list[str]:
    rnd = random.Random(20251123)
    window = ModelClassifier().artefact.card["feature_spec"]["window"]
    texts = [t for t, _ in POSITIVES] + list(NEGATIVES)
    texts += ["", " ", "x", "\x00", "\x00\x00abc\x00", "a\tb\nc\rd\x1b[0m\x7f\x85", "\ud800\udfff lone",
              "😀😀 emoji 中文"]
    texts += ["ＨＥＬＬＯ Wörld ΑΒΓ привет Tiếng Việt 한국어 テスト", EN + ZH + EN, ZH * 3 + " mixed " + EN]
    # around the window and its half: one block, two blocks, three blocks
    for n in (window // 2 - 1, window // 2, window // 2 + 1, window - 1, window, window + 1,
              window + window // 2):
        texts.append((EN * 10)[:n])
        texts.append((ZH * 10)[:n])
    texts.append(LONG_BENIGN * 6 + POSITIVES[3][0] + " " + LONG_BENIGN * 6)
    texts.append(((EN + ZH) * 2000)[:100_000])  # a 100 KB text
    texts.append(POSITIVES[1][0] + (ZH * 3000)[:100_000])
    texts += [_random_text(rnd, rnd.randrange(0, 1200)) for _ in range(60)]
    texts += ["".join(rnd.choice([EN, ZH, t]) for t, _ in POSITIVES[:2]) for _ in range(20)]
    return texts


@pytest.fixture(scope="module")
def model() -> ModelClassifier:
    return ModelClassifier()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_raw_scores_equal_the_numpy_path(model: ModelClassifier, texts: list[str]) -> None:
    lm = model._lm
    ref = lm.raw_texts(texts)
    fast = lm.raw_fast(texts)
    assert fast.shape == ref.shape == (len(texts), len(model.categories))
    np.testing.assert_allclose(fast, ref, rtol=0, atol=1e-9)
    # text by text, and in a batch of another order: a text's score does not depend on its neighbours
    one = np.vstack([lm.raw_fast([t]) for t in texts])
    np.testing.assert_allclose(one, ref, rtol=0, atol=1e-9)
    order = np.random.default_rng(3).permutation(len(texts))
    np.testing.assert_allclose(lm.raw_fast([texts[i] for i in order]), ref[order], rtol=0, atol=1e-9)
    assert model.predict_proba([]).shape == (0, len(model.categories))


def test_batches_larger_than_one_kernel_call(model: ModelClassifier, texts: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from auditkit.classify.model import scoring

    ref = model._lm.raw_fast(texts)
    monkeypatch.setattr(scoring, "KERNEL_CHARS", 2000)
    np.testing.assert_array_equal(model._lm.raw_fast(texts), ref)


def test_hits_and_evidence_equal_the_numpy_path(model: ModelClassifier, texts: list[str]) -> None:
    fast = model.classify_texts(texts)
    ref = model.classify_texts_reference(texts)
    assert len(ref) >= len(POSITIVES)  # the comparison covers hits
    pd.testing.assert_frame_equal(fast.drop(columns="score"), ref.drop(columns="score"))
    np.testing.assert_allclose(fast["score"].to_numpy(), ref["score"].to_numpy(), rtol=0, atol=1e-9)
    np.testing.assert_allclose(model.predict_proba(texts), model.predict_proba_reference(texts),
                               rtol=0, atol=1e-9)


def test_no_numba_falls_back_to_the_numpy_path(model: ModelClassifier, texts: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernel, "_HAVE_NUMBA", False)
    np.testing.assert_array_equal(model._lm.raw_fast(texts[:20]), model._lm.raw_texts(texts[:20]))


def test_char_table_matches_the_featuriser() -> None:
    from auditkit.classify.model import features

    t = kernel.char_table()
    np.testing.assert_array_equal(t & 0xFFFF, features._LOWER)
    np.testing.assert_array_equal(t >> 16, features._CLASS[features._LOWER])
