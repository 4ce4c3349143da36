"""Train the ``model`` classifier: ``python -m auditkit.classify.train --eval-dir ../shared/eval``.

Reads the dev split of the public evaluation sets and the team's own examples (``auditkit/data/train``),
featurises them with the same NumPy code the classifier runs (:mod:`auditkit.classify.model.features`),
fits one L2-regularised logistic regression per category (one-vs-rest, sklearn's liblinear), and writes
``policy-model-<version>.npz`` and its ``.json`` card.

Honest dev figures: k-fold cross-validation inside dev, folds by *group* (template siblings and
translations share a fold). Each fold's model is pruned and quantised exactly like the shipped one, and its
out-of-fold scores are used (1) to fit a Platt calibration per category, (2) to choose each category's
threshold (best F1 on its labelled rows, subject to a false-positive budget on benign rows) and (3) for
the figures in the card. The shipped model is then trained on all rows.

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
from auditkit.classify.model.dataset import Row, fold_of, group_keys, label_weights, read_rows
from auditkit.classify.model.features import KINDS, SPEC_VERSION, occurrences
from auditkit.classify.model.scoring import sigmoid
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
    max_per_category: int = 6_000
    max_df: float = 0.02
    max_categories_per_feature: int = 4
    pos_weight_power: float = 0.5
    #: per-category false-positive budget: the largest share of benign rows of any one FPR source
    #: (:data:`FPR_SOURCES`) a category alone may flag; categories not listed get ``benign_fpr_budget``
    benign_fpr_budget: float = 0.005
    fpr_budgets: tuple[tuple[str, float], ...] = (("hate", 0.03), ("harassment", 0.01), ("violence", 0.01),
                                                  ("illegal_activity", 0.01))
    #: the union of all categories must stay under this on every FPR source (budgets shrink until it does)
    union_fpr_target: float = 0.045
    min_threshold: float = 0.2
    quantise_levels: int = 127
    model_version: str = "1"
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
    keep &= q != 0
    feats = np.flatnonzero(keep.any(axis=1))
    r, c = np.nonzero(keep[feats])  # row-major: feature by feature, categories ascending
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=len(feats)), out=indptr[1:])
    return {"buckets": active[feats].astype(np.int32), "indptr": indptr.astype(np.int32),
            "cats": c.astype(np.uint8), "weights": q[feats][r, c].astype(np.int8),
            "scales": scales.astype(np.float32), "bias": b.astype(np.float32)}


def _raw(X: Any, m: dict[str, np.ndarray]) -> np.ndarray:
    """Raw scores of the rows of X under a sparse model (same arithmetic as the classifier)."""
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


def _threshold(p: np.ndarray, y: np.ndarray, benign_p: Sequence[np.ndarray], budget: float,
               cfg: TrainConfig) -> float:
    """Best-F1 threshold among those whose false-positive rate, averaged over the benign sets, is in budget.

    (The average over sets, each weighted equally, rather than the worst set: one false positive in a
    125-row set is 0.8%, more than most per-category budgets.)
    """
    cands = np.unique(np.round(np.concatenate([p[y == 1], [cfg.min_threshold, 0.5, 0.99]]), 4))
    cands = cands[cands >= cfg.min_threshold]
    sets = [np.sort(b) for b in benign_p if len(b)]
    fpr = np.mean([1.0 - np.searchsorted(b, cands, side="left") / len(b) for b in sets], axis=0) \
        if sets else np.zeros(len(cands))
    pos = np.sort(p[y == 1])
    allp = np.sort(p)
    tp = len(pos) - np.searchsorted(pos, cands, side="left")
    npred = len(allp) - np.searchsorted(allp, cands, side="left")
    f1 = np.where(tp > 0, 2.0 * tp / np.maximum(npred + len(pos), 1), 0.0)
    f1 = np.where(fpr <= budget, f1, -1.0)
    if f1.max() < 0:
        return 0.99
    return float(cands[int(np.argmax(f1))])  # the lowest threshold among equal bests


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


def crossval(rows: Sequence[Row], X: Any, cfg: TrainConfig) -> dict[str, np.ndarray]:
    """Out-of-fold raw scores, labels, weights and folds."""
    Y, M = label_weights(rows, cfg.categories)
    folds = fold_of(group_keys(rows), cfg.folds, cfg.seed)
    oof = np.zeros(Y.shape, dtype=np.float64)
    for f in range(cfg.folds):
        tr, te = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        oof[te] = _raw(X[te], _fit(X[tr], Y[tr], M[tr], cfg))
        log.info("fold %d/%d done", f + 1, cfg.folds)
    return {"raw": oof, "Y": Y, "M": M, "folds": folds}


def calibrate(rows: Sequence[Row], cv: dict[str, np.ndarray], cfg: TrainConfig) -> dict[str, np.ndarray]:
    """Platt parameters, calibrated out-of-fold probabilities and thresholds per category.

    Thresholds: best F1 per category within its false-positive budget on each FPR source; if the union of
    all categories then flags more than ``union_fpr_target`` of some FPR source, the budget of the category
    with the most false positives there shrinks by 20% and its threshold is chosen again, until it fits.
    """
    raw, Y, M = cv["raw"], cv["Y"], cv["M"]
    src = np.array([r.source for r in rows])
    benign = np.array([not r.categories for r in rows])
    fpr_sets = [np.flatnonzero(benign & (src == s)) for s in FPR_SOURCES]
    C = len(cfg.categories)
    a, b = np.ones(C), np.zeros(C)
    prob = np.zeros_like(raw)
    for j in range(C):
        lab = M[:, j] > 0
        if Y[lab, j].sum():
            a[j], b[j] = _platt(raw[lab, j], Y[lab, j].astype(np.float64), M[lab, j])
        prob[:, j] = sigmoid(a[j] * raw[:, j] + b[j])
    budgets = dict(cfg.fpr_budgets)
    scale = np.ones(C)
    thr = np.full(C, 0.99)
    todo = range(C)
    for _ in range(300):
        for j in todo:
            lab = M[:, j] > 0
            budget = budgets.get(cfg.categories[j], cfg.benign_fpr_budget) * scale[j]
            thr[j] = _threshold(prob[lab, j], Y[lab, j], [prob[ix, j] for ix in fpr_sets], budget, cfg)
        unions = [(prob[ix] >= thr).any(axis=1).mean() if len(ix) else 0.0 for ix in fpr_sets]
        worst = int(np.argmax(unions))
        if unions[worst] <= cfg.union_fpr_target:
            break
        fps = (prob[fpr_sets[worst]] >= thr).sum(axis=0)
        todo = [int(np.argmax(fps))]  # the category with the most false positives there gives way
        scale[todo] *= 0.8
    return {"platt_a": a, "platt_b": b, "thresholds": thr, "prob": prob}


def dev_figures(rows: Sequence[Row], prob: np.ndarray, thr: np.ndarray, cfg: TrainConfig) -> dict[str, Any]:
    """Cross-validated dev figures: per category P/R/F1, benign FPR per source, binary F1, EN/ZH recall."""
    pred = prob >= thr
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
            "macro_recall_note": "mean recall over categories with >= 20 dev positives in that language"}


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
        model = _fit(X, Y, M, cfg)
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
        "feature_spec": {"spec": SPEC_VERSION, "bits": cfg.bits, "kinds": list(cfg.kinds),
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
