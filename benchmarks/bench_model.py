"""Texts per second of the ``model`` classifier on one core, for ~1.5 KB English and Chinese texts.

    python benchmarks/bench_model.py [--n 4000] [--batch 1000] [--card PATH] [--no-reference]

Texts are built from a fixed vocabulary with a fixed seed (no data files needed): English ~1,500
characters (~1.5 KB), Chinese ~500 characters (~1.5 KB in UTF-8) and ~1,500 characters (~4.5 KB).
The vocabulary is everyday business text, so hits are rare, as in real traffic.
``predict_proba`` is the scoring alone; ``classify_texts`` adds hit rows and evidence (tens of
microseconds per hit, so a batch where every text is flagged is several times slower). BLAS threads are
limited to one (the model does no BLAS work, but NumPy should not spread across cores either), and the
process is pinned to one CPU where the OS allows.

Both inference paths are timed in the same run (timings on a shared machine are noisy, so compare within a
run): the compiled kernel (``predict_proba``, ``classify_texts``) and the NumPy reference path
(``predict_proba_reference``, ``classify_texts_reference``; ``--no-reference`` skips it). The first call's
time is printed apart: it compiles the kernel, or loads it from numba's on-disk cache.
"""

from __future__ import annotations

import argparse
import os
import random
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

EN_WORDS = ("the customer asked about the refund policy and our support team replied within two days with a "
            "summary of the order status while the engineer reviewed the python code for the data pipeline "
            "and suggested a faster query please translate this paragraph into french and keep the tone "
            "friendly we should schedule the meeting for thursday afternoon to discuss the marketing plan "
            "budget hiring report deadline password account email invoice").split()
ZH_CHARS = ("客户询问退款政策我们的客服团队在两天内回复了订单状态工程师检查了数据处理代码并建议更快的查询请把这段话翻译成"
            "英文保持友好的语气我们应该安排周四下午开会讨论市场计划预算招聘报告截止日期账户密码邮件发票")


def make_texts(lang: str, n: int, chars: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        if lang == "en":
            words: list[str] = []
            size = 0
            while size < chars:
                w = rnd.choice(EN_WORDS)
                words.append(w)
                size += len(w) + 1
            out.append(" ".join(words)[:chars])
        else:
            s = "".join(rnd.choice(ZH_CHARS) + ("，" if rnd.random() < 0.08 else "") for _ in range(chars))
            out.append(s[:chars])
    return out


def bench(fn, texts: list[str], batch: int, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for i in range(0, len(texts), batch):
            fn(texts[i:i + batch])
        best = min(best, time.perf_counter() - t)
    return len(texts) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--card", default=None)
    ap.add_argument("--no-reference", action="store_true", help="skip the NumPy reference path")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):  # not Linux
        pass
    t = time.perf_counter()
    from auditkit.classify.model import ModelClassifier

    model = ModelClassifier(args.card)
    print(f"model {model.version}: import+load {time.perf_counter() - t:.3f} s")
    t = time.perf_counter()
    model.predict_proba(["warm up"])
    print(f"first call (kernel compiled or loaded from cache): {time.perf_counter() - t:.3f} s")
    paths = [("kernel", model.predict_proba, model.classify_texts)]
    if not args.no_reference:
        paths.append(("numpy ", model.predict_proba_reference, model.classify_texts_reference))
    for lang, chars in (("en", 1500), ("zh", 500), ("zh", 1500)):
        texts = make_texts(lang, args.n, chars)
        kb = sum(len(x.encode()) for x in texts) / len(texts) / 1024
        for name, proba, classify in paths:
            p = bench(proba, texts, args.batch)
            c = bench(classify, texts, args.batch)
            print(f"{lang} {chars:5d} chars ({kb:.1f} KB) {name}: predict_proba {p:8.0f} texts/s "
                  f"({1e6 / p:5.1f} us/text)  classify_texts {c:8.0f} texts/s ({1e6 / c:5.1f} us/text)")


if __name__ == "__main__":
    main()
