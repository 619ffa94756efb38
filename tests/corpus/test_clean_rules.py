"""Every cleaning rule alone, on small inputs (one case table per rule)."""

from __future__ import annotations

import pytest

from corpus.clean import RULE_BY_NAME, RULES, Notes, rules_for
from corpus.clean.tables import boilerplate, info_labels, parse_table
from corpus.errors import ConfigError

LONG = "这是一段足够长的正文段落，它讲述联盟、威慑与承诺之间的关系，并且远远超过样板短块六十个字符的长度限制，所以它是正文。"

CASES = [
    # (rule, input, expected output)
    ("space_chars", "a\u00a0b\tc\u200bd\r", "a b cd"),
    ("fullwidth", "ＡＢＣ１２３\u3000ｘ，。", "ABC123 x，。"),
    ("front_matter", "---\ntitle: T\nauthor: \n---\nbody", "body"),
    ("front_matter", "---\nnot a key line\n---\nbody", "---\nnot a key line\n---\nbody"),
    ("front_matter", "text\n---\ntitle: T\n---\n", "text\n---\ntitle: T\n---\n"),
    ("html", "a<b>b</b>c<br/>d&amp;e<!-- 注释 -->f", "abc\nd&ef"),
    ("html", "1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
    ("images", "a![](/x.png)b ![alt](http://x/y.jpg \"t\")c", "ab c"),
    ("marker_lines", " ** **  \n****\ntext **b**\n---", "\n\ntext **b**\n"),
    ("blank_lines", "a  \n   \nb", "a\n\nb"),
    ("drop_footer", f"{LONG}\n\n更多阅读\n\n[甲](http://x)\n\n短行\n\n{LONG}", f"{LONG}\n\n\n\n\n\n\n\n{LONG}"),
    ("drop_footer", f"更多阅读的理由很多。{LONG}", f"更多阅读的理由很多。{LONG}"),
    ("drop_boilerplate", "收录于合集 #话题 3个\n\n正文", "\n\n正文"),
    ("drop_boilerplate", " **点击** **阅读原文** **查看全文**", ""),
    ("drop_boilerplate", f"请设置星标。{LONG}", f"请设置星标。{LONG}"),  # long: body text
    ("drop_link_lists", "[甲](http://x)\n[乙](http://y)\n\n正文", "\n\n正文"),
    ("drop_link_lists", f"详见[报告](http://x)。{LONG}", f"详见[报告](http://x)。{LONG}"),
    ("drop_link_lists", "http://example.org/a\n\n正文", "\n\n正文"),
    ("bold_headings", "**简 介**", "# **简 介**"),
    ("bold_headings", "************核心观点 ** ** ******", "# ************核心观点 ** ** ******"),
    ("bold_headings", " **1. 一句话；**", " **1. 一句话；**"),
    ("bold_headings", "**上一行\n下一行**", "**上一行\n下一行**"),
    ("bold_headings", "**[链接](http://x)**", "**[链接](http://x)**"),
    ("bold_headings", "普通短行", "普通短行"),
    ("blockquotes", "> 引文\n>二", "引文\n二"),
    ("list_items", "前文\n* 甲\n- 乙\n1. 丙", "前文\n\n甲\n\n乙\n\n1. 丙"),
    ("list_items", "1.拥有足够的力量", "1.拥有足够的力量"),
    ("links", "见[报告](http://x/a_(b))。<http://y>", "见报告。"),
    ("links", "[\n【期刊】标题](http://x)", "\n【期刊】标题"),
    ("urls", "见 https://a.org/x?y=1. 与 www.b.com/z 完", "见 . 与  完"),
    ("urls", "ftp://f.org/a 文", " 文"),
    ("emphasis", "**粗**、*斜*、******跑、__下__、~~删~~、`码`、 * 、a*b", "粗、斜、跑、下、删、码、  、a*b"),
    ("emphasis", "__init__ 与 snake__case", "init 与 snake__case"),
    ("indented_paragraphs", "一\n  二\n三", "一\n\n  二\n三"),
    ("isolate_headings", "前\n# 标题\n后", "前\n\n# 标题\n\n后"),
    ("isolate_headings", "#标签 不是标题", "#标签 不是标题"),
    ("collapse_whitespace", "  a   b  \n\n\n\nc  ", "a b\n\nc"),
    ("broken_numbers", "1\n958年1月，", "1958年1月，"),
    ("broken_numbers", "前文\n19\n91年", "前文\n1991年"),
    ("broken_numbers", "12\n3.5%", "123.5%"),
    ("broken_numbers", "1\n2\n3", "1\n2\n3"),
    ("broken_numbers", "第1\n958年", "第1\n958年"),
    ("broken_numbers", "1234\n5年", "1234\n5年"),
    ("broken_numbers", "1\n个人", "1\n个人"),
    ("sentence_end_paragraphs", "一句。\n二句\n三", "一句。\n\n二句\n三"),
    ("sentence_end_paragraphs", "问吗？”\n下文", "问吗？”\n\n下文"),
    ("join_lines", "中\n文", "中文"),
    ("join_lines", "Nuclear Weapons and\nExtended Deterrence", "Nuclear Weapons and Extended Deterrence"),
    ("join_lines", "Winter\n2017—2018", "Winter 2017—2018"),
    ("join_lines", "well-\nknown", "well-known"),
    ("join_lines", "包括：\n1.拥有", "包括：1.拥有"),
    ("join_lines", "说：“\n好”", "说：“好”"),
    ("join_lines", "said “yes”\nthen", "said “yes” then"),
    ("join_lines", "段一\n\n段二", "段一\n\n段二"),
    ("interpunct", "特伦斯 ·罗里格", "特伦斯·罗里格"),
    ("cjk_spacing", "简 介", "简介"),
    ("info_labels", "【作者介绍】\n\n某某，教授。", "# 作者介绍\n\n某某，教授。"),
    ("info_labels", "# 【本文编译】李桐\n\n正文", "\n\n正文"),
    ("info_labels", "【作者介绍】张三，某大学教授，研究核战略。", "# 作者介绍\n\n张三，某大学教授，研究核战略。"),
    ("info_labels", "【 作者介绍 】", "# 作者介绍"),
    ("info_labels", "## 【期刊介绍】\n\n期刊简介。", "# 期刊介绍\n\n期刊简介。"),
    ("info_labels", "【一周预告】下周安排", "【一周预告】下周安排"),
    ("info_labels", "正文提到【作者介绍】一词", "正文提到【作者介绍】一词"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES)
def test_rule(name: str, text: str, expected: str) -> None:
    out = RULE_BY_NAME[name](text)
    assert out.text == expected
    assert len(out.offsets) == len(out.text)


META_CASES = [
    # (rule, input, expected meta)
    ("front_matter", "---\ntitle: 'T'\ndate: 2018-10-29 19:37:51\nauthor: \ntags: \n---\nx",
     {"title": "T", "date": "2018-10-29 19:37:51"}),
    ("front_matter", "---\ntags:\n  - 威慑\n  - 联盟\nkeywords: [a, b]\n---\n",
     {"tags": "威慑, 联盟", "keywords": "a, b"}),
    ("info_labels", "【作者介绍】\n\n某某，教授。", {"author_intro": "某某，教授。"}),
    ("info_labels", "【文章原题】The U.S. Nuclear Umbrella", {"original_title": "The U.S. Nuclear Umbrella"}),
    ("info_labels", "【 作者介绍 】\n\n【期刊介绍】\n\n期刊简介。",
     {"journal_intro": "期刊简介。"}),
    ("info_labels", "【本文编译】：李桐", {"translator": "李桐"}),
]


@pytest.mark.parametrize(("name", "text", "meta"), META_CASES)
def test_rule_meta(name: str, text: str, meta: dict[str, str]) -> None:
    notes = Notes()
    RULE_BY_NAME[name](text, notes)
    assert notes.meta == meta


REMOVAL_CASES = [
    # (rule, input, [(kind, removed text)])
    ("drop_boilerplate", "正文。\n\n收录于合集\n\n正文。", [("dropped", "收录于合集")]),
    ("drop_link_lists", "[甲](http://x)\n[乙](http://y)", [("dropped", "[甲](http://x)\n[乙](http://y)")]),
    ("drop_footer", "往期推荐\n\n[甲](http://x)", [("dropped", "往期推荐"), ("dropped", "[甲](http://x)")]),
    ("info_labels", "【本文编译】李桐", [("meta", "【本文编译】李桐")]),
    ("front_matter", "---\ntitle: T\n---\nx", [("meta", "---\ntitle: T\n---\n")]),
    ("drop_boilerplate", "正文没有任何样板。", []),
]


@pytest.mark.parametrize(("name", "text", "removed"), REMOVAL_CASES)
def test_rule_records_what_it_removes(name: str, text: str, removed: list[tuple[str, str]]) -> None:
    notes = Notes()
    RULE_BY_NAME[name](text, notes)
    assert [(r.kind, r.text) for r in notes.removed] == removed
    for r in notes.removed:
        assert text[r.start:r.end] == r.text


def test_rule_names_and_order() -> None:
    assert [r.name for r in RULES] == [
        "space_chars", "fullwidth", "front_matter", "html", "images", "marker_lines",
        "blank_lines", "drop_footer", "drop_boilerplate", "drop_link_lists", "bold_headings",
        "blockquotes", "list_items", "links", "urls", "emphasis", "indented_paragraphs",
        "isolate_headings", "collapse_whitespace", "broken_numbers", "sentence_end_paragraphs",
        "join_lines", "interpunct", "cjk_spacing", "info_labels",
    ]
    assert all(r.doc for r in RULES)


@pytest.mark.parametrize(
    ("markdown", "plain", "has", "lacks"),
    [
        (True, False, {"emphasis", "drop_footer", "join_lines"}, {"indented_paragraphs"}),
        (False, True, {"indented_paragraphs", "join_lines"}, {"emphasis", "drop_footer"}),
        (False, False, {"join_lines", "info_labels"}, {"emphasis", "indented_paragraphs"}),
    ],
)
def test_rules_for_scopes(markdown: bool, plain: bool, has: set[str], lacks: set[str]) -> None:
    names = {r.name for r in rules_for(markdown=markdown, plain=plain)}
    assert has <= names
    assert not lacks & names


def test_bundled_tables_load() -> None:
    assert "收录于合集" in boilerplate("phrase")
    assert "更多阅读" in boilerplate("marker")
    assert info_labels()["本文编译"] == "translator"


@pytest.mark.parametrize("bad", ["phrase", "phrase\t", "a\tb\tc", "\tx"])
def test_parse_table_rejects_bad_lines(bad: str) -> None:
    with pytest.raises(ConfigError, match=":2:"):
        parse_table(f"# comment\n{bad}\n", "t.tsv")
