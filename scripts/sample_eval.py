"""Sample-log flag rates by intended label (labels re-derived by re-running the generator in memory).

    python scripts/sample_eval.py [CLASSIFIERS]     e.g. model, or rules,model (default: all)

Labels every record of ``sample_logs/`` as intended benign / hard negative / policy (with its category) /
..., by matching its last user message to the exchanges the sample generator produces (re-run in memory,
cached in the temp folder), classifies the logs and prints the share of each kind flagged, the policy
records detected with their intended category, and the top findings on non-policy records. Findings,
kinds and records are pickled to the temp folder (``auditkit-sample-eval-*.pkl``) for a closer look.
"""
import sys, collections, json, pickle, os, tempfile
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.gettempdir())
import pandas as pd
import auditkit
from auditkit.samples.company import load_company
from auditkit.samples.content import load_content
from auditkit.samples.generate import plan, DEFAULT_START, LEAK_AT
from auditkit.samples.traffic import app_calls, pilot_calls
from auditkit.samples.writers import FORMATS, WRITERS

CACHE = TMP / "auditkit-sample-eval-labels.pkl"
def labels():
    if os.path.exists(CACHE):
        return pickle.load(open(CACHE, "rb"))
    company = load_company(DEFAULT_START)
    call_formats = [f for f in FORMATS if f in WRITERS]
    counts = plan(company, 3000, call_formats)
    lab = {}
    def add(c):
        ex = c.exchange
        lab.setdefault(c.user_text.strip(), set()).add((ex.kind, ex.category or ex.near, ex.id, c.app))
    for app in company.apps:
        n = counts[app.id]
        if not n: continue
        content = load_content(app.id)
        specials = {int(n * LEAK_AT): "leaked_key"} if "leaked_key" in content.special else {}
        for c in app_calls(app, content, company, n, 7, call_formats, specials):
            add(c)
    app = company.app(company.pilot["app"])
    for c in pilot_calls(app, load_content(app.id), company, 7):
        add(c)
    pickle.dump(lab, open(CACHE, "wb"))
    return lab

def main():
    classifiers = sys.argv[1].split(",") if len(sys.argv) > 1 else None
    lab = labels()
    res = auditkit.load_logs(str(ROOT / "sample_logs"), timezone="Asia/Shanghai")
    recs = res.records if hasattr(res, "records") else res
    recs = recs.reset_index(drop=True)
    f = auditkit.classify(recs, classifiers=classifiers)
    # record label: match last user message
    kinds = {}
    unmatched = 0
    for r in recs.itertuples():
        key = None
        mj = r.messages_json
        user = None
        if isinstance(mj, str):
            try:
                for m in json.loads(mj):
                    if m.get("role") == "user":
                        c = m.get("content")
                        if isinstance(c, list):
                            c = "".join(x.get("text") or x.get("input_text") or "" for x in c if isinstance(x, dict))
                        user = c if isinstance(c, str) else json.dumps(c)
            except Exception:
                pass
        cands = None
        if user is not None:
            cands = lab.get(user.strip())
        if cands is None and isinstance(r.input_text, str):
            # try substring match of known user texts at end of input
            it = r.input_text.strip()
            for line in reversed(it.split("\n")):
                line = line.strip()
                if line.startswith("[") and "] " in line:
                    line = line.split("] ", 1)[1].strip()
                if line in lab:
                    cands = lab[line]; break
        if cands is None:
            kinds[r.record_key] = ("unknown" if isinstance(r.input_text, str) and r.input_text else "notext", None)
            continue
        k = sorted(cands)[0]
        kinds[r.record_key] = (k[0], k[1])
    f = f.copy()
    f["kind"] = f.record_key.map(lambda k: kinds.get(k, ("?", None))[0])
    f["label"] = f.record_key.map(lambda k: kinds.get(k, ("?", None))[1])
    flagged = set(f.record_key)
    tab = collections.Counter(v[0] for v in kinds.values())
    print(f"records {len(recs)}; findings {len(f)}; flagged records {len(flagged)} = {len(flagged)/len(recs):.1%}")
    print("by classifier:", f.groupby("classifier").record_key.nunique().to_dict())
    for kind in sorted(tab):
        keys = [k for k, v in kinds.items() if v[0] == kind]
        fl = sum(1 for k in keys if k in flagged)
        print(f"  {kind:14} {fl:5d}/{len(keys):5d} = {fl/max(1,len(keys)):.1%} flagged")
    # policy detection: record flagged with intended category
    pol = [(k, v[1]) for k, v in kinds.items() if v[0] == "policy"]
    hitcat = f.groupby("record_key").category.agg(set).to_dict()
    det = sum(1 for k, c in pol if c in hitcat.get(k, set()))
    print(f"  policy records detected with their category: {det}/{len(pol)}")
    nsys = f[f.role != "system"]
    hc2 = nsys.groupby("record_key").category.agg(set).to_dict()
    det2 = sum(1 for k, c in pol if c in hc2.get(k, set()))
    print(f"  ... on a non-system message (user/assistant): {det2}/{len(pol)}")
    nbk = [k for k, v in kinds.items() if v[0] in ("benign", "hard_negative", "pii", "near_pii", "special")]
    fl2 = len(set(nsys.record_key) & set(nbk))
    print(f"  intended-benign records flagged on a non-system message: {fl2}/{len(nbk)} = {fl2/len(nbk):.1%}")
    percat = collections.defaultdict(lambda: [0, 0])
    for k, c in pol:
        percat[c][1] += 1
        percat[c][0] += c in hitcat.get(k, set())
    print("  per category:", {c: f"{a}/{b}" for c, (a, b) in sorted(percat.items())})
    for clf in sorted(f.classifier.unique()):
        g = f[f.classifier == clf]
        d = sum(1 for k, c in pol if c in set(g[g.record_key == k].category))
        nb = [k for k, v in kinds.items() if v[0] in ("benign", "hard_negative", "pii", "near_pii")]
        fl = len(set(g.record_key) & set(nb))
        print(f"  [{clf}] policy detected {d}/{len(pol)}; non-policy flagged {fl}/{len(nb)} = {fl/len(nb):.1%}")
    f.to_pickle(TMP / "auditkit-sample-eval-findings.pkl")
    pickle.dump(kinds, open(TMP / "auditkit-sample-eval-kinds.pkl", "wb"))
    recs.to_pickle(TMP / "auditkit-sample-eval-recs.pkl")
    nb = f[~f.kind.isin(["policy"])]
    print("\nTop non-policy findings by (classifier, category, rule_id, field, role):")
    print(nb.groupby(["classifier", "category", "rule_id", "field", "role"], dropna=False).size().sort_values(ascending=False).head(40).to_string())


if __name__ == "__main__":
    main()
