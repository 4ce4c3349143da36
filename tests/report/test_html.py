"""The safe HTML builder and its sanitiser."""

from __future__ import annotations

import pandas as pd

from auditkit.report.html import (
    Fragment,
    Markup,
    anchor_id,
    cells,
    clean_text,
    el,
    esc,
    frame,
    sanitize,
    table,
)

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "$$\\alpha$$ **bold** [x](javascript:alert(1))",
]


def test_every_value_is_escaped():
    for p in PAYLOADS:
        out = el("td", p, title=p)
        assert "<script" not in out and "<img" not in out and "<svg" not in out
        assert esc(p).count("<") == 0


def test_markup_is_kept_and_na_is_a_dash():
    assert esc(Markup("<b>x</b>")) == "<b>x</b>"
    assert esc(None) == "–" and esc(pd.NA) == "–" and esc(float("nan")) == "–"


def test_invisible_and_bidi_characters_are_made_visible():
    assert clean_text("abc\u202edcba\x00") == "abc<U+202E>dcba<U+0000>"
    assert clean_text("x" * 10, 5) == "xxxx…"


def test_table_keeps_markup_cells_and_escapes_the_rest():
    f = frame({"a": [Markup("<code>ok</code>"), "<b>no</b>"], "n": [1, 2]})
    out = table(f, [("a", "A<"), ("n", "N")], numeric=("n",), caption="c&")
    assert "<code>ok</code>" in out and "&lt;b&gt;no&lt;/b&gt;" in out and "A&lt;" in out and "c&amp;" in out
    assert '<td class="num">2</td>' in out
    plain = pd.DataFrame({"a": ["x"]}).assign(a=cells([Markup("<em>y</em>")]))
    assert "<em>y</em>" in table(plain, [("a", "A")])


def test_table_limit():
    out = table(pd.DataFrame({"a": range(10)}), [("a", "A")], limit=3)
    assert out.count("<tr>") == 4


def test_sanitize_drops_scripts_handlers_and_foreign_urls():
    dirty = (
        '<section id="s"><script>x</script><img src="x" onerror="y"><img src="data:image/svg+xml;base64,AA">'
        '<a href="javascript:z">j</a><a href="#ok">k</a><a href="https://e.example/">e</a>'
        '<a href="data:text/html,x">d</a><style>p{}</style><iframe src="x"></iframe></section>'
    )
    clean = sanitize(dirty)
    assert "<script" not in clean and "onerror" not in clean and "javascript:" not in clean
    assert "https://" not in clean and "data:text/html" not in clean and "<style" not in clean
    assert 'src="data:image/svg+xml;base64,AA"' in clean and 'href="#ok"' in clean


def test_fragment_marks_its_output_for_the_template():
    html, meta = Fragment("cover", Markup("<p>x</p>"), facts={"run_id": "1"})._repr_html_()
    assert html == "<p>x</p>" and meta == {"auditkit": {"section": "cover", "facts": {"run_id": "1"}}}


def test_anchor_ids_are_stable():
    assert anchor_id("policy", "Hate & Co") == "policy-hate-co"
