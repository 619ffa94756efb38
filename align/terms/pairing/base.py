"""Term pairing contract: score (English term, Chinese term) candidates over aligned pairs.

A ``PairingInput`` lists the term candidates of each side and, per sentence pair, which of
them occur there. Candidate pairs are the co-occurring ones (``Cooccurrence``, computed once and
shared by all pairers). A ``TermPairer`` gives each candidate pair a score in [0, 1]; pairers
are registered by name in ``PAIRERS`` (``cooccurrence``, ``dictionary``, ``combined``), so a
word-alignment pairer can be added later without touching the miner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from corpus.registry import Registry

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True, slots=True)
class Cooccurrence:
    """Counts over the sentence pairs.

    Attributes:
        cand: ``(k, 2)`` int array of (English index, Chinese index) pairs seen together.
        joint: ``(k,)`` number of sentence pairs holding both terms of ``cand[i]``.
        en_freq: ``(n_en,)`` sentence pairs holding each English term.
        zh_freq: ``(n_zh,)`` sentence pairs holding each Chinese term.
        n: number of sentence pairs.
    """

    cand: np.ndarray
    joint: np.ndarray
    en_freq: np.ndarray
    zh_freq: np.ndarray
    n: int


@dataclass(frozen=True)
class PairingInput:
    """Term candidates of both sides and where they occur.

    Attributes:
        en_terms: English candidates.
        zh_terms: Chinese candidates.
        en_rows: per sentence pair, indices into ``en_terms`` of the terms occurring there.
        zh_rows: per sentence pair, indices into ``zh_terms`` (same length as ``en_rows``).
    """

    en_terms: tuple[str, ...]
    zh_terms: tuple[str, ...]
    en_rows: tuple[frozenset[int], ...]
    zh_rows: tuple[frozenset[int], ...]

    @cached_property
    def counts(self) -> Cooccurrence:
        """Co-occurrence counts (computed on first access)."""
        from align.terms.pairing.cooccurrence import count_cooccurrence

        return count_cooccurrence(self.en_rows, self.zh_rows, len(self.en_terms),
                                  len(self.zh_terms))


@runtime_checkable
class TermPairer(Protocol):
    """Scores candidate term pairs."""

    name: str

    def score(self, data: PairingInput, cand: np.ndarray) -> np.ndarray:
        """Scores in [0, 1] of ``cand`` (``(k, 2)`` English/Chinese indices) → ``(k,)`` floats."""
        ...


PAIRERS: Registry[Callable[[], TermPairer]] = Registry("term pairer")
PAIRERS.register("cooccurrence", "align.terms.pairing.cooccurrence:CooccurrencePairer")
PAIRERS.register("dictionary", "align.terms.pairing.dictionary:DictionaryPairer")
PAIRERS.register("combined", "align.terms.pairing.combined:CombinedPairer")


def get_pairer(pairer: str | TermPairer) -> TermPairer:
    """A pairer instance from a registered name (ConfigError lists valid names) or as given."""
    return PAIRERS.get(pairer)() if isinstance(pairer, str) else pairer
