"""Every text exists in English and Chinese with the same placeholders, and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditkit.errors import ConfigError
from auditkit.report.i18n import placeholders, t, texts
from auditkit.report.params import NAMES

PKG = Path(__file__).resolve().parents[2] / "auditkit" / "report"


def test_both_languages_with_the_same_placeholders():
    for key, entry in texts().items():
        assert entry["en"].strip() and entry["zh"].strip(), key
        assert placeholders(entry["en"]) == placeholders(entry["zh"]), key


def test_chinese_texts_are_chinese():
    for key, entry in texts().items():
        if key.startswith("section."):
            assert re.search(r"[\u4e00-\u9fff]", entry["zh"]), key


def test_every_literal_key_used_in_the_code_exists():
    used = set()
    for path in PKG.rglob("*.py"):
        used |= set(
            re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", path.read_text(encoding="utf-8"))
        )
    assert used and not sorted(used - set(texts()))


@pytest.mark.parametrize(
    "prefix,names",
    [
        (
            "section.",
            [
                "cover",
                "summary",
                "activity",
                "policy",
                "exceptions",
                "retention",
                "quality",
                "method",
                "signoff",
            ],
        ),
        ("severity.", ["critical", "high", "medium", "low", "info", "unknown"]),
        ("effect.", ["critical", "high", "medium", "low", "info"]),
        ("recommendation.", ["critical", "high", "medium", "low"]),
        ("param.", list(NAMES)),
        (
            "review.",
            [
                "unreviewed",
                "confirmed",
                "false_positive",
                "needs_follow_up",
                "accepted_risk",
                "remediated",
                "escalated",
            ],
        ),
    ],
)
def test_keys_built_from_names_exist(prefix, names):
    assert not [n for n in names if prefix + n not in texts()]


def test_unknown_key_is_an_error():
    with pytest.raises(ConfigError):
        t("no.such.key", "en")
