"""Data-file helpers: key checks and bilingual texts folded from YAML."""

from __future__ import annotations

import pytest

from auditkit.errors import ConfigError
from auditkit.retention.datafiles import bilingual, check_keys


def test_bilingual_joins_folded_chinese_without_spaces():
    en, zh = bilingual("f.yaml", "k", {"en": "one\n two", "zh": "第一行，\n第二行 API 数据"})
    assert en == "one two" and zh == "第一行，第二行 API 数据"


def test_check_keys_names_the_key():
    with pytest.raises(ConfigError) as info:
        check_keys("f.yaml", "a.b", {"x": 1}, {"y"})
    assert info.value.key == "a.b.x"
    with pytest.raises(ConfigError) as info:
        check_keys("f.yaml", "", {}, {"y"}, {"y"})
    assert info.value.key == "y"
    with pytest.raises(ConfigError, match="expected a mapping"):
        check_keys("f.yaml", "a", [1], {"y"})
