"""Charts: SVG data images whose text stays text (CJK included), never parsed as mathtext, deterministic."""

from __future__ import annotations

import base64
import re

import pandas as pd

from auditkit.report import charts


def _svg(markup: str) -> str:
    m = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', markup)
    assert m, markup[:200]
    return base64.b64decode(m.group(1)).decode("utf-8")


def test_text_stays_text_escaped_and_not_mathtext():
    labels = ["客服机器人", "<script>alert(1)</script>", "$\\alpha$ & co"]
    svg = _svg(charts.hbar(labels, [3, 2, 1], title="调用次数", xlabel="x", caption="c"))
    assert "客服机器人" in svg and "调用次数" in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "$\\alpha$ &amp; co" in svg
    assert "Noto Sans CJK SC" in svg


def test_same_data_same_bytes():
    daily = pd.DataFrame(
        {
            "date": pd.date_range("2025-09-01", periods=5).strftime("%Y-%m-%d"),
            "requests": [1, 2, 3, 4, 5],
            "flagged_rate": [0, 0.1, 0.2, 0, 0.5],
        }
    )
    a = charts.daily_volume(daily, title="t", requests_label="r", rate_label="f", caption="c")
    b = charts.daily_volume(daily, title="t", requests_label="r", rate_label="f", caption="c")
    assert a == b and "<figcaption>c</figcaption>" in a


def test_heatmap_age_histogram_and_stacked_bars():
    m = pd.DataFrame([[1, 0], [5, 2]], index=["仇恨", "Hate"], columns=["app<b>", "b"])
    assert "app&lt;b&gt;" in _svg(charts.heatmap(m, title="t", caption="c", cbar_label="n"))
    assert "<svg" in _svg(
        charts.age_histogram(
            pd.Series([1.0, 40.0, 90.0]),
            30,
            title="t",
            xlabel="x",
            ylabel="y",
            window_label="30",
            caption="c",
        )
    )
    files = pd.DataFrame({"bucket": ["0-7", ">180"], "stored": [1, 2], "deleted": [0, 1]})
    assert "<svg" in _svg(
        charts.stacked_bars(
            files,
            [("stored", "s", "red"), ("deleted", "d", "grey")],
            category="bucket",
            title="t",
            ylabel="y",
            caption="c",
        )
    )


def test_empty_inputs_still_draw():
    assert "<svg" in _svg(charts.heatmap(pd.DataFrame(), title="t", caption="c", cbar_label="n"))
    assert "<svg" in _svg(
        charts.age_histogram(
            pd.Series([], dtype=float), 30, title="t", xlabel="x", ylabel="y", window_label="w", caption="c"
        )
    )
