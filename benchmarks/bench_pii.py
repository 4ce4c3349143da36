"""Speed of auditkit.pii on prompt-like texts: ``python benchmarks/bench_pii.py [--texts N] [--pii-rate R]``.

Generates N texts of about 1.5 KB (seeded): English and Chinese prose with the numbers real prompts carry
(years, amounts, times, version strings, code with ``::`` and ``@decorators``, order numbers), and plants
one identifier of a random type in a fraction R of them. Prints texts per CPU-second (one core) for the
prefilter alone, ``detect_many`` and ``redact_many``, the share of texts that reach the exact patterns,
and the detection count. CPU time, not wall time, so that other work on the machine does not skew it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

_EN_TEXT = (
    "please summarize the quarterly report and list the three main risks for the board. the revenue grew "
    "while costs stayed flat, but the churn rate in the enterprise segment needs attention. write a short "
    "email to the team explaining the new deployment schedule and ask them to confirm by friday. translate "
    "the following paragraph into formal english and keep the tone neutral."
)
EN = _EN_TEXT.split(" ")
ZH = (
    "请帮我总结这份季度报告并列出董事会需要关注的三个主要风险。收入增长的同时成本保持稳定，但是企业客户的流失率需要"
    "关注。请写一封简短的邮件向团队说明新的部署计划，并请他们在周五之前确认。把下面这段话翻译成正式的中文，语气保持中立。"
)
NOISE = (
    "in 2023 we sold 1,250 units",
    "价格为 3,999 元",
    "会议时间 14:30:00",
    "version 3.2.1",
    "v2.14.0",
    "def f(x): return x @ w",
    "std::vector<int> v;",
    "@property",
    "订单号 20240115103000123",
    "第3.2节",
    "timestamp 1705312200",
    "id: 550e8400-e29b-41d4-a716-446655440000",
    "rate = 0.0125",
    "用户ID 10086",
    "https://example.com/docs/page?id=42",
    "12.5%",
    "2024-01-15",
    "Q3 2024",
    "¥120,000",
    "$ 4.99",
)


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _cn_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = f"110105{birth}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def _plant(rng: random.Random) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return f"联系邮箱 user{rng.randint(1, 999)}@example.com"
    if kind == 1:
        return f"手机 1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"
    if kind == 2:
        return f"身份证号 {_cn_id(rng)}"
    if kind == 3:
        return f"card {_luhn_complete('4' + ''.join(rng.choice('0123456789') for _ in range(14)))}"
    if kind == 4:
        return f"client ip 203.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 5:
        return "OPENAI_API_KEY=sk-" + "".join(rng.choice("abcdefghijkABCDEFGH0123456789") for _ in range(48))
    if kind == 6:
        return f'password = "hunter{rng.randint(10, 99)}!"'
    return "IBAN GB82 WEST 1234 5698 7654 32"


def make_texts(n: int, pii_rate: float, seed: int = 7, size: int = 1500) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size:
            r = rng.random()
            if r < 0.45:
                piece = " ".join(rng.choice(EN) for _ in range(rng.randint(4, 12))) + ". "
            elif r < 0.9:
                start = rng.randrange(len(ZH) - 30)
                piece = ZH[start : start + rng.randint(10, 30)]
            else:
                piece = " " + rng.choice(NOISE) + " "
            parts.append(piece)
            length += len(piece)
        if rng.random() < pii_rate:
            parts.insert(rng.randrange(len(parts)), " " + _plant(rng) + " ")
        texts.append("".join(parts))
    return texts


def _cpu_seconds(repeats: int, fn) -> float:  # type: ignore[no-untyped-def]
    """Median CPU time of ``fn`` in this process: fair on a shared machine, where wall time is not."""
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=20_000)
    parser.add_argument("--pii-rate", type=float, default=0.02)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from auditkit.pii import default_detector, detect_many, redact_many

    texts = make_texts(args.texts, args.pii_rate)
    det = default_detector()
    det.detect(texts[0])  # compile / load the prefilter database outside the timing
    mean_len = statistics.mean(len(t) for t in texts)
    reach = sum(1 for t in texts if det._matcher.which(t)) / len(texts)  # noqa: SLF001 - a measurement
    t_prefilter = _cpu_seconds(args.repeats, lambda: [det._matcher.which(t) for t in texts])  # noqa: SLF001
    t_detect = _cpu_seconds(args.repeats, lambda: detect_many(texts))
    t_redact = _cpu_seconds(args.repeats, lambda: redact_many(texts))
    found = detect_many(texts)
    print(f"engine: {det!r}")
    print(f"texts: {len(texts):,}, mean length {mean_len:,.0f} chars, planted PII rate {args.pii_rate:.1%}")
    print(f"texts reaching the exact patterns: {reach:.1%}")
    print(f"prefilter only: {len(texts) / t_prefilter:,.0f} texts/CPU-s")
    chars_per_s = len(texts) * mean_len / t_detect / 1e6
    print(f"detect_many:    {len(texts) / t_detect:,.0f} texts/CPU-s ({chars_per_s:,.1f} M chars/s)")
    print(f"redact_many:    {len(texts) / t_redact:,.0f} texts/CPU-s")
    print(
        f"detections: {len(found):,} in {found['text_index'].nunique():,} texts; "
        f"by type: {found['type'].value_counts().to_dict()}"
    )


if __name__ == "__main__":
    main()
