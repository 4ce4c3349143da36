"""Training: retraining reproduces the shipped artefact byte for byte; labels and splits are handled as
documented (test rows never read, incomplete label lists not taken as negatives)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from auditkit.classify.model import artefact
from auditkit.classify.model.dataset import OTHER_NEGATIVE_WEIGHT, Row, label_weights, read_rows
from auditkit.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = ROOT.parent / "shared" / "eval"
CATS = ("illegal_activity", "hate", "harassment", "violence", "fraud_scams", "spam", "gambling")


def _row(source: str, cats: tuple[str, ...], origin: str = "eval", **labels: object) -> Row:
    return Row(f"{source}:{len(cats)}:{sorted(labels)}", "text", "en", source, cats, dict(labels), origin)


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    if not EVAL_DIR.is_dir():
        pytest.skip("../shared/eval is not present")
    from auditkit.classify import train

    card = train.train(EVAL_DIR, tmp_path)
    shipped = artefact.default_path()
    assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes(), "the card differs: retrain and commit"
    new_npz = (tmp_path / card["weights_file"]).read_bytes()
    old_npz = shipped.with_name(card["weights_file"]).read_bytes()
    assert hashlib.sha256(new_npz).hexdigest() == hashlib.sha256(old_npz).hexdigest()


def test_npz_writer_is_byte_identical(tmp_path: Path) -> None:
    arrays = {"b": np.arange(5, dtype=np.int32), "a": np.ones((2, 3), dtype=np.int8)}
    h1 = artefact.write_npz(tmp_path / "one.npz", arrays)
    h2 = artefact.write_npz(tmp_path / "two.npz", dict(reversed(list(arrays.items()))))
    assert h1 == h2
    with np.load(tmp_path / "one.npz") as z:
        np.testing.assert_array_equal(z["b"], arrays["b"])


def test_test_split_is_never_read_and_authored_test_rows_are_refused(tmp_path: Path) -> None:
    ev, tr = tmp_path / "eval", tmp_path / "train"
    ev.mkdir()
    tr.mkdir()
    rows = [{"id": "s:1", "text": "dev text", "lang": "en", "source": "s", "source_labels": {},
             "policy_categories": ["spam"], "split": "dev"},
            {"id": "s:2", "text": "SECRET test text", "lang": "en", "source": "s", "source_labels": {},
             "policy_categories": [], "split": "test"}]
    (ev / "s.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = read_rows(ev, tr, CATS)
    assert [r.text for r in got] == ["dev text"]
    bad = dict(rows[1], id="auditkit_authored:x:1", source="auditkit_authored")
    (tr / "x.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="split"):
        read_rows(ev, tr, CATS)


def test_shipped_training_rows_are_well_formed() -> None:
    train_dir = ROOT / "auditkit" / "data" / "train"
    from auditkit import policy

    ids = set()
    for path in sorted(train_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            assert set(r) == {"id", "text", "lang", "source", "source_labels", "policy_categories", "split"}
            assert r["source"] == "auditkit_authored" and r["split"] == "train" and r["lang"] in ("en", "zh")
            assert set(r["policy_categories"]) <= set(policy.load().category_ids)
            assert r["id"] not in ids
            ids.add(r["id"])
    assert len(ids) > 1000


def test_missing_categories_are_not_negatives_unless_the_source_labels_them() -> None:
    rows = [
        _row("a", ()),  # benign: negative for everything
        _row("a", ("spam",)),  # source a labels spam and gambling
        _row("a", ("gambling",)),
        _row("b", ("hate",)),  # source b only ever labels hate
        _row("a", ("fraud_scams",)),  # related to spam and illegal_activity
    ]
    Y, M = label_weights(rows, CATS)
    j = {c: i for i, c in enumerate(CATS)}
    assert (M[0] == 1).all() and Y[0].sum() == 0
    assert Y[1, j["spam"]] == 1 and M[1, j["spam"]] == 1
    assert M[1, j["gambling"]] == OTHER_NEGATIVE_WEIGHT  # a labels gambling, row 1 is spam: a negative
    assert M[1, j["hate"]] == 0  # source a never labels hate: unknown, no loss
    assert M[3, j["spam"]] == 0 and M[3, j["gambling"]] == 0
    assert M[4, j["spam"]] == 0  # fraud is related to spam: not evidence against it


def test_moderation_rows_use_only_annotated_labels() -> None:
    rows = [_row("openai_moderation", ("hate",), H=1, V=0, HR=None),
            _row("openai_moderation", ("violence", "harassment"), H=0, V=1, HR=1),
            _row("openai_moderation", ("harassment",), H=1, HR=1)]
    # (the third row makes "hate" a category the source labels; its list lacks hate despite H=1 only
    # because this fixture says so)
    Y, M = label_weights(rows, ("hate", "violence", "harassment", "self_harm"))
    assert M[0, 1] == 0  # violence is related to hate: never a negative for a hate row
    assert M[0, 2] == 0  # HR not annotated
    assert M[1, 0] == 0  # hate is related to violence and harassment


def test_authored_rows_are_complete_labels() -> None:
    rows = [_row("auditkit_authored", ("gambling",), origin="authored")]
    Y, M = label_weights(rows, CATS)
    assert M[0].tolist() == [0.0 if c in ("illegal_activity",) else 1.0 for c in CATS]
