"""Interpunct-name spans, with a hand-made tagger (no jieba): the boundary rules alone."""

from __future__ import annotations

import pytest

from corpus.tokenize.names import find_name_spans

# word -> (tag, dictionary frequency; 0 = unknown word)
LEXICON = {
    "美国": ("ns", 36089), "总统": ("n", 6679), "乔治": ("nr", 283), "布什": ("nrt", 708),
    "宣布": ("v", 7604), "中国": ("ns", 129470), "北京": ("ns", 34488), "罗里": ("ns", 8),
    "格": ("n", 4237), "利用": ("n", 13559), "特蕾": ("nr", 0), "莎": ("nr", 681),
    "梅": ("nr", 1462), "表示": ("v", 19238), "的": ("uj", 318825), "金": ("b", 15074),
    "马丁": ("nr", 437), "路德": ("nrt", 102), "和": ("c", 555815), "克林顿": ("nr", 295),
    "希拉里": ("nrt", 14), "德国总理": ("nr", 3), "安格拉": ("nr", 3), "默克尔": ("nrt", 3),
    "长": ("a", 40281), "劳埃德": ("nr", 32),
}


def tagger(run: str) -> list[tuple[str, str, int]]:
    """Greedy longest match over LEXICON; unknown characters become unknown one-char words."""
    out, i = [], 0
    while i < len(run):
        for j in range(len(run), i, -1):
            if run[i:j] in LEXICON:
                tag, freq = LEXICON[run[i:j]]
                out.append((run[i:j], tag, freq))
                i = j
                break
        else:
            out.append((run[i], "x", 0))
            i += 1
    return out


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in find_name_spans(text, tagger)]


CASES = [
    ("美国总统乔治·布什宣布", ["乔治·布什"]),
    ("特蕾莎・梅表示", ["特蕾莎・梅"]),  # katakana middle dot; unknown 特蕾 absorbed
    ("乔治•布什", ["乔治•布什"]),  # bullet
    ("乔治‧布什", ["乔治‧布什"]),  # hyphenation point
    ("特伦斯 ·罗里格利用", ["特伦斯 ·罗里格"]),  # space before the dot (seed sample)
    ("马丁·路德·金的", ["马丁·路德·金"]),  # three parts; single-char 金 kept
    ("克林顿和希拉里·克林顿", ["希拉里·克林顿"]),
    ("乔治·布什和希拉里·克林顿", ["乔治·布什", "希拉里·克林顿"]),
    ("德国总理安格拉·默克尔表示", ["安格拉·默克尔"]),  # known multi-char word not absorbed
    ("长劳埃德·布什", ["劳埃德·布什"]),  # 长 is an adjective: stop
    ("中国·北京", []),  # frequent place names are not name parts
    ("的·布什", []),
    ("乔治·的", []),
    ("乔治·", []),
    ("A·B", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_interpunct_names(text, expected):
    assert names(text) == expected


def test_spans_index_the_text():
    text = "据报道，美国总统乔治·布什宣布"
    (span,) = find_name_spans(text, tagger)
    assert span == (text.index("乔治"), text.index("宣布"))
