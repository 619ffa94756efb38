"""The HTML report in a real browser (headless Chromium; skipped where it is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from align.report.html import write_html
from tests.align.report_cases import FINDINGS, META

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((b for b in map(shutil.which, BROWSERS) if b), None)
    if found is None:
        pytest.skip("no headless Chromium installed")
    return found


def run_browser(browser: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([browser, *FLAGS, *args], capture_output=True, text=True, timeout=120)


def test_page_loads_runs_its_script_and_shows_the_counts(browser: str, tmp_path: Path) -> None:
    page = write_html(tmp_path / "report.html", FINDINGS, META)
    res = run_browser(browser, "--window-size=1400,900", "--dump-dom", page.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    dom = lxml.html.document_fromstring(res.stdout)
    bar = re.search(r"--bar-h:\s*(\d+(?:\.\d+)?)px", dom.get("style") or "")
    assert bar and float(bar.group(1)) > 20  # the script ran and measured the sticky bar
    assert dom.get_element_by_id("total").text == str(len(FINDINGS))
    sev = Counter(f.severity for f in FINDINGS)
    for s in ("error", "warning", "info"):
        chip = dom.xpath(f"//button[@data-value='{s}']")[0]
        assert chip.xpath("string(span[@class='n'])") == str(sev[s])
    assert len(dom.xpath("//tbody/tr")) == len({f.row for f in FINDINGS})
    assert not dom.xpath("//main//script")


def test_screenshot_is_written(browser: str, tmp_path: Path) -> None:
    page = write_html(tmp_path / "report.html", FINDINGS, META)
    shot = tmp_path / "shot.png"
    res = run_browser(browser, "--window-size=1400,900", f"--screenshot={shot}", page.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


@pytest.mark.parametrize(("clicks", "shown"), [
    (["error"], [f for f in FINDINGS if f.severity != "error"]),
    (["typography"], [f for f in FINDINGS if f.check != "typography"]),
    (["error", "typography"], [f for f in FINDINGS if f.severity != "error" and f.check != "typography"]),
    (["error", "error"], FINDINGS),
])
def test_filter_buttons_hide_findings_and_rows(browser: str, tmp_path: Path, clicks: list[str],
                                               shown: list) -> None:
    page = write_html(tmp_path / "report.html", FINDINGS, META)
    script = "".join(f"document.querySelector('button[data-value=\"{c}\"]').click();" for c in clicks)
    html = page.read_text("utf-8").replace("</body>", f"<script>{script}</script></body>")
    page.write_text(html, "utf-8")
    res = run_browser(browser, "--dump-dom", page.as_uri())
    dom = lxml.html.document_fromstring(res.stdout)
    assert dom.get_element_by_id("showing").text == f"{len(shown)} of {len(FINDINGS)} findings shown"
    visible_rows = [int(tr.get("data-row")) for tr in dom.xpath("//tbody/tr[not(@hidden)]")]
    assert visible_rows == sorted({f.row for f in shown})
    assert len(dom.xpath("//li[@data-id][not(@hidden)]")) == len(shown)
