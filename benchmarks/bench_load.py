"""Loading speed and memory against pyarrow's JSON reader, on the same file, in the same run.

    python benchmarks/bench_load.py [--records 1000000] [--repeat 3]

Generates chat-proxy records with the sample generator (cached in benchmarks/data/), then measures, each in
a fresh process so that peak memory is its own:

* the parse floor: ``pyarrow.json.read_json`` on the file (what a columnar reader alone costs);
* ``auditkit.load_logs`` on the same file: records/s and peak RSS;
* the ratio of the two throughputs (target: auditkit at least half of pyarrow's).

pyarrow cannot read a file whose lines disagree on a field's type, and real proxy logs mix streamed
responses (lists of chunks) and multimodal messages (lists of parts) with plain ones; so the benchmark file
keeps only the lines pyarrow can type (about 9 in 10 of the generated ones). Prints
medians over ``--repeat`` runs, alternating the two readers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"

MEASURE = r"""
import json, resource, sys, time
path, what = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if what == "pyarrow":
    import pyarrow.json as pj
    n = pj.read_json(path).num_rows
else:
    import auditkit
    r = auditkit.load_logs(path)
    n = len(r.records)
    assert r.rejects.empty, r.rejects.head()
dt = time.perf_counter() - t
print(json.dumps({"rows": n, "seconds": dt, "peak_rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6}))
"""


def dataset(records: int, seed: int) -> Path:
    """A pyarrow-readable chat-proxy JSONL file of about ``records`` lines (generated once, then cached)."""
    out = DATA / f"chat-proxy-{records}-s{seed}.jsonl"
    if out.exists():
        return out
    gen_dir = DATA / f"gen-{records}-s{seed}"
    subprocess.run([sys.executable, "-m", "auditkit.samples", "--records", str(records), "--seed", str(seed),
                    "--formats", "openai_chat_proxy", "--one-file", "--out", str(gen_dir)], check=True)
    src = gen_dir / "proxy" / "openai_chat_proxy.jsonl"
    tmp = out.with_suffix(".tmp")
    kept = dropped = 0
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        for line in fin:
            # A streamed response (a list of chunks) or a multimodal message (a list of parts) is a list where
            # other lines have an object or a string: pyarrow cannot type such a file.
            if b'"response":[' in line or b'"content":[' in line:
                dropped += 1
                continue
            fout.write(line)
            kept += 1
    os.replace(tmp, out)
    src.unlink()
    print(f"dataset: {kept} plain lines kept, {dropped} streamed lines left out ({out.stat().st_size / 1e9:.2f} GB)")
    return out


def measure(path: Path, what: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path), what], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--records", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    path = dataset(args.records, args.seed)
    size = path.stat().st_size
    runs: dict[str, list[dict[str, float]]] = {"pyarrow": [], "auditkit": []}
    for i in range(args.repeat):
        for what in ("pyarrow", "auditkit") if i % 2 == 0 else ("auditkit", "pyarrow"):
            runs[what].append(measure(path, what))
            r = runs[what][-1]
            print(f"  run {i + 1} {what:8s} {r['rows'] / r['seconds']:>10,.0f} records/s  {r['seconds']:6.2f} s  "
                  f"peak {r['peak_rss_gb']:.2f} GB", flush=True)
    rows = runs["auditkit"][0]["rows"]
    med = {w: statistics.median(r["seconds"] for r in rs) for w, rs in runs.items()}
    rss = {w: max(r["peak_rss_gb"] for r in rs) for w, rs in runs.items()}
    print(f"\nfile: {path.name}, {rows:,} records, {size / 1e9:.2f} GB, {size / rows:,.0f} bytes/record")
    print(f"machine: {os.cpu_count()} cores")
    for w in ("pyarrow", "auditkit"):
        print(f"{w:9s} median {med[w]:6.2f} s  {rows / med[w]:>10,.0f} records/s  {size / med[w] / 1e6:6.0f} MB/s  "
              f"peak RSS {rss[w]:.2f} GB")
    print(f"throughput ratio auditkit / pyarrow: {med['pyarrow'] / med['auditkit']:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
