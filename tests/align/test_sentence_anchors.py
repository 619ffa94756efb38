"""Anchor keys (numbers, words, punctuation) and their window features."""

from __future__ import annotations

import numpy as np
import pytest

from align.sentence.anchors import (
    anchor_features,
    channel_keys,
    fold,
    number_keys,
    punct_keys,
    word_keys,
)
from corpus.errors import ConfigError

NUMBERS = {
    "decimal comma": ("Mittelwert von 8839,8 m", "de", {"8839.8"}),
    "decimal point and trailing zero": ("ist jedoch nur 8847,60 m", "de", {"8847.6"}),
    "thousands apostrophe": ("Höhe 8'848 m , 1.000 Fuss", "de", {"8848", "1000"}),
    "marker and year": ("12. In das Chandra-Tal , 1955", "de", {"12", "1955"}),
    "french date": ("le 9 mai 1956 , à 7950 m", "fr", {"9", "1956", "7950"}),
    "no digits": ("Das ist nur ein Scheinargument .", "de", set()),
    "chinese numerals beside a digit": ("1958年，有人出了三百块钱。", "zh", {"1958", "300"}),
    "words only: skipped": ("有一年，一个人出了三百块钱。", "zh", set()),
    "chinese digits and wan": ("集装箱吞吐量为1,320万标准箱。", "zh", {"13200000"}),
    "chinese percent and year": ("2023年增长7.2%。", "zh", {"2023", "7.2"}),
    "chinese without numerals": ("他笑了。", "zh", set()),
    "english words beside a digit": ("three hundred yuan in 1958", "en", {"300", "1958"}),
    "english weak one": ("one of them left in 1958", "en", {"1958"}),
    "fullwidth digits": ("共有１２人。", "zh", {"12"}),
}


@pytest.mark.parametrize("text, lang, expected", NUMBERS.values(), ids=NUMBERS.keys())
def test_number_keys(text: str, lang: str, expected: set[str]) -> None:
    assert number_keys(text, lang) == expected


WORDS = {
    "names and cognates": ("Die Expedition am Mount Everest", 0,
                           {"die", "expedition", "mount", "everest"}),
    "accents folded": ("l' expédition au Lhotsé", 0, {"expedition", "lhotse"}),
    "prefix": ("Expeditionen nach Kangchendzönga", 5, {"exped", "nach", "kangc"}),
    "short words and acronyms": ("la UN et le G7 or an", 0, {"un"}),
    "latin inside chinese": ("北约（NATO）秘书长斯托尔滕贝格说", 0, {"nato"}),
    "chinese only": ("他一路上几乎不说话。", 0, set()),
}


@pytest.mark.parametrize("text, prefix, expected", WORDS.values(), ids=WORDS.keys())
def test_word_keys(text: str, prefix: int, expected: set[str]) -> None:
    assert word_keys(text, prefix) == expected


@pytest.mark.parametrize("word, expected", [("Grösse", "grosse"), ("Straße", "strasse"),
                                            ("ÉTÉ", "ete"), ("plain", "plain")])
def test_fold(word: str, expected: str) -> None:
    assert fold(word) == expected


@pytest.mark.parametrize("text, expected", [
    ("“别怕，”老周说。", {'"'}),
    ("Why should I?", {"?"}),
    ("« Pansy » ( n° 51 ) !", {'"', "(", "!"}),
    ("我问他为什么不卖？", {"?"}),
    ("Nobody told him to stop.", set()),
])
def test_punct_keys(text: str, expected: set[str]) -> None:
    assert punct_keys(text) == expected


def test_unknown_channel_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown anchor channel 'names'"):
        channel_keys(["x"], "names", "en")


def _keys(*sents: set[str]) -> list[frozenset[str]]:
    return [frozenset(s) for s in sents]


def test_only_keys_on_both_sides_count() -> None:
    feats = anchor_features({"num": _keys({"1", "5"}, {"2"})}, {"num": _keys({"1"}, {"3"})},
                            2, {"num": 1.0}, 0.5, 1.0)
    assert feats is not None
    assert feats.rows.shape == (2, 2, 1)  # one shared key: "1"
    np.testing.assert_allclose(feats.rows[0, :, 0], [2.0, 0.0])  # weight * (1 + 2 * 0.5)
    np.testing.assert_allclose(feats.cols[0, :, 0], [1.0, 0.0])
    np.testing.assert_allclose(feats.row_cost[0], [0.5, 0.0])


@pytest.mark.parametrize("zkeys, ekeys", [
    (_keys({"1"}, {"2"}), _keys({"3"}, {"4"})),  # nothing shared
    (_keys(set(), set()), _keys({"3"}, set())),
])
def test_no_shared_keys_gives_none(zkeys, ekeys) -> None:
    assert anchor_features({"num": zkeys}, {"num": ekeys}, 2, {"num": 1.0}, 0.5, 1.0) is None


def test_frequent_words_are_dropped_but_punctuation_is_kept() -> None:
    n = 10
    zword = _keys(*([{"des"}] * 5 + [{"everest"}] + [set()] * 4))
    eword = _keys(*([{"des"}] * 6 + [{"everest"}] + [set()] * 3))
    zpunct = _keys(*([{"?"}] * n))
    feats = anchor_features({"word": zword, "punct": zpunct}, {"word": eword, "punct": zpunct},
                            1, {"word": 1.0, "punct": 0.25}, 0.0, 0.2)
    assert feats is not None and feats.rows.shape[2] == 2  # "everest" and "?", not "des"
    assert feats.rows[0, 5].max() == 1.0 and feats.rows[0, 0].max() == 0.25


def test_windows_take_the_union_and_counts_stay_exact_when_dimensions_clash() -> None:
    zkeys = _keys({"a"}, {"b"}, {"a", "c"}, set())
    ekeys = _keys({"a", "b", "c"}, set(), set(), {"b"})
    for dims in (8, 1):  # 3 keys: exact dimensions, then all in one
        feats = anchor_features({"word": zkeys}, {"word": ekeys}, 3, {"word": 1.0}, 1.0, 1.0,
                                max_dims=dims)
        assert feats is not None
        np.testing.assert_allclose(feats.row_cost[:, 0], [1.0, 2.0, 3.0])  # {a}, {a,b}, {a,b,c}
        np.testing.assert_allclose(feats.col_cost[:, 1], [0.0, 0.0, 1.0])  # {}, {}, {b}
        np.testing.assert_allclose(feats.row_cost[2], [3.0, 3.0, 0.0, 0.0])  # 0: past the end
