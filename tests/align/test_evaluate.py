"""Strict/lax P/R/F1 on hand-computed cases, micro averaging, side swap and verse merging."""

from __future__ import annotations

import pytest

from align.evaluate import (
    AlignScore,
    bead_verse,
    merge_by_verse,
    score_beads,
    score_document,
    swap_sides,
)
from corpus.errors import InputError
from corpus.formats.beads import parse_bead
from corpus.types import Bead


def beads(text: str) -> list[Bead]:
    """Beads from a space-separated string such as ``"[0]:[0] [1,2]:[]"``."""
    return [parse_bead(tok) for tok in text.split()]


# gold, test, counts (test_beads, test_strict, test_lax, gold_beads, gold_strict, gold_lax),
# expected (strict P, R, F1, lax P, R, F1) -- all worked out by hand from the metric definition.
SCORE_CASES = {
    "identical incl. deletion": (
        "[0]:[0] [1]:[1] [2]:[]", "[0]:[0] [1]:[1] [2]:[]",
        (3, 3, 3, 2, 2, 2), (1, 1, 1, 1, 1, 1)),
    "test merges two 1-1 into a 2-2 (lax partial hit)": (
        "[0]:[0] [1]:[1] [2]:[2]", "[0,1]:[0,1] [2]:[2]",
        (2, 1, 2, 3, 1, 3), (1 / 2, 1 / 3, 0.4, 1, 1, 1)),
    "test aligns a gold deletion (null gold gives no lax target)": (
        "[0]:[0] [1]:[]", "[0]:[0] [1]:[1]",
        (2, 1, 1, 1, 1, 1), (0.5, 1, 2 / 3, 0.5, 1, 2 / 3)),
    "test splits off an insertion (inexact null bead is a lax miss)": (
        "[0]:[0,1]", "[0]:[0] []:[1]",
        (2, 0, 1, 1, 0, 1), (0, 0, 0, 0.5, 1, 2 / 3)),
    "duplicate test beads collapse": (
        "[0]:[0] [1]:[1]", "[0]:[0] [0]:[0] [1]:[2]",
        (2, 1, 1, 2, 1, 1), (0.5, 0.5, 0.5, 0.5, 0.5, 0.5)),
    "beads empty on both sides are dropped": (
        "[0]:[0] []:[]", "[]:[] [0]:[0]",
        (1, 1, 1, 1, 1, 1), (1, 1, 1, 1, 1, 1)),
    "many-to-many, lax only": (
        "[0,1]:[0,1,2] [2]:[3]", "[0]:[0] [1,2]:[1,2,3]",
        (2, 0, 2, 2, 0, 2), (0, 0, 0, 1, 1, 1)),
    "crossed beads: nothing right": (
        "[0]:[0] [1]:[1]", "[0]:[1] [1]:[0]",
        (2, 0, 0, 2, 0, 0), (0, 0, 0, 0, 0, 0)),
    "empty test output: 0/0 precision is 0": (
        "[0]:[0]", "",
        (0, 0, 0, 1, 0, 0), (0, 0, 0, 0, 0, 0)),
    "gold deletion merged into a 2-1 by test": (
        "[0]:[] [1]:[0]", "[0,1]:[0]",
        (1, 0, 1, 1, 0, 1), (0, 0, 0, 1, 1, 1)),
    "lax uses the source side: wrong target of a right source": (
        "[0]:[0] [1]:[1,2]", "[0]:[0,1] [1]:[2]",
        (2, 0, 2, 2, 0, 2), (0, 0, 0, 1, 1, 1)),
}


@pytest.mark.parametrize(("gold", "test", "counts", "expected"), SCORE_CASES.values(),
                         ids=SCORE_CASES.keys())
def test_score_document(gold: str, test: str, counts: tuple, expected: tuple) -> None:
    score = score_document(beads(gold), beads(test))
    assert (score.test_beads, score.test_strict, score.test_lax,
            score.gold_beads, score.gold_strict, score.gold_lax) == counts
    got = (score.strict_precision, score.strict_recall, score.strict_f1,
           score.lax_precision, score.lax_recall, score.lax_f1)
    assert got == pytest.approx(expected)
    assert score.documents == 1


def test_micro_average_sums_counts() -> None:
    first, second = SCORE_CASES["identical incl. deletion"], SCORE_CASES["crossed beads: nothing right"]
    score = score_beads([beads(first[0]), beads(second[0])], [beads(first[1]), beads(second[1])])
    # counts 3/5 strict test hits, 2/4 strict gold hits: micro, not the macro mean (0.5, 0.5)
    assert (score.strict_precision, score.strict_recall) == pytest.approx((0.6, 0.5))
    assert score.strict_f1 == pytest.approx(2 * 0.6 * 0.5 / 1.1)
    assert score.documents == 2
    assert score == score_document(beads(first[0]), beads(first[1])) + score_document(
        beads(second[0]), beads(second[1]))


def test_score_beads_needs_paired_documents() -> None:
    with pytest.raises(ValueError, match="2 gold documents but 1 test"):
        score_beads([[], []], [[]])


def test_as_dict_keys_and_values() -> None:
    score = AlignScore(test_beads=4, test_strict=2, test_lax=3, gold_beads=5, gold_strict=2,
                       gold_lax=4, documents=2)
    d = score.as_dict()
    assert list(d)[:6] == ["strict_precision", "strict_recall", "strict_f1",
                           "lax_precision", "lax_recall", "lax_f1"]
    assert d["strict_precision"] == 0.5 and d["lax_recall"] == 0.8
    assert d["lax_f1"] == pytest.approx(2 * 0.75 * 0.8 / 1.55)
    assert (d["test_beads"], d["gold_lax"], d["documents"]) == (4, 4, 2)


def test_swap_sides() -> None:
    original = [Bead((1,), (2, 3), 0.5), Bead((), (4,)), Bead((5, 6), ())]
    swapped = swap_sides(original)
    assert swapped == [Bead((2, 3), (1,), 0.5), Bead((4,), ()), Bead((), (5, 6))]
    assert swap_sides(swapped) == original


@pytest.mark.parametrize(("gold", "test", "counts", "expected"), SCORE_CASES.values(),
                         ids=SCORE_CASES.keys())
def test_swapping_both_sides_keeps_the_score(gold: str, test: str, counts, expected) -> None:
    # a lax hit needs one gold bead sharing a source id with S and a target id with T: symmetric
    straight = score_document(beads(gold), beads(test))
    assert score_document(swap_sides(beads(gold)), swap_sides(beads(test))) == straight


def test_swapping_one_side_only_breaks_the_match() -> None:
    gold = beads("[0]:[0,1] [1,2]:[2] [3]:[3,4]")
    assert score_document(gold, gold).strict_f1 == 1.0
    assert score_document(gold, swap_sides(gold)).strict_f1 == 0.0
    assert score_document(gold, swap_sides(swap_sides(gold))).strict_f1 == 1.0


# source sentences 0..4 lie in verses a a b c c; target sentences 0..5 in a a a b c c
SRC_VERSE = ["a", "a", "b", "c", "c"]
TGT_VERSE = ["a", "a", "a", "b", "c", "c"]

MERGE_CASES = {
    "run inside one verse": ("[0]:[0] [1]:[1,2] [2]:[3]", "[0,1]:[0,1,2] [2]:[3]"),
    "null beads take the other side's verse": ("[0]:[0,1] []:[2] [1]:[]", "[0,1]:[0,1,2]"),
    "multi-verse bead is kept and ends the run": (
        "[0]:[0] [1,2]:[1,2,3] [3]:[4] [4]:[5]", "[0]:[0] [1,2]:[1,2,3] [3,4]:[4,5]"),
    "sides in different verses are not merged": ("[0]:[0] [2]:[1] [1]:[2]", "[0]:[0] [2]:[1] [1]:[2]"),
    "same verse but not consecutive": ("[0]:[0] [2]:[3] [1]:[1]", "[0]:[0] [2]:[3] [1]:[1]"),
    "empty beads are never merged": ("[]:[] []:[] [0]:[0]", "[]:[] []:[] [0]:[0]"),
    "one bead per verse is unchanged": ("[0,1]:[0,1,2] [2]:[3] [3,4]:[4,5]",
                                        "[0,1]:[0,1,2] [2]:[3] [3,4]:[4,5]"),
}


@pytest.mark.parametrize(("before", "after"), MERGE_CASES.values(), ids=MERGE_CASES.keys())
def test_merge_by_verse(before: str, after: str) -> None:
    merged = merge_by_verse(beads(before), SRC_VERSE, TGT_VERSE)
    assert [(b.src, b.tgt) for b in merged] == [(b.src, b.tgt) for b in beads(after)]


def test_merge_keeps_score_of_unmerged_beads_only() -> None:
    merged = merge_by_verse([Bead((0,), (0,), 0.1), Bead((1,), (1, 2), 0.2), Bead((2,), (3,), 0.3)],
                            SRC_VERSE, TGT_VERSE)
    assert [b.score for b in merged] == [None, 0.3]


@pytest.mark.parametrize(
    ("bead", "verse"),
    [("[0]:[0]", "a"), ("[]:[3]", "b"), ("[3,4]:[]", "c"), ("[1,2]:[2]", None),
     ("[2]:[0]", None), ("[]:[]", None), ("[0]:[2,3]", None)],
)
def test_bead_verse(bead: str, verse: str | None) -> None:
    assert bead_verse(parse_bead(bead), SRC_VERSE, TGT_VERSE) == verse


@pytest.mark.parametrize(("bead", "message"), [("[5]:[0]", "source sentence id 5"),
                                               ("[0]:[6]", "target sentence id 6")])
def test_merge_rejects_ids_without_verse(bead: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        merge_by_verse([parse_bead(bead)], SRC_VERSE, TGT_VERSE)
