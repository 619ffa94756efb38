"""Term pairs from aligned sentence pairs: pure cores, pairers, selection, the miner."""

from __future__ import annotations

import numpy as np
import pytest

from align.terms.pairing import PAIRERS, PairingInput, get_pairer, select_pairs
from align.terms.pairing.combined import combine, methods
from align.terms.pairing.cooccurrence import dice, log_likelihood
from align.terms.pairing.dictionary import coverage_score
from align.terms.pairing.renderings import RenderingFinder, chains
from align.terms.pairs import PAIR_COLUMNS, mine_term_pairs
from corpus.errors import ConfigError
from corpus.types import Segment, SentencePair
from tests.align.terms_check_cases import DATA


def rows_of(items: list[list[int]]) -> tuple[frozenset[int], ...]:
    """Per-pair index lists as ``PairingInput`` rows."""
    return tuple(frozenset(r) for r in items)


def load_pairs() -> list[SentencePair]:
    pairs = []
    for line in (DATA / "parallel.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en = line.split("\t")
            pairs.append(SentencePair(zh, en))
    return pairs


# (joint, f_en, f_zh, expected dice)
DICE = [(7, 7, 7, 1.0), (2, 4, 4, 0.5), (1, 1, 3, 0.5), (0, 3, 3, 0.0), (0, 0, 0, 0.0)]


@pytest.mark.parametrize(("joint", "f_en", "f_zh", "expected"), DICE)
def test_dice(joint: int, f_en: int, f_zh: int, expected: float) -> None:
    got = dice(np.array([joint], float), np.array([f_en], float), np.array([f_zh], float))
    assert got[0] == pytest.approx(expected)


# (joint, f_en, f_zh, n, low, high): G² bounds
LLR = [
    (7, 7, 7, 24, 25.0, 30.0),  # always together: strongly associated
    (1, 12, 12, 24, 19.4, 19.6),  # less than chance (6 expected): also far from independence
    (6, 12, 12, 24, 0.0, 0.01),  # exactly what chance gives
    (1, 1, 1, 2, 2.7, 2.8),
]


@pytest.mark.parametrize(("joint", "f_en", "f_zh", "n", "low", "high"), LLR)
def test_log_likelihood(joint: int, f_en: int, f_zh: int, n: int, low: float, high: float) -> None:
    g2 = log_likelihood(np.array([joint], float), np.array([f_en], float),
                        np.array([f_zh], float), n)[0]
    assert low <= g2 <= high


# (English keys, piece keys, expected score)
COVERAGE = [
    (("nuclear", "umbrella"), (frozenset({"nuclear"}), frozenset({"umbrella"})), 1.0),
    (("deter",), (frozenset({"extend"}), frozenset({"deter"})), 2 / 3),
    (("extend", "deter"), (frozenset({"deter"}),), 2 / 3),
    (("arm", "race"), (frozenset({"arm"}), frozenset({"compet"})), 0.5),
    (("x",), (frozenset({"y"}),), 0.0),
    ((), (frozenset({"y"}),), 0.0),
]


@pytest.mark.parametrize(("en", "pieces", "expected"), COVERAGE)
def test_coverage_score(en: tuple, pieces: tuple, expected: float) -> None:
    assert coverage_score(en, pieces) == pytest.approx(expected)


# (cand, score, joint, min_score, min_freq, kept indices)
SELECT = [
    ([[0, 0], [0, 1]], [0.9, 0.5], [5, 5], 0.3, 2, [0]),  # best Chinese term per English term
    ([[0, 0], [0, 1]], [0.5, 0.5], [2, 4], 0.3, 2, [1]),  # tie: more co-occurrences
    ([[0, 0], [1, 0]], [0.9, 0.4], [5, 5], 0.3, 2, [0]),  # 0.4 < 0.8 × 0.9 for the same zh
    ([[0, 0], [1, 0]], [0.9, 0.8], [5, 5], 0.3, 2, [0, 1]),
    ([[0, 0]], [0.2], [5], 0.3, 2, []),
    ([[0, 0]], [0.9], [1], 0.3, 2, []),
]


@pytest.mark.parametrize(("cand", "score", "joint", "min_score", "min_freq", "kept"), SELECT)
def test_select_pairs(cand: list, score: list, joint: list, min_score: float, min_freq: int,
                      kept: list) -> None:
    got = select_pairs(np.array(cand), np.array(score, float), np.array(joint, float),
                       min_score=min_score, min_freq=min_freq)
    assert got.tolist() == kept


def test_counts_and_combined_methods() -> None:
    data = PairingInput(("a", "b"), ("甲", "乙"), rows_of([[0], [0, 1], [1]]),
                        rows_of([[0], [0], [1]]))
    c = data.counts
    table = {(int(e), int(z)): int(j) for (e, z), j in zip(c.cand, c.joint)}
    assert table == {(0, 0): 2, (1, 0): 1, (1, 1): 1}
    assert c.en_freq.tolist() == [2, 2] and c.zh_freq.tolist() == [2, 1]
    comps = {"x": np.array([0.6, 0.1]), "y": np.array([0.2, 0.9])}
    assert combine(comps, {"x": 0.5, "y": 0.5}).tolist() == pytest.approx([0.4, 0.5])
    assert methods(comps) == ["x", "y"]


# (pieces, full mask, zh, expected spans)
CHAINS = [
    ({(0, 2): 1, (2, 4): 2}, 3, "扩展威慑", [(0, 4)]),
    ({(0, 2): 2, (3, 5): 1}, 3, "惩罚性威慑", [(0, 5)]),  # one linking character
    ({(0, 1): 1, (1, 2): 2}, 3, "核伞", []),  # single characters only
    ({(0, 1): 1, (1, 4): 2}, 3, "核保护伞", [(0, 4)]),
    ({(0, 2): 1, (3, 5): 2}, 3, "扩展和威慑", []),  # not adjacent
    ({(0, 4): 3}, 3, "军备竞赛", [(0, 4)]),
]


@pytest.mark.parametrize(("pieces", "full", "zh", "spans"), CHAINS)
def test_chains(pieces: dict, full: int, zh: str, spans: list) -> None:
    assert [(r.start, r.end) for r in chains(zh, pieces, full)] == spans


# (English words, Chinese, renderings found) with CC-CEDICT
RENDERINGS = [
    (("extended", "deterrence"), "美国的扩展威慑很可靠", ["扩展威慑"]),
    (("nuclear", "umbrella"), "美国的核保护伞", ["核保护伞"]),
    (("cruise", "missile"), "这种巡航飞弹射程很远", ["巡航飞弹"]),
    (("peace", "treaty"), "和平条约从未签署", ["和平条约"]),
    (("cruise", "missile"), "和平条约从未签署", []),
]


@pytest.mark.parametrize(("words", "zh", "expected"), RENDERINGS)
def test_renderings(words: tuple, zh: str, expected: list) -> None:
    assert [zh[r.start:r.end] for r in RenderingFinder().find(words, zh)] == expected


def test_pairer_registry() -> None:
    assert {"cooccurrence", "dictionary", "combined"} <= set(PAIRERS.names())
    with pytest.raises(ConfigError, match="valid names: .*cooccurrence"):
        get_pairer("word-aligner")


class _Given:
    """A candidate source that returns fixed terms."""

    def __init__(self, en: list[str], zh: list[str]):
        self.by_lang = {"en": en, "zh": zh}

    def terms(self, segments: list[Segment], lang: str) -> list[str]:
        return self.by_lang[lang]


class _FirstChars:
    """A pairer scoring 1 when the Chinese term starts with 核, else 0 (plug-in test)."""

    name = "first-chars"

    def score(self, data: PairingInput, cand: np.ndarray) -> np.ndarray:
        return np.array([float(data.zh_terms[z].startswith("核")) for _, z in cand])


def test_custom_pairer_and_candidates() -> None:
    pairs = load_pairs()
    source = _Given(["nuclear umbrella", "extended deterrence"], ["核保护伞", "延伸威慑"])
    frame = mine_term_pairs(pairs, pairer=_FirstChars(), candidates=source)
    assert frame[["en", "zh", "method"]].values.tolist() == [
        ["nuclear umbrella", "核保护伞", "first-chars"]]


@pytest.fixture(scope="module")
def mined():
    return mine_term_pairs(load_pairs())


def test_miner_columns(mined) -> None:
    assert tuple(mined.columns) == PAIR_COLUMNS
    assert len(load_pairs()) >= 20


@pytest.mark.parametrize(("en", "zh"), [("extended deterrence", "延伸威慑"),
                                        ("nuclear umbrella", "核保护伞")])
def test_miner_top_pairs(mined, en: str, zh: str) -> None:
    top = mined.head(5)
    row = top[top["en"].str.lower() == en]
    assert row["zh"].tolist() == [zh]
    assert row["method"].tolist() == ["cooccurrence+dictionary"]
    assert int(row["freq"].iloc[0]) == 7
    assert zh in row["example_zh"].iloc[0] and en in row["example_en"].iloc[0].lower()


def test_miner_pairs_are_sorted_and_scored(mined) -> None:
    scores = mined["score"].tolist()
    assert scores == sorted(scores, reverse=True)
    assert all(0.3 <= s <= 1.0 for s in scores)
    assert all(f >= 2 for f in mined["freq"])


def test_miner_empty_input() -> None:
    frame = mine_term_pairs([], candidates=_Given([], []))
    assert tuple(frame.columns) == PAIR_COLUMNS and frame.empty
