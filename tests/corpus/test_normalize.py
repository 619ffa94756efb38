"""corpus.normalize: character-level normalisation on str and on TrackedText."""

from __future__ import annotations

import pytest

from corpus import normalize as nz
from corpus.cjk import count_ideographs
from corpus.tracked import TrackedText

FULLWIDTH_CASES = [
    ("ＡＢＣｘｙｚ０１２９", "ABCxyz0129"),
    ("全文共３章", "全文共3章"),
    ("甲\u3000乙", "甲 乙"),
    ("，。；：！？“”（）、《》【】％＆", "，。；：！？“”（）、《》【】％＆"),  # punctuation kept
    ("ﬁ①", "ﬁ①"),  # no NFKC
    ("", ""),
]

SPACE_CHAR_CASES = [
    ("a\u00a0b", "a b"),
    ("a\tb\u2003c", "a b c"),
    ("a\u200bb\ufeffc\u00add", "abcd"),
    ("line\r\nnext", "line\nnext"),
    ("普通文本", "普通文本"),
]

INTERPUNCT_CASES = [
    ("特伦斯 ·罗里格", "特伦斯·罗里格"),
    ("特伦斯 · 罗里格", "特伦斯·罗里格"),
    ("特伦斯・罗里格", "特伦斯·罗里格"),
    ("特伦斯•罗里格", "特伦斯·罗里格"),
    ("特伦斯‧罗里格", "特伦斯·罗里格"),
    ("John · Smith", "John · Smith"),  # not between ideographs
    ("• 列表项", "• 列表项"),
    ("特伦斯· Roehrig", "特伦斯· Roehrig"),
]

CJK_SPACING_CASES = [
    ("简 介", "简介"),
    ("是 一 位 教授", "是一位教授"),
    ("Quarterly ，Volume132", "Quarterly，Volume132"),
    ("（Terence Roehrig）， 美国", "（Terence Roehrig），美国"),
    ("扩展威慑理论 &核保护伞", "扩展威慑理论&核保护伞"),
    ("理论 & 核", "理论&核"),
    ("Nuclear Weapons and Extended", "Nuclear Weapons and Extended"),
    ("包括 NATO 在内", "包括 NATO 在内"),  # Latin–CJK spaces kept
    ("a & b", "a & b"),
    ("# 【作者介绍】", "# 【作者介绍】"),  # heading mark keeps its space
    ("他说 “好” 。", "他说“好”。"),
    ("said “yes” today", "said “yes” today"),
]

COLLAPSE_CASES = [
    ("a   b", "a b"),
    ("  a  \n  b  ", "a\nb"),
    ("a\n\n\n\nb", "a\n\nb"),
    ("\n\na\n\n", "a"),
    ("   ", ""),
    ("中文 English", "中文 English"),
]


@pytest.mark.parametrize(("text", "expected"), FULLWIDTH_CASES)
def test_fullwidth_to_ascii(text: str, expected: str) -> None:
    assert nz.fullwidth_to_ascii(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPACE_CHAR_CASES)
def test_normalize_space_chars(text: str, expected: str) -> None:
    assert nz.normalize_space_chars(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTERPUNCT_CASES)
def test_normalize_interpunct(text: str, expected: str) -> None:
    assert nz.normalize_interpunct(text) == expected


@pytest.mark.parametrize(("text", "expected"), CJK_SPACING_CASES)
def test_normalize_cjk_spacing(text: str, expected: str) -> None:
    assert nz.normalize_cjk_spacing(text) == expected


@pytest.mark.parametrize(("text", "expected"), COLLAPSE_CASES)
def test_collapse_whitespace(text: str, expected: str) -> None:
    assert nz.collapse_whitespace(text) == expected


FUNCS = [
    nz.fullwidth_to_ascii, nz.normalize_space_chars, nz.normalize_interpunct,
    nz.normalize_cjk_spacing, nz.collapse_whitespace,
]
ALL_CASES = FULLWIDTH_CASES + SPACE_CHAR_CASES + INTERPUNCT_CASES + CJK_SPACING_CASES + COLLAPSE_CASES


@pytest.mark.parametrize("func", FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("text", "_expected"), ALL_CASES)
def test_tracked_and_plain_agree(func, text: str, _expected: str) -> None:  # type: ignore[no-untyped-def]
    tracked = func(TrackedText.from_source(text))
    assert tracked.text == func(text)
    assert len(tracked.offsets) == len(tracked.text)
    assert all(0 <= o <= len(text) for o in tracked.offsets)


def test_kept_characters_keep_their_source_offsets() -> None:
    tt = nz.normalize_cjk_spacing(TrackedText.from_source("简 介：特 伦斯"))
    assert tt.text == "简介：特伦斯"
    assert [tt.offsets[tt.text.index(c)] for c in "简介伦"] == [0, 2, 6]


@pytest.mark.parametrize(("text", "n"), [("核保护伞", 4), ("Nuclear", 0), ("2018年 “核”", 2), ("", 0)])
def test_count_ideographs(text: str, n: int) -> None:
    assert count_ideographs(text) == n
