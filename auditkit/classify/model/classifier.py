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
from auditkit.classify.model.features import KINDS, OTHER
from auditkit.classify.model.scoring import LinearModel, Scored, from_arrays, sigmoid

__all__ = ["ModelClassifier", "load"]

#: how many features the evidence of one hit lists
EVIDENCE_FEATURES = 5


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[artefact.Artefact, LinearModel]:
    art = artefact.read(path)
    spec = art.card["feature_spec"]
    lm = from_arrays(art.arrays, int(spec["bits"]), spec["kinds"], int(spec.get("window", 0)))
    return art, lm


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
        self.artefact, self._lm = _load(str(path.resolve()))
        a = self.artefact.arrays
        self.version = self.artefact.version
        self.categories: tuple[str, ...] = tuple(self.artefact.card["categories"])
        self.thresholds = a["thresholds"].astype(np.float64)
        self._a = a["platt_a"].astype(np.float64)
        self._b = a["platt_b"].astype(np.float64)
        # a score can reach its threshold only if a * raw + b reaches the threshold's logit; a margin of 1e-6
        # (sigmoid moves by at most 2.5e-7 over it, far above float64 rounding) keeps this a safe pre-filter,
        # so the sigmoid runs only on the candidate texts (thresholds at 0 or 1 make every text a candidate)
        t = self.thresholds
        with np.errstate(divide="ignore"):
            logit = np.log(t) - np.log1p(-t)
        self._z_min = np.where((t > 1e-9) & (t < 1 - 1e-9), logit - 1e-6, -np.inf)

    @property
    def path(self) -> str:
        """Where the model card was read from."""
        return self.artefact.path

    # -- scores ------------------------------------------------------------------------------------------
    def _prob(self, raw: np.ndarray) -> np.ndarray:
        return sigmoid(self._a * raw + self._b)

    def predict_proba(self, texts: Sequence[str | None]) -> np.ndarray:
        """Calibrated probabilities, ``len(texts) x len(self.categories)`` (columns in card order)."""
        return self._prob(self._lm.raw_fast([t or "" for t in texts]))

    def predict_proba_reference(self, texts: Sequence[str | None]) -> np.ndarray:
        """:meth:`predict_proba` with the NumPy path only (the reference the kernel is tested against)."""
        return self._prob(self._lm.raw_texts([t or "" for t in texts]))

    # -- hits ---------------------------------------------------------------------------------------------
    def classify_texts(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """One row per (text, category) whose score reaches the category's threshold.

        The scores of every text come from the compiled kernel (:meth:`LinearModel.raw_fast`); only the texts
        with a hit go through the NumPy path again, which keeps the occurrences their evidence is built from
        (hits are rare, so this costs little).
        """
        texts = [t or "" for t in texts]
        z = self._a * self._lm.raw_fast(texts) + self._b
        cand = np.flatnonzero((z >= self._z_min).any(axis=1))
        prob = sigmoid(z[cand])  # what _prob gives for these rows, bit for bit
        hit = (prob >= self.thresholds).any(axis=1)
        hit_texts, prob = cand[hit], prob[hit]
        if not len(hit_texts):
            return empty_text_hits()
        sub = [texts[i] for i in hit_texts.tolist()]
        rows: list[dict] = []
        for start, occ in self._lm.iter_batches(sub):
            sc = self._lm.score(occ)
            index = hit_texts[start:start + len(occ.n_occ)]
            p = prob[start:start + len(occ.n_occ)]
            ti, cj = np.nonzero(p >= self.thresholds)
            if len(ti):
                rows.extend(self._hits(texts, index, sc, p, ti, cj))
        return coerce_hits(pd.DataFrame(rows))

    def classify_texts_reference(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """:meth:`classify_texts` with the NumPy path only (the reference the kernel is tested against)."""
        texts = [t or "" for t in texts]
        rows: list[dict] = []
        for start, occ in self._lm.iter_batches(texts):
            sc = self._lm.score(occ)
            prob = self._prob(sc.raw)
            ti, cj = np.nonzero(prob >= self.thresholds)
            if len(ti):
                rows.extend(self._hits(texts, np.arange(start, start + len(occ.n_occ)), sc, prob, ti, cj))
        if not rows:
            return empty_text_hits()
        return coerce_hits(pd.DataFrame(rows))

    def _hits(self, texts: Sequence[str], index: np.ndarray, sc: Scored, prob: np.ndarray, ti: np.ndarray,
              cj: np.ndarray) -> list[dict]:
        """Hit rows of one scored sub-batch: ``index`` maps its rows to positions in ``texts``; ``prob`` holds
        its rows' scores."""
        feats = self._evidence(sc, ti, cj)
        out = []
        thr = self.thresholds
        index = index.tolist()
        for h, (i, j) in enumerate(zip(ti.tolist(), cj.tolist(), strict=True)):
            text = texts[index[i]]
            shown: list[dict] = []
            seen: set[str] = set()
            for s, e, kind, count, contrib, weight in feats[h]:
                ngram = text[s:e]
                if not ngram or ngram.lower() in seen:  # a short word is also its own padded 4-gram
                    continue
                seen.add(ngram.lower())
                shown.append({"ngram": ngram, "kind": KINDS[kind], "start": s, "end": e, "count": count,
                              "contribution": round(contrib, 4), "weight": round(weight, 4)})
                if len(shown) == EVIDENCE_FEATURES:
                    break
            span = (shown[0]["start"], shown[0]["end"]) if shown else (None, None)
            evidence = {"threshold": round(float(thr[j]), 4), "features": shown, "model": self.version}
            out.append({"text_index": index[i], "category": self.categories[j], "score": float(prob[i, j]),
                        "start": span[0], "end": span[1], "rule_id": f"model:{self.categories[j]}",
                        "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True)})
        return out

    def _evidence(self, sc: Scored, ti: np.ndarray, cj: np.ndarray) -> list[list[tuple]]:
        """For every hit (text ``ti[h]``, category ``cj[h]``), the n-grams of its best window with the largest
        positive contributions, strongest first: ``(start, end, kind, count, contribution, weight)``.

        Vectorised over all hits of the sub-batch: each hit claims the (block, category) cells of its
        window; the kept occurrences' weight entries are matched to the hits through that map, summed per
        (hit, feature) after one sort, and ranked per hit after a second one.
        """
        H, C = len(ti), self._lm.n_categories
        occ = sc.occ
        win = sc.window[ti, cj]
        b1 = sc.win_block[win]
        two = sc.win_two[win]
        hitmap = np.full((sc.n_blocks + 1) * C, -1, dtype=np.int64)
        hid = np.arange(H, dtype=np.int64)
        hitmap[b1 * C + cj] = hid
        hitmap[(b1[two] + 1) * C + cj[two]] = hid[two]
        hs, fs, rs, vs = [], [], [], []
        for ix, c, v in sc.entries:
            h = hitmap[sc.block[ix] * C + c]
            sel = np.flatnonzero((h >= 0) & (v > 0))
            hs.append(h[sel])
            fs.append(sc.fid[ix[sel]].astype(np.int64))
            rs.append(sc.rows[ix[sel]])
            vs.append(v[sel])
        hit, fid, row, val = (np.concatenate(x) for x in (hs, fs, rs, vs))
        out: list[list[tuple]] = [[] for _ in range(H)]
        if not len(hit):
            return out
        key = hit * len(self._lm.buckets) + fid
        order = np.argsort(key, kind="stable")  # stable: the first occurrence of a feature comes first
        key, row, val = key[order], row[order], val[order]
        first = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
        total = np.add.reduceat(val, first)
        count = np.diff(np.append(first, len(key)))
        ghit = hit[order][first]
        total = total / np.sqrt(np.maximum(sc.win_count[win[ghit]], 1))
        rank_order = np.lexsort((-total, ghit))
        ghit_sorted = ghit[rank_order]
        rank = np.arange(len(rank_order)) - np.searchsorted(ghit_sorted, ghit_sorted, side="left")
        keep = rank_order[rank < EVIDENCE_FEATURES + 3]  # spares for n-grams shown twice
        r = row[first][keep]
        pos, end = occ.pos[r], occ.end[r]
        pos = pos + (occ.cls[pos] == OTHER)  # a 4-gram's boundary marks are not part of the evidence
        end = end - (occ.cls[end - 1] == OTHER)
        base = occ.offsets[occ.text[r]]
        cols = zip(ghit[keep].tolist(), (pos - base).tolist(), (end - base).tolist(), occ.kind[r].tolist(),
                   count[keep].tolist(), total[keep].tolist(), val[first][keep].tolist(), strict=True)
        for h, s, e, k, n, t, w in cols:
            out[h].append((s, e, k, n, t, w))
        return out
