"""Strict and lax precision / recall / F1 of sentence alignments (Sennrich & Volk 2011).

The metric is the one of Vecalign's ``score.py`` and Bertalign's ``eval.py``:

- A bead is a pair (S, T) of sentence-id tuples; beads empty on both sides are dropped and
  duplicate beads count once (per document).
- Precision: each test bead that is exactly a gold bead is a strict and a lax hit. Any other test
  bead is a strict miss, and a lax hit if T shares an id with the gold targets of any source id in
  S (so a deletion or insertion that is not exact is a lax miss).
- Recall: the same computation with gold and test swapped, after removing every bead with an empty
  side (1-0 and 0-1 beads) from both.
- Counts are summed over documents (micro average); F1 = 2PR / (P + R); 0/0 gives 0.0.

``merge_by_verse`` implements the verse-merged Bible variant (Bertalign's ``eval_bible.py``).
Pure functions: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, astuple, dataclass

from corpus.errors import InputError
from corpus.types import Bead

_Pair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class AlignScore:
    """Raw counts of one or more documents, with strict/lax P/R/F1 derived from them.

    Attributes:
        test_beads: distinct non-empty test beads (precision denominator).
        test_strict: test beads that are exactly a gold bead.
        test_lax: test beads that are a lax hit (includes the strict ones).
        gold_beads: distinct gold beads with both sides non-empty (recall denominator).
        gold_strict: such gold beads found exactly among the test beads.
        gold_lax: such gold beads that are a lax hit against the test beads.
        documents: number of documents scored.
    """

    test_beads: int = 0
    test_strict: int = 0
    test_lax: int = 0
    gold_beads: int = 0
    gold_strict: int = 0
    gold_lax: int = 0
    documents: int = 0

    def __add__(self, other: AlignScore) -> AlignScore:
        return AlignScore(*(a + b for a, b in zip(astuple(self), astuple(other))))

    @property
    def strict_precision(self) -> float:
        return _ratio(self.test_strict, self.test_beads)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.gold_strict, self.gold_beads)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def lax_precision(self) -> float:
        return _ratio(self.test_lax, self.test_beads)

    @property
    def lax_recall(self) -> float:
        return _ratio(self.gold_lax, self.gold_beads)

    @property
    def lax_f1(self) -> float:
        return _f1(self.lax_precision, self.lax_recall)

    def as_dict(self) -> dict[str, float | int]:
        """Scores (``strict_precision`` ... ``lax_f1``) followed by the raw counts."""
        keys = ("strict_precision", "strict_recall", "strict_f1",
                "lax_precision", "lax_recall", "lax_f1")
        out: dict[str, float | int] = {k: getattr(self, k) for k in keys}
        return out | asdict(self)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(beads: Iterable[Bead], *, drop_nulls: bool) -> set[_Pair]:
    """Distinct (src, tgt) pairs; drops beads empty on both sides (or on either, if asked)."""
    pairs = {(tuple(b.src), tuple(b.tgt)) for b in beads}
    if drop_nulls:
        return {(s, t) for s, t in pairs if s and t}
    return {(s, t) for s, t in pairs if s or t}


def _match(reference: set[_Pair], candidate: set[_Pair]) -> tuple[int, int, int]:
    """(candidates, strict hits, lax hits) of ``candidate`` beads against ``reference`` beads."""
    targets_of: dict[int, set[int]] = defaultdict(set)
    for src, tgt in reference:
        for i in src:
            targets_of[i].update(tgt)
    strict = lax = 0
    for src, tgt in candidate:
        if (src, tgt) in reference:
            strict += 1
            lax += 1
        elif any(targets_of.get(i, set()).intersection(tgt) for i in src):
            lax += 1
    return len(candidate), strict, lax


def score_document(gold: Iterable[Bead], test: Iterable[Bead]) -> AlignScore:
    """Counts of one document's test beads against its gold beads."""
    gold, test = list(gold), list(test)
    p = _match(_pairs(gold, drop_nulls=False), _pairs(test, drop_nulls=False))
    r = _match(_pairs(test, drop_nulls=True), _pairs(gold, drop_nulls=True))
    return AlignScore(*p, *r, documents=1)


def score_beads(
    gold_docs: Sequence[Sequence[Bead]], test_docs: Sequence[Sequence[Bead]]
) -> AlignScore:
    """Micro-averaged strict/lax scores over documents.

    Args:
        gold_docs: per document, the gold beads (``len == n_docs``).
        test_docs: per document, the test beads, in the same document order and side order.

    Raises:
        ValueError: the two lists have different lengths.
    """
    if len(gold_docs) != len(test_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(test_docs)} test documents")
    total = AlignScore()
    for gold, test in zip(gold_docs, test_docs):
        total = total + score_document(gold, test)
    return total


def swap_sides(beads: Iterable[Bead]) -> list[Bead]:
    """The same beads with source and target exchanged (``[1]:[2,3]`` → ``[2,3]:[1]``)."""
    return [Bead(src=b.tgt, tgt=b.src, score=b.score) for b in beads]


def bead_verse(bead: Bead, src_verse: Sequence[str], tgt_verse: Sequence[str]) -> str | None:
    """The one verse a bead lies in, or None when it spans verses or is empty on both sides.

    A side that is empty takes the other side's verse, so a deletion or insertion inside a
    verse belongs to that verse.

    Raises:
        InputError: an id has no verse (``path`` None; callers add the file).
    """
    verses = {_verse_of(i, src_verse, "source") for i in bead.src}
    tgt = {_verse_of(i, tgt_verse, "target") for i in bead.tgt}
    if len(verses) > 1 or len(tgt) > 1 or (verses and tgt and verses != tgt):
        return None
    verses |= tgt
    return verses.pop() if verses else None


def _verse_of(i: int, verses: Sequence[str], side: str) -> str:
    if i >= len(verses):
        raise InputError(None, f"{side} sentence id {i} has no verse ({len(verses)} verse ids)")
    return verses[i]


def merge_by_verse(
    beads: Iterable[Bead], src_verse: Sequence[str], tgt_verse: Sequence[str]
) -> list[Bead]:
    """Merge runs of consecutive beads that lie in the same single verse (Bible scoring).

    As in Bertalign's ``eval_bible.py``: a bead spanning several verses (or whose sides lie in
    different verses) is kept as is and ends the run; ids are concatenated in bead order; merged
    beads lose their score. Applied to gold that is already one bead per verse it is a no-op.

    Args:
        beads: beads in file order, sides in the order of ``src_verse`` / ``tgt_verse``.
        src_verse: ``src_verse[i]`` is the verse id of source sentence ``i``.
        tgt_verse: ``tgt_verse[j]`` is the verse id of target sentence ``j``.

    Raises:
        InputError: a sentence id has no verse.
    """
    merged: list[Bead] = []
    last: str | None = None
    for bead in beads:
        verse = bead_verse(bead, src_verse, tgt_verse)
        if verse is not None and verse == last:
            prev = merged[-1]
            merged[-1] = Bead(src=prev.src + bead.src, tgt=prev.tgt + bead.tgt)
        else:
            merged.append(bead)
        last = verse
    return merged
