"""HTML report: well-formed, standalone, escaped, with the right counts, rows and highlights."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest

from align.check.suppress import fingerprint
from align.report.html import render_html, write_html
from tests.align.report_cases import FINDINGS, META, XSS_EN, XSS_ZH


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(FINDINGS, META)


@pytest.fixture(scope="module")
def tree(page: str):
    return lxml.html.document_fromstring(page)


def test_parses_as_one_html_document(page: str, tree) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert tree.tag == "html" and tree.find("head/title").text == "test report"
    assert len(tree.xpath("//body")) == 1 and len(tree.xpath("//main")) == 1


def test_standalone_no_external_assets(tree) -> None:
    assert not tree.xpath("//link | //img | //iframe | //script[@src]")
    assert len(tree.xpath("//style")) == 1 and len(tree.xpath("//script")) == 1
    assert "http://" not in lxml.html.tostring(tree, encoding="unicode").replace(
        "http://www.w3.org", "")


def test_untrusted_text_is_escaped(page: str, tree) -> None:
    assert "<img" not in page.split("<main>")[1]
    assert '<script>alert("x")' not in page
    assert not tree.xpath("//main//script | //main//img | //main//b | //*[@onerror]")
    row = tree.get_element_by_id("row-4")
    assert row.xpath("string(td[@class='zh'])") == XSS_ZH
    assert row.xpath("string(td[@class='en'])") == XSS_EN
    assert row.xpath("string(.//span[@class='msg'])") == 'message with <b>markup</b> & "quotes"'


def test_one_table_row_per_row_with_findings(tree) -> None:
    rows = tree.xpath("//tbody/tr")
    assert [int(r.get("data-row")) for r in rows] == sorted({f.row for f in FINDINGS})
    assert [r.get("class").split()[1] for r in rows] == ["sev-error", "sev-error", "sev-info"]
    assert "line 12" in rows[1].xpath("string(td[@class='rowno'])")


@pytest.mark.parametrize("index", range(len(FINDINGS)))
def test_each_finding_listed_and_its_spans_marked(tree, index: int) -> None:
    f = FINDINGS[index]
    items = tree.xpath(f"//li[@data-id='{index}']")
    assert len(items) == 1
    li = items[0]
    assert (li.get("data-check"), li.get("data-sev")) == (f.check, f.severity)
    assert fingerprint(f) in li.text_content()
    row = tree.get_element_by_id(f"row-{f.row}")
    for side, text, spans in (("zh", f.zh, f.zh_spans), ("en", f.en, f.en_spans)):
        marked = "".join(m.text_content() for m in row.xpath(f"td[@class='{side}']//mark")
                         if str(index) in m.get("data-f").split())
        assert marked == "".join(text[s:e] for s, e in spans)


def test_counts_per_severity_and_check(tree) -> None:
    chips = {(b.get("data-kind"), b.get("data-value")): int(b.xpath("string(span[@class='n'])"))
             for b in tree.xpath("//button[@data-kind]")}
    sev = Counter(f.severity for f in FINDINGS)
    chk = Counter(f.check for f in FINDINGS)
    assert {k[1]: v for k, v in chips.items() if k[0] == "sev"} == {
        s: sev[s] for s in ("error", "warning", "info")}
    assert {k[1]: v for k, v in chips.items() if k[0] == "check"} == {
        c: chk[c] for c in META.checks}
    zero = tree.xpath("//button[@data-value='length-ratio']")[0]
    assert zero.get("disabled") is not None
    assert tree.xpath("//button[@data-value='typography']")[0].get("title") == "Punctuation slips"


def test_header_shows_totals_signature_and_suppressed(tree) -> None:
    facts = tree.xpath("string(//div[@class='facts'])")
    assert "9 pairs checked" in " ".join(facts.split())
    assert "2 suppressed" in " ".join(facts.split())
    assert tree.get_element_by_id("total").text == str(len(FINDINGS))
    sig = tree.xpath("string(//div[@class='sig'])")
    assert META.signature in sig and META.input_signature in sig
    assert "pairs <test>.tsv" in tree.xpath("string(//h1)")


def test_monolingual_page_has_no_english_column() -> None:
    mono = [replace(f, en="", en_spans=()) for f in FINDINGS]
    tree = lxml.html.document_fromstring(render_html(mono, replace(META, monolingual=True)))
    assert not tree.xpath("//td[@class='en']") and tree.xpath("//td[@class='zh']")
    assert "English" not in tree.xpath("string(//thead)")


def test_no_findings_page(tmp_path: Path) -> None:
    path = write_html(tmp_path / "sub" / "r.html", [], META)
    tree = lxml.html.document_fromstring(path.read_text("utf-8"))
    assert not tree.xpath("//table") and "No findings" in tree.xpath("string(//main)")
