"""The index: codes computed once, languages, search, findings about records that are not loaded."""

from __future__ import annotations

import pytest

from auditkit.errors import ParameterError
from auditkit.explore.index import NO_DAY, build_index


def test_codes(index):
    assert index.n == 6 and len(index.findings) == 6
    assert [index.language.names[c] for c in index.language.codes] == ["en", "zh", "en", "none", "en", "en"]
    assert index.day[5] == NO_DAY
    assert list(index.application.names) == ["p1", "p2"]
    assert list(index.f_status.names)[0] == "unreviewed" and (index.f_status.codes == 0).all()


def test_findings_about_unloaded_records_are_left_out(records, findings, caplog):
    extra = findings.iloc[[0]].assign(record_key="zzzz:9")
    import pandas as pd

    idx = build_index(records, pd.concat([findings, extra], ignore_index=True))
    assert len(idx.findings) == len(findings)
    assert "not loaded" in caplog.text


def test_duplicate_keys_and_missing_columns_are_refused(records, findings):
    import pandas as pd

    with pytest.raises(ParameterError, match="unique record_key"):
        build_index(pd.concat([records, records.iloc[[0]]]), findings)
    with pytest.raises(ParameterError, match="missing column 'messages_json'"):
        build_index(records.drop(columns=["messages_json"]), findings)
    with pytest.raises(ParameterError, match="one application per record"):
        build_index(records, findings, applications=["a"])


def test_search_is_cached(index):
    first = index.search("bread")
    assert index.search("bread") is first and first.sum() == 1


def test_set_review(index):
    assert index.set_review("aaaa:1", "malware", "confirmed") == 2  # both classifiers' findings
    with pytest.raises(ParameterError):
        index.set_review("aaaa:1", "malware", "approved")
