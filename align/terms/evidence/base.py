"""The evidence contract and its registry.

An evidence source scores candidates of a ``CandidateIndex`` for each English term:
``scores(queries, index, pool)`` returns one ``{candidate id: score}`` dict per query, scores in
[0, 1], only positive scores listed. Without ``pool`` a source proposes candidates itself from
the whole document; with ``pool`` (one id collection per query) it must at least score those
(``embedding`` scores exactly the pool; the others may ignore it). Sources build their
per-document state inside ``scores`` and load heavy resources lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from corpus.registry import Registry

if TYPE_CHECKING:
    from align.terms.candidates import CandidateIndex
    from align.terms.query import TermQuery

#: Candidate id → score in [0, 1].
Scores = dict[int, float]


@runtime_checkable
class Evidence(Protocol):
    """One kind of evidence that a Chinese candidate renders an English term."""

    name: str

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]: ...

    def signature(self) -> str: ...


EVIDENCE: Registry[Callable[..., Evidence]] = Registry("term evidence")
EVIDENCE.register("glossary", "align.terms.evidence.glossary:GlossaryEvidence")
EVIDENCE.register("dictionary", "align.terms.evidence.dictionary:DictionaryEvidence")
EVIDENCE.register("embedding", "align.terms.evidence.embedding:EmbeddingEvidence")
EVIDENCE.register("translit", "align.terms.evidence.translit:TranslitEvidence")
EVIDENCE.register("acronym", "align.terms.evidence.acronym:AcronymEvidence")
EVIDENCE.register("inline", "align.terms.evidence.inline:InlineEvidence")


def top_items(scores: Scores, k: int) -> Scores:
    """The ``k`` best entries of ``scores`` (ties: lower id first)."""
    if len(scores) <= k:
        return dict(scores)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return dict(best)
