"""Acceptance of corpus.clean on the real WeChat sample (seed/000_9089bd46b2be49ef.txt)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from corpus.clean import CleanReport, clean_with_report
from corpus.clean.drop import is_boilerplate, is_link_block
from corpus.clean.markup import visible_text
from corpus.clean.tables import boilerplate
from corpus.read.base import RawText
from corpus.types import Document
from tests.conftest import SAMPLE

IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
BODY_LINES = (64, 108)  # the article body: first and last source line
FOOTER_FROM = 112  # "点击阅读原文…" and everything after it is boilerplate
HEADINGS = [
    "简介", "作者介绍", "文章来源", "期刊介绍", "核心观点", "扩展威慑理论&核保护伞",
    "威慑可信度与核武器的使用", "韩国核保护伞的历史", "核保护伞下的韩国安全考量",
    "决心以及美国的核保护伞",
]


@pytest.fixture(scope="module", params=["md", "txt"])
def cleaned(request: pytest.FixtureRequest) -> tuple[Document, CleanReport, str]:
    text = SAMPLE.read_text("utf-8")
    raw = RawText(text=text, path=str(SAMPLE), format=request.param)
    doc, report = clean_with_report(raw, lang="zh")
    return doc, report, text


def _ideographs(text: str) -> Counter[str]:
    return Counter(IDEOGRAPH.findall(text))


@pytest.mark.parametrize(
    "noise",
    ["**", "![", "](", "http", "title:", "date:", "author:", "tags:", "---", "更多阅读",
     "阅读原文", "星标", "收录于合集", "历史文章", "国政学人", "【", "SSCI"],
)
def test_no_noise_remains(cleaned: tuple[Document, CleanReport, str], noise: str) -> None:
    assert noise not in cleaned[0].text


@pytest.mark.parametrize(
    "kept",
    ["1958年1月，第一批美国核武器", "特伦斯·罗里格（Terence Roehrig），美国海军", "1991年12月，撤军程序完成。",
     "Political Science Quarterly，Volume132, Issue4，Winter 2017—2018，Pages 651-684.",
     "包括：1.拥有足够的军事力量", "影响因子为0.426"],
)
def test_text_is_repaired(cleaned: tuple[Document, CleanReport, str], kept: str) -> None:
    assert kept in cleaned[0].text


def test_headings(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc = cleaned[0]
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == HEADINGS


def test_key_points_are_one_paragraph_each(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc = cleaned[0]
    paragraphs = [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph"]
    points = [p for p in paragraphs if re.match(r"[123]\.", p)]
    assert [p[:2] for p in points] == ["1.", "2.", "3."]
    assert points[2].endswith("重要工具。")


def test_meta(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc, report, _ = cleaned
    meta = doc.meta
    assert doc.id == "000_9089bd46b2be49ef"
    assert doc.title == "【PSQ杂志】美国对韩“核保护伞”：核武器与扩展威慑"
    assert meta["date"] == "2018-10-29 19:37:51"
    assert "author" not in meta and "tags" not in meta  # empty in the front matter
    assert meta["original_title"] == (
        "The U.S. Nuclear Umbrella over South Korea: Nuclear Weapons and Extended Deterrence"
    )
    assert meta["translator"] == "李桐"
    assert meta["author_intro"].startswith("特伦斯·罗里格（Terence Roehrig）")
    assert meta["source"].startswith("Political Science Quarterly，Volume132")
    assert meta["journal_intro"].startswith("Political Science Quarterly，成立于1886年")
    assert meta["removed_blocks"] == str(len(report.dropped)) != "0"
    assert "【CJIP杂志·定量】" in meta["removed_text"]


def test_every_body_character_is_accounted_for(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc, report, source = cleaned
    after = _ideographs(doc.text)
    for removal in report.removed:
        after += _ideographs(removal.text)
    assert after == _ideographs(source)


def test_body_sentences_are_all_kept(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc, report, source = cleaned
    lines = source.split("\n")[BODY_LINES[0] - 1:BODY_LINES[1]]
    lines = [line.strip() for line in lines if "*" not in line]  # headings: checked elsewhere
    sentences = [s for s in re.split(r"(?<=[。；！？])", "".join(lines)) if len(s) > 4]
    assert len(sentences) > 40
    dropped = "".join(r.text for r in report.removed)
    for sentence in sentences:
        assert sentence in doc.text
        assert sentence not in dropped


def test_dropped_blocks_are_boilerplate_only(cleaned: tuple[Document, CleanReport, str]) -> None:
    report = cleaned[1]
    phrases = boilerplate("phrase") + boilerplate("marker")
    assert len(report.dropped) >= 25
    for r in report.dropped:
        assert r.line == 9 or r.line >= FOOTER_FROM, r
        vis = visible_text(r.text)
        assert is_link_block(r.text) or is_boilerplate(vis, phrases) or len(vis) <= 40, r
    moved = [r.line for r in report.moved]
    assert moved == [1, 19, 40]  # front matter, 文章原题, 本文编译


def test_source_map(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc, _, source = cleaned
    smap = doc.source_map
    assert len(smap.offsets) == len(doc.text)
    assert list(smap.offsets) == sorted(smap.offsets)
    i = doc.text.index("1958年")
    assert smap.source_line(i) == 89  # the lone "1" line
    assert smap.source_line(i + 1) == 90
    assert source[smap.source_offset(i + 1):].startswith("958年")
    j = doc.text.index("几十年来，核武器一直是威慑的核心要素")
    assert smap.source_line(j) == 78
    k = doc.text.index("核心观点")
    assert smap.source_line(k) == 44
    assert smap.source_line(doc.text.index("Winter 2017")) == 30
    assert smap.source_line(doc.text.index("2017—2018")) == 31


def test_blocks_tile_the_text(cleaned: tuple[Document, CleanReport, str]) -> None:
    doc = cleaned[0]
    texts = [doc.block_text(b) for b in doc.blocks]
    assert "\n\n".join(texts) == doc.text
    assert all(t and t == t.strip() and "\n" not in t for t in texts)


def test_bundled_sample_is_the_seed(shared: Path) -> None:
    assert (shared / "seed" / SAMPLE.name).read_bytes() == SAMPLE.read_bytes()
