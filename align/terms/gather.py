"""Collecting evidence for a term list: proposals, the candidate pool, then embeddings.

Every proposing source (glossary, dictionary, transliteration, acronym, inline) scores the whole
document; each term's pool is the union of their proposals (at most ``POOL_PER_SOURCE`` per
source). The embedding source then scores every pooled candidate; terms that nothing proposed
get the ``FALLBACK_K`` nearest candidates among the document's ``FALLBACK_MAX`` most frequent
ones, so a term the dictionary cannot reach (firebreak → 防火墙) still has a chance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from align.terms.candidates import CandidateIndex
from align.terms.combine import FEATURES, feature_rows, relative_freq
from align.terms.evidence.base import Evidence, Scores, top_items
from align.terms.query import TermQuery

POOL_PER_SOURCE = 25
FALLBACK_K = 5
FALLBACK_MAX = 3000


@dataclass
class TermEvidence:
    """Everything known about one term's candidates.

    Attributes:
        query: the term.
        ids: pooled candidate ids (sorted).
        per_source: source name → {candidate id: score} (only pooled ids).
        freq: candidate id → relative frequency feature.
    """

    query: TermQuery
    ids: list[int] = field(default_factory=list)
    per_source: dict[str, Scores] = field(default_factory=dict)
    freq: dict[int, float] = field(default_factory=dict)

    def rows(self, features: Sequence[str] = FEATURES):
        """(len(ids), len(features)) feature rows (see ``align.terms.combine.feature_rows``)."""
        return feature_rows(self.per_source, self.freq, self.ids, features)


def collect(queries: Sequence[TermQuery], index: CandidateIndex, sources: Sequence[Evidence],
            embedding: Evidence | None = None) -> list[TermEvidence]:
    """Run ``sources`` (proposers) and ``embedding`` (pool scorer) for every term."""
    found = [TermEvidence(q) for q in queries]
    for source in sources:
        for ev, scores in zip(found, source.scores(queries, index)):
            ev.per_source[source.name] = top_items(scores, POOL_PER_SOURCE)
    for ev in found:
        ev.ids = sorted(set().union(*ev.per_source.values())) if ev.per_source else []
    if embedding is not None:
        _add_fallback(found, index)
        pools = [ev.ids for ev in found]
        for ev, scores in zip(found, embedding.scores(queries, index, pools)):
            ev.per_source[embedding.name] = scores
        trim_fallback(found, embedding.name)
    for ev in found:
        ev.freq = relative_freq({cid: index.freq(cid) for cid in ev.ids})
    return found


def _add_fallback(found: list[TermEvidence], index: CandidateIndex) -> None:
    """Give terms without proposals the frequent candidates, to be ranked by embedding only."""
    empty = [ev for ev in found if not ev.ids]
    if not empty:
        return
    frequent = sorted(range(len(index)), key=lambda c: (-index.freq(c), c))[:FALLBACK_MAX]
    for ev in empty:
        ev.ids = list(frequent)


def trim_fallback(found: list[TermEvidence], embedding_name: str = "embedding") -> None:
    """Keep only the ``FALLBACK_K`` best embedding candidates of terms nothing else proposed."""
    for ev in found:
        others = [s for name, s in ev.per_source.items() if name != embedding_name and s]
        if others or len(ev.ids) <= FALLBACK_K:
            continue
        emb = top_items(ev.per_source.get(embedding_name, {}), FALLBACK_K)
        ev.per_source[embedding_name] = emb
        ev.ids = sorted(emb)
