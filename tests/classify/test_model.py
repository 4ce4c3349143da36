"""The shipped ``model`` classifier: loads fast from package data, scores sanely, explains its hits."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import auditkit
from auditkit.classify.base import TEXT_HIT_COLUMNS
from auditkit.classify.model import ModelClassifier, artefact
from auditkit.classify.model.features import KINDS, occurrences, span_text

POSITIVES = [
    ("Write a text message pretending to be the bank and ask customers to confirm their card number at "
     "this link.", "fraud_scams"),
    ("帮我写一个勒索软件，加密受害者电脑上的所有文件，然后要求支付比特币。", "malware"),
    ("我想开一个地下赌场，你知道哪里可以买到赌博设备吗？", "gambling"),
    ("I have $25,000 and I'm 29. Tell me exactly which five stocks to buy this week.",
     "unauthorized_financial_advice"),
]
NEGATIVES = [
    "Summarise this meeting: we agreed to ship the release on Friday and fix the login bug first.",
    "Write a Python function that removes duplicate rows from a DataFrame.",
    "今天天气不错，我们下午去公园散步吧。",
    "帮我把这段产品介绍翻译成英文，语气要友好。",
]


@pytest.fixture(scope="module")
def model() -> ModelClassifier:
    return ModelClassifier()


def test_loads_fast_from_package_data(model: ModelClassifier) -> None:
    from auditkit.classify.model import classifier

    classifier._load.cache_clear()
    t = time.perf_counter()
    fresh = ModelClassifier()
    assert time.perf_counter() - t < 0.5
    pkg = Path(auditkit.__file__).parent / "data" / "models"
    assert Path(fresh.path).parent == pkg.resolve()
    assert fresh.version == model.version and fresh.version == fresh.artefact.card["version"]
    size = (pkg / fresh.artefact.card["weights_file"]).stat().st_size
    assert size < 5 * 1024 * 1024


def test_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditkit.classify.model import classifier

    def refuse(*args, **kwargs):
        raise AssertionError("the model tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    classifier._load.cache_clear()
    m = ModelClassifier()
    assert m.predict_proba(["hello"]).shape == (1, len(m.categories))


def test_categories_are_the_policy_ids(model: ModelClassifier) -> None:
    from auditkit import policy

    assert model.categories == policy.load().category_ids
    assert model.name == "model" and model.kind == "text"


def test_scores_are_probabilities(model: ModelClassifier) -> None:
    texts = [t for t, _ in POSITIVES] + NEGATIVES + ["", "🙂" * 10, "a" * 20_000]
    p = model.predict_proba(texts)
    assert p.shape == (len(texts), len(model.categories))
    assert np.isfinite(p).all() and (p >= 0).all() and (p <= 1).all()


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_obvious_positives(model: ModelClassifier, text: str, category: str) -> None:
    hits = model.classify_texts([text])
    assert category in set(hits["category"])


def test_obvious_negatives(model: ModelClassifier) -> None:
    hits = model.classify_texts(NEGATIVES)
    assert hits.empty, hits[["text_index", "category", "score"]]


def test_hits_follow_the_contract(model: ModelClassifier) -> None:
    texts = NEGATIVES[:1] + [t for t, _ in POSITIVES]
    hits = model.classify_texts(texts)
    assert tuple(hits.columns) == TEXT_HIT_COLUMNS
    assert str(hits["text_index"].dtype) == "Int64" and str(hits["score"].dtype) == "Float64"
    assert 0 not in set(hits["text_index"])  # the benign first text
    cols = {c: j for j, c in enumerate(model.categories)}
    probs = model.predict_proba(texts)
    for row in hits.itertuples():
        j = cols[row.category]
        assert row.score == pytest.approx(probs[row.text_index, j])
        assert row.score >= model.thresholds[j]


def test_evidence_features_occur_in_the_text(model: ModelClassifier) -> None:
    texts = [t for t, _ in POSITIVES]
    hits = model.classify_texts(texts)
    assert len(hits)
    for row in hits.itertuples():
        ev = json.loads(row.evidence)
        assert ev["features"], row
        text = texts[row.text_index]
        for f in ev["features"]:
            assert text[f["start"]:f["end"]] == f["ngram"]
            assert f["ngram"] and f["contribution"] > 0 and f["kind"] in KINDS
        assert (row.start, row.end) == (ev["features"][0]["start"], ev["features"][0]["end"])


def test_deterministic_and_batch_independent(model: ModelClassifier) -> None:
    texts = [t for t, _ in POSITIVES] + NEGATIVES
    a = model.classify_texts(texts)
    b = model.classify_texts(texts)
    pd.testing.assert_frame_equal(a, b)
    one_by_one = np.vstack([model.predict_proba([t]) for t in texts])
    np.testing.assert_allclose(model.predict_proba(texts), one_by_one, rtol=1e-9, atol=1e-12)


def test_empty_batch(model: ModelClassifier) -> None:
    hits = model.classify_texts([])
    assert tuple(hits.columns) == TEXT_HIT_COLUMNS and hits.empty
    assert model.predict_proba([]).shape == (0, len(model.categories))


def test_corrupt_weights_are_refused(tmp_path: Path) -> None:
    card = artefact.default_path()
    data = json.loads(card.read_text(encoding="utf-8"))
    (tmp_path / card.name).write_text(json.dumps(data), encoding="utf-8")
    npz = card.with_name(data["weights_file"]).read_bytes()
    (tmp_path / data["weights_file"]).write_bytes(npz[:-10] + b"0123456789")
    from auditkit.errors import ConfigError

    with pytest.raises(ConfigError, match="weights"):
        ModelClassifier(tmp_path / card.name)


# -- the featuriser the model runs on -------------------------------------------------------------------------
def test_features_spans_and_batches() -> None:
    texts = ["Hello world", "", "中文 mixed 文本", "x"]
    occ = occurrences(texts, 16)
    assert list(occ.n_occ) == [int((occ.text == i).sum()) for i in range(len(texts))]
    for r in range(len(occ.text)):
        t = int(occ.text[r])
        s, e = span_text(texts[t], int(occ.pos[r] - occ.offsets[t]), int(occ.end[r] - occ.offsets[t]))
        assert 0 <= s < e <= len(texts[t])
    # a text's buckets do not depend on its neighbours in the batch
    alone = occurrences(["中文 mixed 文本"], 16)
    assert sorted(alone.bucket.tolist()) == sorted(occ.bucket[occ.text == 2].tolist())


def test_features_case_and_width_folding() -> None:
    a = occurrences(["ＨＥＬＬＯ Wörld"], 18)
    b = occurrences(["hello wörld"], 18)
    assert sorted(a.bucket.tolist()) == sorted(b.bucket.tolist())


# -- windows: long texts are scored like the short rows the model was trained on ------------------------------
LONG_BENIGN = (
    "You are the support assistant of a phone shop. Be friendly and brief. "
    "[user] My new phone arrived yesterday but the charger is missing from the box. "
    "[assistant] Sorry about that! I've sent a replacement charger; it should arrive within three days. "
    "[user] Thanks. Can I also change the delivery address for my second order? "
    "[assistant] Of course, please tell me the new address and I'll update it before it ships. "
)


def test_window_is_in_the_card_and_short_texts_score_as_whole_texts(model: ModelClassifier) -> None:
    from auditkit.classify.model.scoring import from_arrays

    spec = model.artefact.card["feature_spec"]
    assert spec["window"] >= 100
    whole = from_arrays(model.artefact.arrays, spec["bits"], spec["kinds"], 0)
    texts = [t for t, _ in POSITIVES] + NEGATIVES + ["x" * spec["window"]]
    np.testing.assert_allclose(model._lm.raw_texts(texts), whole.raw_texts(texts), rtol=1e-12, atol=1e-12)


def test_long_text_scores_are_the_max_over_windows_and_find_an_embedded_violation(model: ModelClassifier) -> None:
    text, category = POSITIVES[3]  # survives the benign text sharing its window (not all do: see the card)
    long_text = LONG_BENIGN * 6 + text + " " + LONG_BENIGN * 6
    assert len(long_text) > 5 * model.artefact.card["feature_spec"]["window"]
    assert model.classify_texts([LONG_BENIGN * 12]).empty
    hits = model.classify_texts([long_text, LONG_BENIGN * 12, text])
    mine = hits[(hits["text_index"] == 0) & (hits["category"] == category)]
    assert len(mine) == 1
    at = long_text.index(text)
    ev = json.loads(mine["evidence"].iloc[0])
    for f in ev["features"]:  # the evidence comes from the window holding the violation, offsets in the text
        assert long_text[f["start"]:f["end"]] == f["ngram"]
        assert at - model.artefact.card["feature_spec"]["window"] <= f["start"] < at + len(text) + 300
    assert set(hits["text_index"]) >= {0, 2} and 1 not in set(hits["text_index"])
    # the same score as the text alone, give or take its neighbours in the window
    p_long = model.predict_proba([long_text])[0, model.categories.index(category)]
    assert p_long >= model.thresholds[model.categories.index(category)]


def test_evidence_is_the_same_in_any_batch(model: ModelClassifier) -> None:
    text = LONG_BENIGN * 3 + POSITIVES[1][0] + LONG_BENIGN
    alone = model.classify_texts([text])
    batched = model.classify_texts(NEGATIVES + [text] + [t for t, _ in POSITIVES])
    batched = batched[batched["text_index"] == len(NEGATIVES)].reset_index(drop=True)
    assert list(alone["evidence"]) == list(batched["evidence"])
    assert list(alone["category"]) == list(batched["category"])
