"""classify(): texts cut and put back in place, findings grouped, verdicts and per-record summary."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from auditkit import load_logs
from auditkit.classify import FINDING_COLUMNS, classify, classify_texts, record_summary, verdicts
from auditkit.classify.base import Classifier
from auditkit.classify.texts import chunk


class WordClassifier(Classifier):
    """A real (tiny) text classifier: a word means a category, with its exact span."""

    name = "words"
    version = "t1"

    def __init__(self, words: dict[str, str], score: float = 0.9) -> None:
        self.words = words
        self.score = score
        self.calls: list[int] = []

    def classify_texts(self, texts):
        self.calls.append(len(texts))
        rows = []
        for i, text in enumerate(texts):
            for word, cat in self.words.items():
                for m in re.finditer(re.escape(word), text):
                    rows.append({"text_index": i, "category": cat, "score": self.score, "start": m.start(),
                                 "end": m.end(), "rule_id": f"{cat}.{word}", "evidence": json.dumps({"w": word})})
        return pd.DataFrame(rows)


class WholeText(Classifier):
    name = "whole"
    version = "w1"

    def classify_texts(self, texts):
        return pd.DataFrame([{"text_index": i, "category": "spam", "score": 0.7, "evidence": "{}"}
                             for i, t in enumerate(texts) if "buy now" in t])


@pytest.mark.parametrize("n", [0, 1, 3999, 4000, 4001, 12345])
def test_chunks_cover_the_text_and_overlap(n):
    text = ("word " * (n // 5 + 1))[:n]
    pieces = chunk(text, 4000, 200)
    assert all(len(p) <= 4000 for _, p in pieces)
    assert pieces[0][0] == 0 and text[pieces[-1][0]:] == pieces[-1][1]
    covered = set()
    for off, piece in pieces:
        assert text[off:off + len(piece)] == piece
        covered.update(range(off, off + len(piece)))
    assert covered == set(range(n))
    for (a, pa), (b, _) in zip(pieces, pieces[1:], strict=False):
        assert a + len(pa) - b >= 100  # at least overlap/2 shared


def test_findings_point_at_the_matched_text_and_the_message(data_dir):
    rec = load_logs(data_dir / "openai_chat_proxy" / "basic.jsonl").records
    clf = WordClassifier({"Peru": "privacy_violation", "Lima": "privacy_violation", "Paris": "violence"})
    found = classify(rec, classifiers=[clf])
    assert list(found.columns) == list(FINDING_COLUMNS)
    peru = found[(found["field"] == "input") & (found["matched_text"] == "Peru")].iloc[0]
    row = rec.set_index("record_key").loc[peru["record_key"]]
    assert row["input_text"][peru["span_start"]:peru["span_end"]] == "Peru"
    assert (peru["message_index"], peru["role"]) == (1, "user")
    lima = found[found["field"] == "output"].iloc[0]
    assert (lima["matched_text"], lima["message_index"], lima["role"]) == ("Lima", 2, "assistant")
    assert set(found["severity"]) == {"high"}
    assert (found["classifier"] == "words").all() and (found["classifier_version"] == "t1").all()


def test_long_texts_are_chunked_not_truncated_and_offsets_shift_back():
    filler = "lorem ipsum " * 2000  # 24,000 characters
    text = filler + "TARGET" + filler
    clf = WordClassifier({"TARGET": "spam"})
    found = classify_texts([text], classifiers=[clf])
    assert len(found) == 1
    hit = found.iloc[0]
    assert text[hit["span_start"]:hit["span_end"]] == "TARGET"
    assert sum(clf.calls) > 5  # the text went in as several chunks


def test_one_finding_per_record_category_field_with_all_hits_in_evidence():
    clf = WordClassifier({"scam": "fraud_scams", "fraud": "fraud_scams"})
    found = classify_texts(["a scam, another scam and a fraud"], classifiers=[clf])
    assert len(found) == 1
    ev = json.loads(found.iloc[0]["evidence"])
    assert ev["hit_count"] == 3 and len(ev["hits"]) == 3


def test_verdicts_combine_classifiers_and_summary_covers_every_record():
    texts = ["buy now, this scam is great", "hello there", "buy now"]
    found = classify_texts(texts, classifiers=[WordClassifier({"scam": "spam"}), WholeText()])
    v = verdicts(found.assign(record_key=found["text_index"].astype(str)))
    first = v[v["record_key"] == "0"].iloc[0]
    assert first["classifiers"] == "whole,words" and first["score"] == 0.9 and first["matched_text"] == "scam"
    records = pd.DataFrame({"record_key": ["0", "1", "2", "3"],
                            "input_text": pd.array(texts + [None], dtype="string"),
                            "output_text": pd.array([None] * 4, dtype="string")})
    s = record_summary(found.assign(record_key=found["text_index"].astype(str)), records).set_index("record_key")
    assert list(s["flagged"]) == [True, False, True, False]
    assert list(s["classified"]) == [True, True, True, False]
    assert s.loc["2", "top_category"] == "spam" and s.loc["2", "max_score"] == 0.7
