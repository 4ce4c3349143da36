"""Train the ``model`` classifier: ``python -m auditkit.classify.train --eval-dir ../shared/eval``.

Reads the dev split of the public evaluation sets and the team's own examples (``auditkit/data/train``),
featurises them with the same NumPy code the classifier runs (:mod:`auditkit.classify.model.features`),
fits one L2-regularised logistic regression per category (one-vs-rest, sklearn's liblinear), and writes
``policy-model-<version>.npz`` and its ``.json`` card.

Texts longer than ``window`` characters are scored as the maximum over half-overlapping windows of that
length, in cross-validation as in the classifier (:mod:`auditkit.classify.model.scoring`).

Honest dev figures: k-fold cross-validation inside dev, folds by *group* (template siblings and
translations share a fold). Each fold's model is pruned and quantised exactly like the shipped one, and its
out-of-fold scores are used (1) to fit a Platt calibration per category, (2) to choose the thresholds
jointly (each category starts at its best F-beta; while the union of categories flags more than
``union_fpr_target`` of the benign rows of an FPR source, the category that loses least per false positive
removed gives way: :func:`allocate_thresholds`) and (3) for the figures in the card (public dev rows only).
The shipped model is then trained on all rows.

Deterministic: fixed seed, fixed row order, single-threaded BLAS, fixed zip timestamps; rerunning gives a
byte-identical artefact (``tests/classify/test_train.py`` checks it). Needs the ``train`` extra
(scikit-learn, scipy); inference needs neither.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from auditkit.classify.model import artefact
from auditkit.classify.model.dataset import (
    AUTHORED_SOURCE,
    Row,
    fold_of,
    group_keys,
    label_weights,
    read_rows,
)
from auditkit.classify.model.features import KINDS, SPEC_VERSION, occurrences
from auditkit.classify.model.scoring import from_arrays, sigmoid
from auditkit.errors import MissingDependencyError

log = logging.getLogger("auditkit")

__all__ = ["TrainConfig", "train", "main", "FPR_SOURCES"]

#: benign rows of these sources are the false-positive sets of the project's targets
FPR_SOURCES = ("xstest", "hatecheck", "mhc_mandarin", "cold", "jade_safe_answers")
MODEL_FAMILY = "policy-model"


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides the artefact (recorded in the card)."""

    seed: int = 20230317
    bits: int = 20
    kinds: tuple[str, ...] = ("w1", "w2", "l4", "c1", "c2")
    C: float = 4.0
    folds: int = 5
    max_per_category: int = 50_000
    max_df: float = 1.0
    max_categories_per_feature: int = 4
    pos_weight_power: float = 0.5
    #: loss weight of benign rows (every category is a negative for them)
    benign_weight: float = 1.0
    #: the union of all categories must flag at most this share of the benign rows of every FPR source
    #: (:data:`FPR_SOURCES`); thresholds are allocated jointly under it (:func:`allocate_thresholds`)
    union_fpr_target: float = 0.045
    #: and at most this share of the team's own benign rows (everyday traffic, hard negatives)
    everyday_fpr_target: float = 0.02
    #: thresholds start at each category's best F-beta (recall weighted beta times precision)
    fbeta: float = 2.0
    category_weight: float = 1.0
    #: weight of the binary any-violation F1 on openai_moderation in the allocation
    binary_weight: float = 3.0
    threshold_steps: int = 200
    min_threshold: float = 0.2
    #: the lowest threshold of a category with fewer than 20 public dev positives
    min_threshold_authored: float = 0.5
    quantise_levels: int = 127
    #: quantised weights smaller than this (in absolute value) are dropped: fewer weights per occurrence
    min_quantised: int = 4
    #: scoring window in characters: a longer text scores the max over half-overlapping windows of this
    #: length (:mod:`auditkit.classify.model.scoring`); cross-validation scores the same way
    window: int = 300
    model_version: str = "3"
    categories: tuple[str, ...] = field(default_factory=tuple)


def _sklearn() -> Any:
    try:
        import scipy.sparse  # noqa: F401
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError("scikit-learn", "train") from exc
    return LogisticRegression


# -- features ----------------------------------------------------------------------------------------------------
def featurise(texts: Sequence[str], cfg: TrainConfig) -> Any:
    """CSR matrix (texts x 2**bits) of occurrence counts / sqrt(occurrences per text)."""
    import scipy.sparse as sp

    blocks = []
    for i in range(0, len(texts), 512):
        occ = occurrences(texts[i:i + 512], cfg.bits, cfg.kinds)
        val = 1.0 / np.sqrt(np.maximum(occ.n_occ, 1))[occ.text]
        m = sp.csr_matrix((val, (occ.text, occ.bucket)), shape=(len(occ.n_occ), 1 << cfg.bits))
        m.sum_duplicates()
        blocks.append(m)
    X = sp.vstack(blocks, format="csr")
    X.sort_indices()
    return X


# -- fitting -----------------------------------------------------------------------------------------------------
def _fit(X: Any, Y: np.ndarray, M: np.ndarray, cfg: TrainConfig) -> dict[str, np.ndarray]:
    """One-vs-rest fit on the columns X uses; returns the sparse, quantised model arrays."""
    df = np.diff(X.tocsc().indptr)
    # features in more than max_df of the rows ("the", "ing", "的") are dropped: they carry little signal
    # and would cost a weight lookup per category at almost every position of every text
    active = np.flatnonzero((df > 0) & (df <= cfg.max_df * X.shape[0]))
    Xa = X[:, active]
    W, b = _fit_columns(Xa, Y, M, cfg, None)
    # refit each category on its kept features only, so the weights adapt to the sparsity
    W, b = _fit_columns(Xa, Y, M, cfg, _support(W, cfg))
    return _sparsify(active, W, b, cfg)


def _fit_columns(Xa: Any, Y: np.ndarray, M: np.ndarray, cfg: TrainConfig,
                 support: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    LogisticRegression = _sklearn()
    C = Y.shape[1]
    W = np.zeros((Xa.shape[1], C), dtype=np.float64)
    b = np.zeros(C, dtype=np.float64)
    for j in range(C):
        lab = M[:, j] > 0
        y = Y[lab, j]
        if y.sum() == 0 or y.sum() == len(y):
            b[j] = -8.0
            continue
        w = M[lab, j].copy()
        pos, neg = w[y == 1].sum(), w[y == 0].sum()
        w[y == 1] *= max(1.0, neg / pos) ** cfg.pos_weight_power
        cols = np.arange(Xa.shape[1]) if support is None else np.flatnonzero(support[:, j])
        clf = LogisticRegression(C=cfg.C, solver="liblinear", dual=True, max_iter=1000, random_state=cfg.seed,
                                 tol=1e-4)
        clf.fit(Xa[lab][:, cols], y, sample_weight=w)
        W[cols, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
    return W, b


def _support(W: np.ndarray, cfg: TrainConfig) -> np.ndarray:
    """Each category's ``max_per_category`` largest weights, and at most ``max_categories_per_feature``
    categories per feature (its largest weights): scoring then touches a few numbers per occurrence."""
    keep = np.zeros(W.shape, dtype=bool)
    for j in range(W.shape[1]):
        top = np.argsort(-np.abs(W[:, j]), kind="stable")[: cfg.max_per_category]
        keep[top, j] = True
    rank = np.argsort(np.argsort(-np.abs(W), axis=1, kind="stable"), axis=1, kind="stable")
    return keep & (rank < cfg.max_categories_per_feature) & (W != 0)


def _sparsify(active: np.ndarray, W: np.ndarray, b: np.ndarray, cfg: TrainConfig) -> dict[str, np.ndarray]:
    """Quantise the (already sparse) weights to int8 per category and store them feature by feature (the
    artefact's sparse layout)."""
    C = W.shape[1]
    keep = W != 0
    scales = np.abs(np.where(keep, W, 0.0)).max(axis=0) / cfg.quantise_levels
    scales[scales == 0] = 1.0
    q = np.clip(np.round(W / scales), -cfg.quantise_levels, cfg.quantise_levels)
    keep &= np.abs(q) >= max(cfg.min_quantised, 1)
    feats = np.flatnonzero(keep.any(axis=1))
    r, c = np.nonzero(keep[feats])  # row-major: feature by feature, categories ascending
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=len(feats)), out=indptr[1:])
    return {"buckets": active[feats].astype(np.int32), "indptr": indptr.astype(np.int32),
            "cats": c.astype(np.uint8), "weights": q[feats][r, c].astype(np.int8),
            "scales": scales.astype(np.float32), "bias": b.astype(np.float32)}


def _raw_texts(texts: Sequence[str], m: dict[str, np.ndarray], cfg: TrainConfig) -> np.ndarray:
    """Raw scores of texts under a sparse model, computed by the classifier's own scoring (windows included)."""
    return from_arrays(m, cfg.bits, cfg.kinds, cfg.window).raw_texts(texts)


def _raw(X: Any, m: dict[str, np.ndarray]) -> np.ndarray:
    """Raw scores of the rows of X (whole rows, no windows) under a sparse model."""
    K, C = len(m["buckets"]), len(m["scales"])
    W = np.zeros((K, C), dtype=np.float64)
    rows = np.repeat(np.arange(K), np.diff(m["indptr"]))
    cats = m["cats"].astype(np.int64)
    W[rows, cats] = (m["weights"].astype(np.float32) * m["scales"][cats]).astype(np.float64)
    return np.asarray(X[:, m["buckets"]] @ W) + m["bias"].astype(np.float64)


# -- calibration and thresholds --------------------------------------------------------------------------------
def _platt(raw: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """Fit p = sigmoid(a * raw + b) by weighted Newton iterations (deterministic, no sklearn)."""
    a, b = 1.0, 0.0
    x = raw
    for _ in range(100):
        p = sigmoid(a * x + b)
        g = w * (p - y)
        ga, gb = float((g * x).sum()), float(g.sum())
        h = w * p * (1 - p) + 1e-9
        haa, hab, hbb = float((h * x * x).sum()) + 1e-6, float((h * x).sum()), float(h.sum()) + 1e-6
        det = haa * hbb - hab * hab
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-9:
            break
    return float(a), float(b)


# -- the whole run ----------------------------------------------------------------------------------------------
def _data_hashes(rows: Sequence[Row]) -> dict[str, Any]:
    by: dict[str, Any] = defaultdict(hashlib.sha256)
    count: dict[str, int] = defaultdict(int)
    for r in rows:
        key = f"{r.origin}:{r.source}"
        by[key].update(json.dumps([r.id, r.text, list(r.categories)], ensure_ascii=False).encode() + b"\n")
        count[key] += 1
    return {k: {"rows": count[k], "sha256": by[k].hexdigest()} for k in sorted(by)}


def _card_floats(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, 4)
    if isinstance(x, dict):
        return {k: _card_floats(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_card_floats(v) for v in x]
    return x


def fit_weights(rows: Sequence[Row], M: np.ndarray, cfg: TrainConfig) -> np.ndarray:
    """Loss weights for fitting: benign (``[]``) rows count ``benign_weight`` times (hard negatives)."""
    benign = np.array([not r.categories for r in rows])
    return M * np.where(benign, cfg.benign_weight, 1.0)[:, None]


def crossval(rows: Sequence[Row], X: Any, cfg: TrainConfig) -> dict[str, np.ndarray]:
    """Out-of-fold raw scores, labels, weights and folds."""
    Y, M = label_weights(rows, cfg.categories)
    folds = fold_of(group_keys(rows), cfg.folds, cfg.seed)
    oof = np.zeros(Y.shape, dtype=np.float64)
    Mf = fit_weights(rows, M, cfg)
    texts = [r.text for r in rows]
    for f in range(cfg.folds):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        oof[te] = _raw_texts([texts[i] for i in te], _fit(X[tr], Y[tr], Mf[tr], cfg), cfg)
        log.info("fold %d/%d done", f + 1, cfg.folds)
    return {"raw": oof, "Y": Y, "M": M, "folds": folds}


def calibrate(rows: Sequence[Row], cv: dict[str, np.ndarray], cfg: TrainConfig) -> dict[str, np.ndarray]:
    """Platt parameters, calibrated out-of-fold probabilities and thresholds per category.

    Thresholds are chosen jointly (:func:`allocate_thresholds`): each category starts at its best
    F-beta threshold; while the union of all categories flags more than ``union_fpr_target`` of the benign
    rows of some FPR source, the category that loses the least (its F-beta and the binary any-violation F1
    on ``openai_moderation``) per false positive removed there raises its threshold one step. The shared
    false-positive budget is thus spent where it buys the most recall.
    """
    raw, Y, M = cv["raw"], cv["Y"], cv["M"]
    C = len(cfg.categories)
    a, b = np.ones(C), np.zeros(C)
    prob = np.zeros_like(raw)
    for j in range(C):
        lab = M[:, j] > 0
        if Y[lab, j].sum():
            a[j], b[j] = _platt(raw[lab, j], Y[lab, j].astype(np.float64), M[lab, j])
        prob[:, j] = sigmoid(a[j] * raw[:, j] + b[j])
    thr = allocate_thresholds(rows, prob, Y, M, cfg)
    return {"platt_a": a, "platt_b": b, "thresholds": thr, "prob": prob}


def allocate_thresholds(rows: Sequence[Row], prob: np.ndarray, Y: np.ndarray, M: np.ndarray,
                        cfg: TrainConfig) -> np.ndarray:
    """Per-category thresholds under one shared false-positive budget (see :func:`calibrate`)."""
    n, C = prob.shape
    src = np.array([r.source for r in rows])
    benign = np.array([not r.categories for r in rows])
    fpr_sets = [np.flatnonzero(benign & (src == s)) for s in FPR_SOURCES]
    targets = [cfg.union_fpr_target] * len(fpr_sets)
    # the team's everyday and hard-negative rows stand for ordinary traffic: a tighter budget there
    fpr_sets.append(np.flatnonzero(benign & (src == AUTHORED_SOURCE)))
    targets.append(cfg.everyday_fpr_target)
    keep = [i for i, ix in enumerate(fpr_sets) if len(ix)]
    fpr_sets, target = [fpr_sets[i] for i in keep], np.array([targets[i] for i in keep])
    mod = np.flatnonzero((src == "openai_moderation") & np.array([r.origin == "eval" for r in rows]))
    ymod = np.array([bool(rows[i].categories) for i in mod])
    beta2 = cfg.fbeta ** 2
    ev = np.array([r.origin == "eval" for r in rows])
    grids, obj = [], []
    for j in range(C):
        lab = M[:, j] > 0
        # categories known almost only from the team's own rows: their out-of-fold scores are optimistic
        floor = cfg.min_threshold if ((Y[:, j] == 1) & ev).sum() >= 20 else cfg.min_threshold_authored
        pos = np.sort(prob[lab & (Y[:, j] == 1), j])
        labp = np.sort(prob[lab, j])
        if not len(pos):
            grids.append(np.array([1.01]))
            obj.append(np.zeros(1))
            continue
        g = np.unique(np.round(np.quantile(pos, np.linspace(0.0, 1.0, cfg.threshold_steps + 1)), 4))
        g = np.concatenate([g[g >= floor], [1.01]])
        tp = len(pos) - np.searchsorted(pos, g, side="left")
        npred = len(labp) - np.searchsorted(labp, g, side="left")
        fb = (1 + beta2) * tp / np.maximum(npred + beta2 * len(pos), 1)
        grids.append(g)
        obj.append(fb * cfg.category_weight)
    # start: each category at its best F-beta threshold (the lowest among equal bests)
    k = np.array([int(np.argmax(o)) for o in obj])
    thr = np.array([grids[j][k[j]] for j in range(C)])

    def binary_f1(flag: np.ndarray) -> float:
        tp = int((flag & ymod).sum())
        return 2 * tp / max(int(ymod.sum() + flag.sum()), 1)

    for _ in range(100_000):
        hit = [prob[ix] >= thr for ix in fpr_sets]
        over = np.array([h.any(axis=1).mean() for h in hit]) / target
        worst = int(np.argmax(over))
        if over[worst] <= 1.0:
            break
        h, p = hit[worst], prob[fpr_sets[worst]]
        alone = h.sum(axis=1) == 1  # rows only one category flags: raising that one removes them
        mhit = prob[mod] >= thr
        f1_now = binary_f1(mhit.any(axis=1))
        best, best_cost, best_step = -1, np.inf, 0
        for j in range(C):
            if not h[:, j].any():
                continue
            # the next step up that un-flags at least one of these rows
            step = int(np.searchsorted(grids[j], p[h[:, j], j].min(), side="right"))
            nxt = grids[j][step]
            fired = h[:, j] & (p[:, j] < nxt)
            removed = int((alone & fired).sum())
            mh = mhit.copy()
            mh[:, j] = prob[mod, j] >= nxt
            loss = obj[j][k[j]] - obj[j][step] + cfg.binary_weight * (f1_now - binary_f1(mh.any(axis=1)))
            cost = max(loss, 0.0) / (removed + 0.1 * int(fired.sum()))
            if cost < best_cost:
                best, best_cost, best_step = j, cost, step
        if best < 0:
            break
        k[best] = best_step
        thr[best] = grids[best][best_step]
    return np.minimum(thr, 0.999)


def dev_figures(rows: Sequence[Row], prob: np.ndarray, thr: np.ndarray, cfg: TrainConfig,
                also: np.ndarray | None = None) -> dict[str, Any]:
    """Cross-validated dev figures: per category P/R/F1, benign FPR per source, binary F1, EN/ZH recall.

    Counted on the public dev rows only (the team's own rows are training data, not evidence of quality).
    ``also`` (rows x categories, bool) is OR-ed into the predictions: the rules' hits, for the figures of the
    combined system.
    """
    pred = prob >= thr
    if also is not None:
        pred = pred | also
    ev = np.array([r.origin == "eval" for r in rows])
    rows = [r for r, e in zip(rows, ev, strict=True) if e]
    pred = pred[ev]
    cats = cfg.categories
    per: dict[str, Any] = {}
    rec_lang: dict[str, list[float]] = {"en": [], "zh": []}
    Y, M = label_weights(rows, cats)
    langs = np.array([r.lang for r in rows])
    for j, c in enumerate(cats):
        pos = Y[:, j] == 1
        lab = M[:, j] > 0
        tp = int((pred[:, j] & pos).sum())
        fp = int((pred[:, j] & lab & ~pos).sum())
        entry = {"positives": int(pos.sum()), "recall": tp / pos.sum() if pos.sum() else None,
                 "precision": tp / (tp + fp) if tp + fp else None}
        if entry["recall"] is not None and entry["precision"]:
            entry["f1"] = 2 * entry["recall"] * entry["precision"] / (entry["recall"] + entry["precision"])
        for lang in ("en", "zh"):
            pl = pos & (langs == lang)
            if pl.sum():
                entry[f"recall_{lang}"] = float((pred[:, j] & pl).sum() / pl.sum())
                entry[f"positives_{lang}"] = int(pl.sum())
                if pl.sum() >= 20:
                    rec_lang[lang].append(entry[f"recall_{lang}"])
        entry["threshold"] = float(thr[j])
        per[c] = entry
    anyhit = pred.any(axis=1)
    src = np.array([r.source for r in rows])
    benign = np.array([not r.categories for r in rows])
    fpr = {s: float(anyhit[benign & (src == s)].mean()) for s in sorted(set(src[benign]))}
    mod = src == "openai_moderation"
    yb, pb = ~benign[mod], anyhit[mod]
    tp = int((yb & pb).sum())
    f1 = 2 * tp / (yb.sum() + pb.sum()) if tp else 0.0
    return {"per_category": per, "benign_fpr_by_source": fpr, "openai_moderation_binary_f1": f1,
            "macro_recall_en": float(np.mean(rec_lang["en"])), "macro_recall_zh": float(np.mean(rec_lang["zh"])),
            "macro_recall_note": "mean recall over categories with >= 20 dev positives in that language; "
                                 "public dev rows only (authored rows excluded)"}


def train(eval_dir: Path, out_dir: Path, cfg: TrainConfig | None = None,
          train_dir: Path | None = None) -> dict[str, Any]:
    """Run the whole training; write the artefact into ``out_dir``; return the card."""
    from threadpoolctl import threadpool_limits

    from auditkit import policy

    cfg = cfg or TrainConfig()
    if not cfg.categories:
        cfg = TrainConfig(**{**asdict(cfg), "categories": policy.load().category_ids})
    train_dir = train_dir or Path(__file__).resolve().parent.parent / "data" / "train"
    t0 = time.perf_counter()
    with threadpool_limits(limits=1):
        rows = read_rows(eval_dir, train_dir, cfg.categories)
        X = featurise([r.text for r in rows], cfg)
        cv = crossval(rows, X, cfg)
        cal = calibrate(rows, cv, cfg)
        figures = dev_figures(rows, cal["prob"], cal["thresholds"], cfg)
        Y, M = label_weights(rows, cfg.categories)
        model = _fit(X, Y, fit_weights(rows, M, cfg), cfg)
    buckets = model["buckets"]
    arrays = {**model, "platt_a": cal["platt_a"].astype(np.float32), "platt_b": cal["platt_b"].astype(np.float32),
              "thresholds": cal["thresholds"].astype(np.float32)}
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{MODEL_FAMILY}-{cfg.model_version}"
    sha = artefact.write_npz(out_dir / f"{stem}.npz", arrays)
    card = {
        "version": f"{cfg.model_version}+{sha[:10]}",
        "family": MODEL_FAMILY,
        "weights_file": f"{stem}.npz",
        "weights_sha256": sha,
        "categories": list(cfg.categories),
        "feature_spec": {"spec": SPEC_VERSION, "bits": cfg.bits, "kinds": list(cfg.kinds), "window": cfg.window,
                         "module": "auditkit.classify.model.features", "kept_features": int(len(buckets)),
                         "weights": int(len(model["weights"]))},
        "training": {k: v for k, v in asdict(cfg).items() if k != "categories"},
        "training_data": _data_hashes(rows),
        "thresholds": {c: float(t) for c, t in zip(cfg.categories, cal["thresholds"], strict=True)},
        "dev_cross_validated": figures,
        "command": "python -m auditkit.classify.train --eval-dir ../shared/eval --out auditkit/data/models/",
    }
    card = _card_floats(card)
    (out_dir / f"{stem}.json").write_text(json.dumps(card, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                                          encoding="utf-8")
    log.info("trained in %.1f s: %d rows, %d features", time.perf_counter() - t0, len(rows), len(buckets))
    return card


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m auditkit.classify.train", description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"), help="public labelled sets")
    ap.add_argument("--train-dir", type=Path, default=None, help="own examples (default: package data)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "models")
    ap.add_argument("--seed", type=int, default=TrainConfig.seed)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    card = train(args.eval_dir, args.out, TrainConfig(seed=args.seed), args.train_dir)
    d = card["dev_cross_validated"]
    print(f"wrote {args.out / card['weights_file']} version {card['version']}")
    print(f"dev (cross-validated): moderation binary F1 {d['openai_moderation_binary_f1']:.3f}, "
          f"macro recall en {d['macro_recall_en']:.3f} zh {d['macro_recall_zh']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
