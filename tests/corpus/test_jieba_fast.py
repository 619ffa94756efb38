"""The fused-DAG jieba subclass must segment exactly like plain jieba (with and without HMM)."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from corpus.tokenize.jieba_fast import FastTokenizer
from tests.conftest import SAMPLE, SHARED

EXTRA_WORDS = [("扩展威慑", None, "nz"), ("特伦斯", 5, "nr"), ("核保护伞", 10, "nz")]
CASES = [
    "", "。", "abc 123", "核武器", "战术核武器的使用", "1958年1月，第一批美国核武器运抵韩国。",
    "特伦斯·罗里格（Terence Roehrig）", "戈尔巴乔夫也这样做", "起初神创造天地。地是空虚混沌。",
    "亚伯拉罕生以撒，以撒生雅各，雅各生犹大和他的弟兄", "他们说：“我们要去耶路撒冷。”",
]


@pytest.fixture(scope="module")
def pair() -> tuple[jieba.Tokenizer, FastTokenizer]:
    plain, fast = jieba.Tokenizer(), FastTokenizer()
    for tok in (plain, fast):
        tok.initialize()
        for word, freq, tag in EXTRA_WORDS:
            tok.add_word(word, freq, tag)
    return plain, fast


def _texts() -> list[str]:
    texts = [*CASES, SAMPLE.read_text("utf-8")]
    bible = SHARED / "bench" / "bible-enzh" / "zh" / "001"
    if bible.is_file():
        lines = bible.read_text("utf-8").splitlines()
        texts += ["".join(lines[i:i + 20]) for i in range(0, 3000, 20)]
    return texts


@pytest.mark.parametrize("hmm", [True, False])
def test_same_tokens_as_plain_jieba(pair, hmm: bool) -> None:
    plain, fast = pair
    for text in _texts():
        assert list(fast.cut(text, HMM=hmm)) == list(plain.cut(text, HMM=hmm)), text[:40]


def test_added_words_after_first_cut_are_used(pair) -> None:
    _, fast = pair
    list(fast.cut("非军事区附近"))
    fast.add_word("区附近", 10_000_000)
    assert "区附近" in list(fast.cut("非军事区附近"))


def test_is_its_own_instance_not_the_global_one() -> None:
    assert not isinstance(jieba.dt, FastTokenizer) and Path(jieba.__file__).exists()


def test_hmm_cut_equals_finalseg_on_unknown_runs() -> None:
    from jieba import finalseg

    from corpus.tokenize.jieba_fast import _hmm_cut

    runs = ["利百加", "亚比米勒", "特伦斯罗里格", "abc罗里格12", "非军事区附近的朝军", "戈尔巴乔夫也这样做",
            "一二三四五六七八九十", "的"]
    for run in runs:
        assert list(_hmm_cut(run)) == list(finalseg.cut(run)), run
