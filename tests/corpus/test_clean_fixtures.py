"""corpus.clean end to end on small fixtures (tests/data/clean/) and on in-memory inputs."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from corpus.clean import clean, clean_with_report, looks_like_markdown
from corpus.errors import ConfigError
from corpus.read.base import RawText
from corpus.types import Document

DATA = Path(__file__).resolve().parents[1] / "data" / "clean"
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _raw(name: str, fmt: str) -> RawText:
    path = DATA / name
    return RawText(text=path.read_text("utf-8"), path=str(path), format=fmt)


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


WECHAT_BLOCKS = [
    ("heading", "导读"),
    ("heading", "作者介绍"),
    ("paragraph", "约翰·史密斯（John Smith），某大学政治学教授。"),
    ("heading", "主要观点"),
    ("paragraph", "1. 联盟的可信度取决于承诺的代价；"),
    ("paragraph", "2.核威慑并非联盟安全的唯一支柱。"),
    ("heading", "联盟理论&威慑"),
    ("paragraph", "联盟理论认为，小国依靠大国的保护来换取安全保障。大国则通过承诺来维护其信誉。"
                  "详见研究报告。原始数据见。"),
    ("paragraph", "1962年10月，古巴导弹危机爆发，ABC三国的反应各不相同。共有12个国家表态。"),
    ("paragraph", "Extended deterrence is a commitment made in Winter 2017—2018 by the allies."),
    ("paragraph", "结论部分：联盟与威慑相互依存，二者缺一不可。要点如下："),
    ("paragraph", "承诺要可信"),
    ("paragraph", "代价要可承受"),
    ("paragraph", "引文：威慑是一种心理状态。"),
]

PLAIN_BLOCKS = [
    ("heading", "第一章总则"),
    ("paragraph", "第一条为了规范合成文本的清洗，制定本规则。本规则适用于txt文件"),
    ("paragraph", "第二条清洗不得删除正文。全文共3章。"),
    ("paragraph", "The cleaner joins hard-wrapped English lines with a space."),
    ("paragraph", "特伦斯·罗里格是一位教授。"),
    ("paragraph", "http://example.org stays in plain text."),
]


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("wechat_synthetic.md", "md", WECHAT_BLOCKS),
        ("wechat_synthetic.md", "txt", WECHAT_BLOCKS),  # txt that looks like markdown
        ("plain.txt", "txt", PLAIN_BLOCKS),
    ],
)
def test_fixture_blocks(name: str, fmt: str, expected: list[tuple[str, str]]) -> None:
    assert _blocks(clean(_raw(name, fmt), lang="zh")) == expected


def test_wechat_fixture_meta_and_report() -> None:
    doc, report = clean_with_report(_raw("wechat_synthetic.md", "md"), lang="zh")
    meta = doc.meta
    assert meta["title"] == "【测试杂志】合成的微信文章"
    assert meta["tags"] == "威慑, 联盟"
    assert "author" not in meta
    assert meta["original_title"] == "Alliance Politics and Nuclear Deterrence"
    assert meta["translator"] == "王五"
    assert meta["markup"] == "markdown" and meta["reader"] == "md"
    rules = [r.rule for r in report.dropped]
    assert rules.count("drop_footer") == 5
    assert {"drop_boilerplate", "drop_link_lists"} <= set(rules)
    assert meta["removed_blocks"] == str(len(report.dropped)) == "8"
    assert [(r.rule, r.line, r.end_line) for r in report.removed[:2]] == [
        ("front_matter", 1, 6), ("drop_boilerplate", 8, 8)]


@pytest.mark.parametrize(("name", "fmt"), [("wechat_synthetic.md", "md"), ("plain.txt", "txt")])
def test_no_ideograph_is_lost(name: str, fmt: str) -> None:
    raw = _raw(name, fmt)
    doc, report = clean_with_report(raw, lang="zh")
    after = Counter(IDEOGRAPH.findall(doc.text))
    for r in report.removed:
        after += Counter(IDEOGRAPH.findall(r.text))
    assert after == Counter(IDEOGRAPH.findall(raw.text))


@pytest.mark.parametrize(
    ("name", "fmt", "needle", "line"),
    [
        ("wechat_synthetic.md", "md", "1962年", 38),
        ("wechat_synthetic.md", "md", "962年", 39),
        ("wechat_synthetic.md", "md", "通过承诺", 35),
        ("wechat_synthetic.md", "md", "2017—2018", 43),
        ("plain.txt", "txt", "第一章", 1),
        ("plain.txt", "txt", "规则。本规则", 4),
        ("plain.txt", "txt", "全文共3章", 5),
    ],
)
def test_source_lines(name: str, fmt: str, needle: str, line: int) -> None:
    doc = clean(_raw(name, fmt), lang="zh")
    assert doc.source_map.source_line(doc.text.index(needle)) == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: x\n---\nbody", True),
        ("a **bold** word", True),
        ("![](cover.png)", True),
        ("[link](https://x.org)", True),
        ("plain 文本 with a * star", False),
        ("[1] a citation", False),
    ],
)
def test_looks_like_markdown(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected


@pytest.mark.parametrize(
    ("fmt", "text", "expected", "markdown"),
    [
        ("md", "**标题**\n\n正文。", [("heading", "标题"), ("paragraph", "正文。")], True),
        ("txt", "**标题**\n\n正文。", [("heading", "标题"), ("paragraph", "正文。")], True),
        ("pdf", "**标题**\n\n正文。", [("paragraph", "**标题**"), ("paragraph", "正文。")], False),
        ("docx", "# 标题\n正文第一行\n第二行", [("heading", "标题"), ("paragraph", "正文第一行第二行")],
         False),
        ("txt", "## Title ##\n\nBody text", [("heading", "Title"), ("paragraph", "Body text")], False),
        ("txt", "", [], False),
        ("txt", "\n \n\u3000\n", [], False),
    ],
)
def test_formats(fmt: str, text: str, expected: list[tuple[str, str]], markdown: bool) -> None:
    doc, report = clean_with_report(RawText(text=text, path=f"x.{fmt}", format=fmt), lang="zh")
    assert _blocks(doc) == expected
    assert report.markdown is markdown
    assert len(doc.source_map.offsets) == len(doc.text)


@pytest.mark.parametrize(
    ("path", "doc_id", "expected"),
    [("/a/b/report.final.md", None, "report.final"), ("/a/b/x.md", "mine", "mine"), ("", None, "doc")],
)
def test_document_id(path: str, doc_id: str | None, expected: str) -> None:
    doc = clean(RawText(text="正文。", path=path, format="md"), lang="zh", doc_id=doc_id)
    assert doc.id == expected


def test_reader_meta_is_kept_and_front_matter_wins() -> None:
    raw = RawText(text="---\ntitle: 前言标题\n---\n正文。", path="x.md", format="md", encoding="gb18030",
                  meta={"title": "reader title", "pages": "3"})
    doc = clean(raw, lang="zh")
    assert (doc.title, doc.meta["pages"], doc.meta["encoding"]) == ("前言标题", "3", "gb18030")
    assert doc.lang == "zh"


@pytest.mark.parametrize("lang", ["", "chinese", "ZH", "z"])
def test_bad_language_is_a_config_error(lang: str) -> None:
    with pytest.raises(ConfigError, match="ISO 639-1"):
        clean(RawText(text="x", path="x.txt", format="txt"), lang=lang)
