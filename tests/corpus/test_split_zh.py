"""Chinese sentence splitter: tricky cases as (text, expected sentences) tables."""

from __future__ import annotations

import pytest

from corpus.split import split_zh
from tests.corpus.split_invariants import assert_valid_spans, sentences

# (id, paragraph, expected sentences in order)
CASES: list[tuple[str, str, list[str]]] = [
    ("plain", "起初神创造天地。地是空虚混沌。", ["起初神创造天地。", "地是空虚混沌。"]),
    ("mark-runs", "真的吗？！我不信！？好吧。", ["真的吗？！", "我不信！？", "好吧。"]),
    ("closing-double-quote", "他说：“我们会赢。”随后他离开了。",
     ["他说：“我们会赢。”", "随后他离开了。"]),
    ("closing-corner-quote", "她喊道：「快跑！」大家都跑了。", ["她喊道：「快跑！」", "大家都跑了。"]),
    ("closing-white-corner", "书中写道：『天下大势，分久必合。』此言不虚。",
     ["书中写道：『天下大势，分久必合。』", "此言不虚。"]),
    ("question-in-brackets", "这是真的吗（我不确定？）我们再看。", ["这是真的吗（我不确定？）", "我们再看。"]),
    ("quote-then-bracket", "（他说：“结束了。”）下一句开始。", ["（他说：“结束了。”）", "下一句开始。"]),
    ("decimal", "2017年该期刊的影响因子为0.426，排名第146位。下一句。",
     ["2017年该期刊的影响因子为0.426，排名第146位。", "下一句。"]),
    ("dates", "会议于2018.10.29召开。下周（10.29-11.2）有安排。",
     ["会议于2018.10.29召开。", "下周（10.29-11.2）有安排。"]),
    ("version", "软件升级到v2.0.1版本。用户很满意。", ["软件升级到v2.0.1版本。", "用户很满意。"]),
    ("us-abbreviation", "The U.S.军队已经撤离。韩国表示欢迎。", ["The U.S.军队已经撤离。", "韩国表示欢迎。"]),
    ("eg-abbreviation", "例如e.g.这种写法。很常见。", ["例如e.g.这种写法。", "很常见。"]),
    ("et-al-before-han", "参见Smith et al.的研究。结论相同。", ["参见Smith et al.的研究。", "结论相同。"]),
    ("english-sentences-inside", "他引用了一句话：Deterrence is hard. It requires credibility. 这句话很有名。",
     ["他引用了一句话：Deterrence is hard. It requires credibility.", "这句话很有名。"]),
    ("english-title", "【文章原题】The U.S. Nuclear Umbrella over South Korea: Nuclear Weapons and "
     "Extended Deterrence",
     ["【文章原题】The U.S. Nuclear Umbrella over South Korea: Nuclear Weapons and "
      "Extended Deterrence"]),
    ("english-pages", "Political Science Quarterly，Volume132, Issue4，Winter 2017—2018，Pages 651-684.",
     ["Political Science Quarterly，Volume132, Issue4，Winter 2017—2018，Pages 651-684."]),
    ("inline-enumeration", "两种方式包括：1.拥有足够的军事力量；2.采用惩罚威慑。其中惩罚威慑是关键。",
     ["两种方式包括：1.拥有足够的军事力量；", "2.采用惩罚威慑。", "其中惩罚威慑是关键。"]),
    ("enumeration-after-newline", "两种方式包括：\n1.拥有足够的军事力量；2.采用惩罚威慑。",
     ["两种方式包括：\n1.拥有足够的军事力量；", "2.采用惩罚威慑。"]),
    ("bracket-enumerators", "原因有三：（1）破坏力巨大；（2）声誉成本高；（3）污染严重。",
     ["原因有三：（1）破坏力巨大；", "（2）声誉成本高；", "（3）污染严重。"]),
    ("circled-enumerators", "步骤如下：①准备材料；②开始实验。", ["步骤如下：①准备材料；", "②开始实验。"]),
    ("numbered-lines", "1. 核保护伞的政治价值远高于其军事价值；\n2.美国核保护伞仍然重要；\n3.它是防扩散工具。",
     ["1. 核保护伞的政治价值远高于其军事价值；", "2.美国核保护伞仍然重要；", "3.它是防扩散工具。"]),
    ("semicolon", "初级威慑保护自身；扩展威慑保护盟友。", ["初级威慑保护自身；", "扩展威慑保护盟友。"]),
    ("ellipsis", "他犹豫了……最后还是走了。", ["他犹豫了……", "最后还是走了。"]),
    ("single-ellipsis", "他犹豫了…最后还是走了。", ["他犹豫了…", "最后还是走了。"]),
    ("ellipsis-deng", "苹果、香蕉……等水果都很好吃。", ["苹果、香蕉……等水果都很好吃。"]),
    ("ellipsis-comma", "他说……，然后走了。", ["他说……，然后走了。"]),
    ("ascii-ellipsis", "我想想...好吧，就这样。", ["我想想...", "好吧，就这样。"]),
    ("repeated-full-stops", "我无语了。。。真的。", ["我无语了。。。", "真的。"]),
    ("ellipsis-then-mark", "天哪……！这是真的。", ["天哪……！", "这是真的。"]),
    ("not-inside-book-title", "他读了《你好吗？》这本书。很好看。", ["他读了《你好吗？》这本书。", "很好看。"]),
    ("not-inside-brackets", "我们（见第3章；第5章）讨论过。结论如下。",
     ["我们（见第3章；第5章）讨论过。", "结论如下。"]),
    ("ascii-question-before-han", "真的吗?他问道。", ["真的吗?", "他问道。"]),
    ("question-mark-in-url", "访问http://a.cn/s?id=1获取。然后返回。", ["访问http://a.cn/s?id=1获取。", "然后返回。"]),
    ("leading-ellipsis", "...更多文章请查看历史文章。", ["...更多文章请查看历史文章。"]),
    ("trailing-dash", "结束了。——", ["结束了。——"]),
    ("newline-is-space", "第一句话\n还在继续。第二句。", ["第一句话\n还在继续。", "第二句。"]),
    ("spaces-trimmed", "  第一句。  第二句！ 第三句？ ", ["第一句。", "第二句！", "第三句？"]),
    ("straight-quote-closes", '他说:"我们走。"然后离开了。', ['他说:"我们走。"', "然后离开了。"]),
    ("straight-quote-opens", '我们走。"快点"他说。', ["我们走。", '"快点"他说。']),
    ("fullwidth-period", "这是一个例子．下一句。", ["这是一个例子．", "下一句。"]),
    ("fullwidth-decimal", "增长了３．５个百分点。", ["增长了３．５个百分点。"]),
    # Documented choice: a quoted exclamation followed by its attribution is split (as in most
    # Chinese splitters); telling it from "…。”随后…" would need syntax.
    ("quote-attribution", "“快跑！”他喊道。", ["“快跑！”", "他喊道。"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_zh_cases(text: str, expected: list[str]) -> None:
    spans = split_zh(text)
    assert sentences(text, spans) == expected
    assert_valid_spans(text, spans)


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\u3000"])
def test_blank_input_gives_no_sentences(text: str) -> None:
    assert split_zh(text) == []


def test_long_unclosed_bracket_does_not_swallow_the_paragraph() -> None:
    text = "表情（" + "很长的句子，" * 60 + "结束。" + "下一句。"
    assert sentences(text, split_zh(text))[-1] == "下一句。"


def test_short_unclosed_bracket_blocks_a_break() -> None:
    text = "他说（这里没有闭合。然后继续。"
    assert sentences(text, split_zh(text)) == [text]
