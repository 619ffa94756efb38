"""Pure cores of term extraction: C-value with nesting, keyness, combined score, references."""

from __future__ import annotations

import math

import numpy as np
import pytest

from align.terms.cvalue import c_values, length_weight, nested_parents
from align.terms.keyness import combined_score, log_ratio, per_million
from align.terms.reference import (
    JiebaIdfReference,
    WordfreqReference,
    combine_units,
    load_jieba_idf,
)

# a = x y (10), b = w x y (3), c = x y z (2), d = w x y z (1), e = y (12)
KEYS = [("x", "y"), ("w", "x", "y"), ("x", "y", "z"), ("w", "x", "y", "z"), ("y",)]
FREQ = [10, 3, 2, 1, 12]
PARENTS = [[1, 2, 3], [3], [3], [], [0, 1, 2, 3]]
LOG3 = math.log2(3)

# plus_one, expected C-values worked out by hand:
#   a: w(2) * (10 - (3+2+1)/3)   b: w(3) * (3 - 1)   c: w(3) * (2 - 1)   d: w(4) * 1
#   e: w(1) * (12 - (10+3+2+1)/4)
CVALUE_CASES = {
    "log2(len+1)": (True, [LOG3 * 8, 2 * 2, 2 * 1, math.log2(5) * 1, 1 * 8]),
    "classic log2(len)": (False, [1 * 8, LOG3 * 2, LOG3 * 1, 2 * 1, 0.0]),
}


def test_nested_parents_hand_table() -> None:
    assert nested_parents(KEYS) == PARENTS


NESTING_CASES = {
    "repeated inside one parent counts once": ([("a",), ("a", "b", "a")], [[1], []]),
    "not contiguous is not nested": ([("a", "c"), ("a", "b", "c")], [[], []]),
    "chain": ([("c",), ("b", "c"), ("a", "b", "c")], [[1, 2], [2], []]),
    "no candidates": ([], []),
}


@pytest.mark.parametrize(("keys", "expected"), NESTING_CASES.values(), ids=NESTING_CASES.keys())
def test_nested_parents_cases(keys, expected) -> None:
    assert nested_parents(keys) == expected


@pytest.mark.parametrize(("plus_one", "expected"), CVALUE_CASES.values(), ids=CVALUE_CASES.keys())
def test_c_values_hand_computed(plus_one: bool, expected: list[float]) -> None:
    got = c_values(FREQ, [len(k) for k in KEYS], PARENTS, plus_one=plus_one)
    assert got.shape == (5,) and got.dtype == np.float64
    np.testing.assert_allclose(got, expected)


def test_c_value_of_a_term_only_seen_nested_is_zero() -> None:
    # "umbrella" occurs only inside "nuclear umbrella": no independent occurrence.
    keys = [("umbrella",), ("nuclear", "umbrella")]
    np.testing.assert_allclose(c_values([8, 8], [1, 2], nested_parents(keys)), [0.0, 8 * LOG3])


def test_c_values_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="same length"):
        c_values([1, 2], [1], [[], []])


def test_length_weight() -> None:
    np.testing.assert_allclose(length_weight([1, 3, 7]), [1.0, 2.0, 3.0])
    np.testing.assert_allclose(length_weight([1, 2, 4], plus_one=False), [0.0, 1.0, 2.0])


KEYNESS_CASES = {
    "absent from reference": ([1023.0], [0.0], 1.0, [10.0]),
    "equal use": ([50.0], [50.0], 1.0, [0.0]),
    "rarer than reference": ([1.0], [7.0], 1.0, [-2.0]),
    "larger smoothing damps": ([1023.0], [0.0], 1023.0, [1.0]),
}


@pytest.mark.parametrize(("doc", "ref", "k", "expected"), KEYNESS_CASES.values(),
                         ids=KEYNESS_CASES.keys())
def test_log_ratio(doc, ref, k, expected) -> None:
    np.testing.assert_allclose(log_ratio(doc, ref, smoothing=k), expected)


def test_log_ratio_rejects_bad_smoothing() -> None:
    with pytest.raises(ValueError, match="positive"):
        log_ratio([1.0], [1.0], smoothing=0)


def test_per_million() -> None:
    np.testing.assert_allclose(per_million([2, 5], 500), [4000.0, 10000.0])
    np.testing.assert_allclose(per_million([2], 0), [0.0])


SCORE_CASES = {
    "product scaled to best": ([10.0, 5.0, 3.0], [2.0, -1.0, 4.0], [1.0, 0.0, 0.6]),
    "nothing key": ([10.0, 5.0], [-1.0, 0.0], [0.0, 0.0]),
    "empty": ([], [], []),
}


@pytest.mark.parametrize(("cv", "key", "expected"), SCORE_CASES.values(), ids=SCORE_CASES.keys())
def test_combined_score(cv, key, expected) -> None:
    np.testing.assert_allclose(combined_score(cv, key), expected)


TABLE = {"核武器": 8.0, "扩展": 7.0, "威慑": 9.0, "罕见词": 13.0}
PM = {w: math.exp(-v) * 1e6 for w, v in TABLE.items()}
FLOOR = PM["罕见词"]
IDF_CASES = {
    "listed word": ("核武器", ("核", "武器"), PM["核武器"]),
    "unlisted compound from its units": ("扩展威慑", ("扩展", "威慑"),
                                         max(1 / (1 / PM["扩展"] + 1 / PM["威慑"]) / 10, FLOOR)),
    "unknown unit gets the floor": ("扩展未知", ("扩展", "未知"),
                                    max(1 / (1 / PM["扩展"] + 1 / FLOOR) / 10, FLOOR)),
    "unlisted single word": ("耶和华", ("耶和华",), FLOOR),
}


@pytest.mark.parametrize(("surface", "units", "expected"), IDF_CASES.values(), ids=IDF_CASES.keys())
def test_jieba_idf_reference(surface: str, units: tuple, expected: float) -> None:
    ref = JiebaIdfReference(TABLE)
    assert ref.floor == pytest.approx(FLOOR)
    assert ref.per_million(surface, units) == pytest.approx(expected)


def test_combine_units() -> None:
    assert combine_units([100.0, 100.0]) == pytest.approx(5.0)
    assert combine_units([100.0, 100.0], factor=1.0) == pytest.approx(50.0)
    assert combine_units([30.0]) == pytest.approx(30.0)


def test_bundled_jieba_idf_table() -> None:
    table = load_jieba_idf()
    assert len(table) > 200_000
    assert table["核武器"] > table["美国"]  # the domain word is rarer in general text


def test_wordfreq_reference_order_and_floor() -> None:
    ref = WordfreqReference()
    the, deterrence = (ref.per_million(w, (w,)) for w in ("the", "deterrence"))
    assert the > deterrence > ref.floor
    assert ref.per_million("qzxvwkjtermnotaword", ()) == ref.floor
