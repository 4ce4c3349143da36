"""The ``model`` classifier: a hashed n-gram linear model per policy category, shipped as package data.

For each text and category it computes ``score = sigmoid(a * (x . w + bias) + b)`` (a calibrated
probability on the dev data) and reports a hit when the score reaches the category's threshold, chosen on
cross-validated dev scores (see :mod:`auditkit.classify.train`). The evidence of a hit lists the n-grams
of the text that pushed the score up most, with their weights, and ``start``/``end`` locate the strongest
one, so an auditor sees why the text was flagged.

CPU only, no network, no model hub: the weights are a ~1-2 MB ``.npz`` read from ``auditkit/data/models``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from auditkit.classify.base import Classifier, coerce_hits, empty_text_hits
from auditkit.classify.model import artefact
from auditkit.classify.model.features import KINDS, Occurrences, span_text
from auditkit.classify.model.scoring import LinearModel, sigmoid

__all__ = ["ModelClassifier", "load"]

#: how many features the evidence of one hit lists
EVIDENCE_FEATURES = 5


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[artefact.Artefact, LinearModel, np.ndarray]:
    art = artefact.read(path)
    a = art.arrays
    spec = art.card["feature_spec"]
    cats = a["cats"].astype(np.int64)
    values = (a["weights"].astype(np.float32) * a["scales"].astype(np.float32)[cats]).astype(np.float64)
    lm = LinearModel(int(spec["bits"]), tuple(spec["kinds"]), a["buckets"].astype(np.int64), a["indptr"], cats,
                     values, a["bias"].astype(np.float64))
    return art, lm, lm.dense()


def load(card_path: str | Path | None = None) -> ModelClassifier:
    """The classifier for a model card (default: the model shipped in package data)."""
    return ModelClassifier(card_path)


class ModelClassifier(Classifier):
    """Trained multilingual (English/Chinese) one-vs-rest classifier over the 28 policy categories.

    Args:
        card_path: a ``policy-model-*.json`` card; default: the shipped model.
    """

    name = "model"
    kind = "text"

    def __init__(self, card_path: str | Path | None = None) -> None:
        path = Path(card_path) if card_path is not None else artefact.default_path()
        self.artefact, self._lm, self._dense = _load(str(path.resolve()))
        a = self.artefact.arrays
        self.version = self.artefact.version
        self.categories: tuple[str, ...] = tuple(self.artefact.card["categories"])
        self.thresholds = a["thresholds"].astype(np.float64)
        self._a = a["platt_a"].astype(np.float64)
        self._b = a["platt_b"].astype(np.float64)

    @property
    def path(self) -> str:
        """Where the model card was read from."""
        return self.artefact.path

    # -- scores ------------------------------------------------------------------------------------------
    def _prob(self, raw: np.ndarray) -> np.ndarray:
        return sigmoid(self._a * raw + self._b)

    def predict_proba(self, texts: Sequence[str | None]) -> np.ndarray:
        """Calibrated probabilities, ``len(texts) x len(self.categories)`` (columns in card order)."""
        return self._prob(self._lm.raw_texts([t or "" for t in texts]))

    # -- hits --------------------------------------------------------------------------------------------
    def classify_texts(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """One row per (text, category) whose score reaches the category's threshold."""
        texts = [t or "" for t in texts]
        frames = []
        for start, occ in self._lm.batches(texts):
            n = len(occ.n_occ)
            prob = self._prob(self._lm.raw(occ, n))
            ti, cj = np.nonzero(prob >= self.thresholds)
            if len(ti):
                frames.append(self._hits(texts, start, occ, prob, ti, cj))
        if not frames:
            return empty_text_hits()
        return coerce_hits(pd.DataFrame([r for f in frames for r in f]))

    def _hits(self, texts: Sequence[str], start: int, occ: Occurrences, prob: np.ndarray,
              ti: np.ndarray, cj: np.ndarray) -> list[dict]:
        rows, tid, fid = self._lm.selected(occ)
        order = np.argsort(tid, kind="stable")
        bounds = np.searchsorted(tid[order], np.arange(len(occ.n_occ) + 1))
        out = []
        for i, j in zip(ti.tolist(), cj.tolist(), strict=True):
            mine = order[bounds[i]:bounds[i + 1]]
            text = texts[start + i]
            feats = self._evidence(text, occ, rows[mine], fid[mine], j, int(occ.n_occ[i]),
                                   int(occ.offsets[i]))
            span = (feats[0]["start"], feats[0]["end"]) if feats else (None, None)
            evidence = {"threshold": round(float(self.thresholds[j]), 4), "features": feats,
                        "model": self.version}
            out.append({"text_index": start + i, "category": self.categories[j], "score": float(prob[i, j]),
                        "start": span[0], "end": span[1],
                        "rule_id": f"model:{self.categories[j]}",
                        "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True)})
        return out

    def _evidence(self, text: str, occ: Occurrences, rows: np.ndarray, fid: np.ndarray, j: int,
                  n_occ: int, offset: int) -> list[dict]:
        """The n-grams of one text with the largest positive contributions to category ``j``."""
        if not len(rows):
            return []
        contrib = self._dense[fid, j] / np.sqrt(max(n_occ, 1))
        uniq, first, inverse = np.unique(fid, return_index=True, return_inverse=True)
        total = np.bincount(inverse, weights=contrib)
        count = np.bincount(inverse)
        feats: list[dict] = []
        seen: set[str] = set()
        for k in np.argsort(-total, kind="stable").tolist():
            if total[k] <= 0 or len(feats) == EVIDENCE_FEATURES:
                break
            r = int(rows[first[k]])
            s, e = span_text(text, int(occ.pos[r]) - offset, int(occ.end[r]) - offset)
            if text[s:e].lower() in seen:  # a short word is also its own padded 4-gram: show it once
                continue
            seen.add(text[s:e].lower())
            feats.append({"ngram": text[s:e], "kind": KINDS[int(occ.kind[r])], "start": s, "end": e,
                          "count": int(count[k]), "contribution": round(float(total[k]), 4),
                          "weight": round(float(self._dense[uniq[k], j]), 4)})
        return feats
