"""Sentence aligner: embeds both sides, finds the search band, runs the DP, returns beads.

``SentenceAligner(embedder).align(zh_sents, en_sents)`` returns :class:`corpus.types.Bead` s with
``src`` = Chinese (first-language) ids and ``tgt`` = English ids. In ``"parallel"`` mode beads are
contiguous and monotone, of any shape with ``a + b <= max_bead`` plus 1-0 / 0-1; in ``"summary"``
mode the English side may be much longer and its ids in a bead may be non-adjacent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, Literal

import numpy as np

from align.sentence.band import coarse_band
from align.sentence.cost import BeadScorer, CostWeights, bead_shapes
from align.sentence.dp import banded_dp
from align.sentence.overlaps import char_lengths, embed_windows
from align.sentence.summary import SummaryParams, align_summary
from corpus.errors import ConfigError, InputError
from corpus.types import Bead

Mode = Literal["parallel", "summary"]
#: ``progress(stage, done, total)``; stages ``"embed"`` (sides done of 2) and ``"align"`` (rows).
Progress = Callable[[str, int, int], None]


class SentenceAligner:
    """Many-to-many sentence aligner over sentence embeddings.

    Args:
        embedder: object with ``encode(texts) -> (N, d)`` unit rows and optionally
            ``encode_windows(texts, max_window) -> (K, n, d)``.
        max_bead: largest ``a + b`` of a bead (default 5: 1-1 ... 2-3, 3-2, 1-4, 4-1).
        mode: ``"parallel"`` (translation) or ``"summary"`` (Chinese summary of a longer source).
        weights: bead score weights (parallel mode).
        summary: summary-mode settings.
        radius: slack in sentences around the coarse path at every level.
        max_cells: DP grids up to this many cells are searched whole.
        progress: optional callback for long runs.
    """

    def __init__(self, embedder: Any, *, max_bead: int = 5, mode: Mode = "parallel",
                 weights: CostWeights | None = None, summary: SummaryParams | None = None,
                 radius: int = 10, max_cells: int = 250_000, progress: Progress | None = None):
        if mode not in ("parallel", "summary"):
            raise ConfigError(f"unknown alignment mode {mode!r}; valid modes: parallel, summary")
        if max_bead < 2:
            raise ConfigError(f"max_bead must be at least 2 (a 1-1 bead), got {max_bead}")
        self.embedder, self.max_bead, self.mode = embedder, max_bead, mode
        self.weights = weights or CostWeights()
        self.summary = summary or SummaryParams()
        self.radius, self.max_cells = radius, max_cells
        self.progress = progress

    def signature(self) -> str:
        """Aligner settings for run signatures, e.g. ``mode:parallel|max_bead:5|...``."""
        params = asdict(self.weights) if self.mode == "parallel" else asdict(self.summary)
        parts = [f"mode:{self.mode}", f"max_bead:{self.max_bead}", f"radius:{self.radius}"]
        parts += [f"{k}:{v:g}" for k, v in params.items()]
        return "|".join(parts)

    def align(self, zh_sents: Sequence[str], en_sents: Sequence[str]) -> list[Bead]:
        """Align two sentence lists.

        Args:
            zh_sents: first-language sentences (Chinese in zhenkit), n >= 1.
            en_sents: second-language sentences, m >= 1.

        Returns:
            Beads covering every sentence of both sides exactly once. Parallel mode: contiguous,
            in order of both sides. Summary mode: in Chinese order, English ids sorted but
            possibly non-adjacent, unlinked English sentences as 0-1 beads placed by position.
            ``score`` is the cosine of the bead's two sides (window embeddings in parallel mode,
            normalised sums of sentence vectors in summary mode); 0.0 for 1-0 / 0-1 beads.

        Raises:
            InputError: a side has no sentences.
        """
        for name, sents in (("first (Chinese)", zh_sents), ("second (English)", en_sents)):
            if len(sents) == 0:
                raise InputError(None, f"the {name} side has no sentences to align")
        k = self.max_bead - 1 if self.mode == "parallel" else 1
        zw = self._embed(zh_sents, k, 1)
        ew = self._embed(en_sents, k, 2)
        with _one_blas_thread():
            if self.mode == "summary":
                pairs = align_summary(zw[0], ew[0], self.summary, radius=2 * self.radius,
                                      max_cells=8 * self.max_cells)
                return [Bead(s, t, _link_score(zw[0], ew[0], s, t)) for s, t in pairs]
            return self._align_parallel(zw, ew, char_lengths(zh_sents), char_lengths(en_sents))

    def _embed(self, sents: Sequence[str], k: int, step: int) -> np.ndarray:
        out = embed_windows(self.embedder, sents, k)
        if self.progress:
            self.progress("embed", step, 2)
        return out

    def _align_parallel(self, zw: np.ndarray, ew: np.ndarray, zlen: np.ndarray,
                        elen: np.ndarray) -> list[Bead]:
        band = coarse_band(zw[0], ew[0], radius=self.radius, max_cells=self.max_cells)
        scorer = BeadScorer(zw, ew, zlen, elen, bead_shapes(self.max_bead), self.weights)
        report = None
        if self.progress:
            progress, total = self.progress, band.n

            def report(done: int) -> None:
                progress("align", done, total)

        spans = banded_dp(band, scorer.shapes, scorer, scorer.insertion, on_rows=report)
        return [Bead(tuple(range(i0, i1)), tuple(range(j0, j1)),
                     scorer.bead_similarity(i0, i1, j0, j1) if i1 > i0 and j1 > j0 else 0.0)
                for i0, i1, j0, j1 in spans]


def _one_blas_thread() -> Any:
    """Context limiting BLAS to one thread: the DP's products are small, and on a busy machine
    threaded BLAS spins (measured 5x slower on the Bible pair under load)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _link_score(zv: np.ndarray, ev: np.ndarray, src: tuple[int, ...],
                tgt: tuple[int, ...]) -> float:
    """Cosine of the normalised sums of the two sides' sentence vectors (0.0 if one is empty)."""
    if not src or not tgt:
        return 0.0
    a, b = zv[list(src)].sum(axis=0), ev[list(tgt)].sum(axis=0)
    den = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / den if den > 0 else 0.0
