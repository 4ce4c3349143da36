"""The report in a real headless Chromium (Debian's, driven by Playwright): sections and charts render,
the console stays clean, no planted payload runs, Chinese renders as glyphs. Screenshots are kept in
test-artifacts/report/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("AUDITKIT_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
SECTIONS = [
    "sec-cover",
    "sec-summary",
    "sec-activity",
    "sec-policy",
    "sec-exceptions",
    "sec-retention",
    "sec-quality",
    "sec-method",
    "sec-signoff",
]
# Draws two different CJK characters; if no font has them both come out as the same empty box.
GLYPHS_JS = """() => {
  const draw = (ch) => { const c = document.createElement('canvas'); c.width = 64; c.height = 64;
    const g = c.getContext('2d'); g.font = getComputedStyle(document.body).fontFamily.replace(/^/, '48px ');
    g.fillText(ch, 4, 52); return c.toDataURL(); };
  return [draw('审'), draw('计'), draw('报')];
}"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    events: dict[str, list] = {"console": [], "dialogs": [], "errors": [], "requests": []}
    page.on("console", lambda m: events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.goto(path.as_uri(), wait_until="load")
    return page, events


def test_report_renders_sections_and_charts_without_errors(browser, report_en):
    page, events = _open(browser, report_en.html)
    ids = page.evaluate("() => Array.from(document.querySelectorAll('section[id]')).map(s => s.id)")
    assert ids == SECTIONS
    images = page.evaluate("() => Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    assert len(images) >= 5 and all(ok and width > 0 for ok, width in images)
    assert page.evaluate("() => document.querySelectorAll('script').length") == 0
    page.screenshot(path=str(ARTIFACTS / "audit_report_en.png"), full_page=True)
    assert [m for m in events["console"] if m[0] in ("error", "warning")] == []
    assert events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:"))] == []


def test_planted_payloads_do_not_run(browser, report_en):
    page, events = _open(browser, report_en.html)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    assert events["dialogs"] == []
    text = page.inner_text("body")
    assert "<script>window.__xss=1</script>" in text  # the prompt's payload is shown as text
    assert "onerror=window.__xss=5" in text  # so is the file name's
    hrefs = page.evaluate("() => Array.from(document.links).map(a => a.getAttribute('href'))")
    assert all(h.startswith("#") for h in hrefs)
    for link in page.query_selector_all("a[href^='#']")[:3]:
        link.click()
    assert page.evaluate("() => window.__xss") is None


def test_chinese_renders_as_glyphs(browser, report_zh):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page, events = _open(browser, report_zh.html)
    assert "审计报告" in page.inner_text("h1")
    a, b, c = page.evaluate(GLYPHS_JS)
    assert len({a, b, c}) == 3, (
        "CJK characters render as identical boxes: install a CJK font (fonts-noto-cjk)"
    )
    page.screenshot(path=str(ARTIFACTS / "audit_report_zh.png"), full_page=False)
    assert events["errors"] == []


def test_failure_page_and_index_render(browser, report_en, tmp_path):
    index = report_en.out_dir.parent / "index.html"
    page, events = _open(browser, index)
    assert page.evaluate("() => document.querySelectorAll('table tbody tr').length") >= 1
    assert events["errors"] == [] and [m for m in events["console"] if m[0] == "error"] == []
    shutil.copyfile(index, ARTIFACTS / "index.html")
