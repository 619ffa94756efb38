"""Sentence aligner: embeds both sides, finds the search band, runs the DP, returns beads.

``SentenceAligner(embedder).align(zh_sents, en_sents)`` returns :class:`corpus.types.Bead` s with
``src`` = Chinese (first-language) ids and ``tgt`` = English ids. In ``"parallel"`` mode beads are
contiguous and monotone, of any shape with ``a + b <= first_bead`` plus 1-0 / 0-1; a second pass
(``align.sentence.refine``) re-searches doubtful stretches with shapes up to ``max_bead``. In
``"summary"`` mode the English side may be much longer and its ids in a bead may be non-adjacent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, Literal

import numpy as np

from align.sentence.anchors import AnchorFeatures, anchor_features, channel_keys
from align.sentence.band import coarse_band
from align.sentence.cost import BeadScorer, CostWeights, bead_shapes, skip_costs
from align.sentence.dp import banded_dp
from align.sentence.overlaps import char_lengths, embed_windows, extend_windows, letter_counts
from align.sentence.refine import doubtful, realign, stretches
from align.sentence.summary import SummaryParams, align_summary
from corpus.errors import ConfigError, InputError
from corpus.types import Bead

Mode = Literal["parallel", "summary"]
#: Storage of the window embeddings in parallel mode: float16 halves the aligner's largest arrays
#: ((K, n, d) per side) and scores are computed in float32 per block; on the Bible, textberg (test
#: and dev) and the zh-en dev cases the beads are the ones of float32 storage, and bead cosines
#: differ by less than 1e-4.
WINDOW_DTYPE = np.float16
#: ``progress(stage, done, total)``; stages ``"embed"`` (sides done of 2) and ``"align"`` (rows).
Progress = Callable[[str, int, int], None]


class SentenceAligner:
    """Many-to-many sentence aligner over sentence embeddings.

    Args:
        embedder: object with ``encode(texts) -> (N, d)`` unit rows and optionally
            ``encode_windows(texts, max_window) -> (K, n, d)``.
        max_bead: largest ``a + b`` of a bead (default 6: up to 1-5, 3-3, 5-1).
        mode: ``"parallel"`` (translation) or ``"summary"`` (Chinese summary of a longer source).
        weights: bead score weights (parallel mode).
        summary: summary-mode settings.
        radius: slack in sentences around the coarse path at every level.
        max_cells: DP grids up to this many cells are searched whole.
        progress: optional callback for long runs.
        langs: language codes of the two sides, for the anchor evidence (numbers are read by
            ``corpus.numerals`` for ``zh`` and ``en``, as digit runs for other codes).
        first_bead: largest ``a + b`` of the first pass (default 5); doubtful stretches of its
            path are searched again with beads up to ``max_bead``.
    """

    def __init__(self, embedder: Any, *, max_bead: int = 6, mode: Mode = "parallel",
                 weights: CostWeights | None = None, summary: SummaryParams | None = None,
                 radius: int = 10, max_cells: int = 250_000, progress: Progress | None = None,
                 langs: tuple[str, str] = ("zh", "en"), first_bead: int = 5):
        if mode not in ("parallel", "summary"):
            raise ConfigError(f"unknown alignment mode {mode!r}; valid modes: parallel, summary")
        for name, value in (("max_bead", max_bead), ("first_bead", first_bead)):
            if value < 2:
                raise ConfigError(f"{name} must be at least 2 (a 1-1 bead), got {value}")
        self.embedder, self.max_bead, self.mode = embedder, max_bead, mode
        self.weights = weights or CostWeights()
        self.summary = summary or SummaryParams()
        self.radius, self.max_cells = radius, max_cells
        self.progress = progress
        self.langs = langs
        self.first_bead = min(first_bead, max_bead)

    def signature(self) -> str:
        """Aligner settings for run signatures, e.g. ``mode:parallel|max_bead:6|...``."""
        params = asdict(self.weights) if self.mode == "parallel" else asdict(self.summary)
        parts = [f"mode:{self.mode}", f"max_bead:{self.max_bead}", f"radius:{self.radius}"]
        if self.mode == "parallel":
            parts += [f"first_bead:{self.first_bead}", f"langs:{'-'.join(self.langs)}"]
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
        if self.mode == "summary":
            zv = self._embed(zh_sents, 1, 1)[0]
            ew = self._embed(en_sents, max(self.summary.span, 1), 2)
            with _one_blas_thread():
                pairs = align_summary(zv, ew, self.summary, radius=2 * self.radius,
                                      max_cells=8 * self.max_cells)
            return [Bead(s, t, _link_score(zv, ew[0], s, t)) for s, t in pairs]
        k = self.first_bead - 1  # longer windows, for the second pass only, are approximated
        zw = extend_windows(self._embed(zh_sents, k, 1, WINDOW_DTYPE), self.max_bead - 1)
        ew = extend_windows(self._embed(en_sents, k, 2, WINDOW_DTYPE), self.max_bead - 1)
        with _one_blas_thread():
            return self._align_parallel(zw, ew, zh_sents, en_sents)

    def _embed(self, sents: Sequence[str], k: int, step: int, dtype: Any = np.float32
               ) -> np.ndarray:
        """Window embeddings (k, n, d) of one side, as ``dtype``; reports progress."""
        out = embed_windows(self.embedder, sents, k).astype(dtype, copy=False)
        if self.progress:
            self.progress("embed", step, 2)
        return out

    def _align_parallel(self, zw: np.ndarray, ew: np.ndarray, zh_sents: Sequence[str],
                        en_sents: Sequence[str]) -> list[Bead]:
        band = coarse_band(zw[0], ew[0], radius=self.radius, max_cells=self.max_cells)
        w = self.weights
        anchors = self._anchors(zh_sents, en_sents, zw.shape[0])
        skips = None
        if w.junk > 0:
            skips = (skip_costs(letter_counts(zh_sents), w), skip_costs(letter_counts(en_sents), w))
        lens = char_lengths(zh_sents), char_lengths(en_sents)
        scorer = BeadScorer(zw, ew, *lens, bead_shapes(self.first_bead), w, anchors, skips)
        report = None
        if self.progress:
            progress, total = self.progress, band.n

            def report(done: int) -> None:
                progress("align", done, total)

        spans = banded_dp(band, scorer.shapes, scorer, scorer.insertion, on_rows=report)
        if self.max_bead > self.first_bead:
            flags = doubtful(spans, self.first_bead)
            big = BeadScorer(zw, ew, *lens, bead_shapes(self.max_bead), w, anchors, skips)
            spans = realign(spans, stretches(flags), big.shapes, big, big.insertion)
        return [Bead(tuple(range(i0, i1)), tuple(range(j0, j1)),
                     scorer.bead_similarity(i0, i1, j0, j1) if i1 > i0 and j1 > j0 else 0.0)
                for i0, i1, j0, j1 in spans]

    def _anchors(self, zh_sents: Sequence[str], en_sents: Sequence[str],
                 k: int) -> AnchorFeatures | None:
        """Anchor features of the channels with a weight (a side without keys skips the other)."""
        w = self.weights
        weights = {"num": w.numbers, "word": w.words, "punct": w.punct}
        zkeys, ekeys = {}, {}
        for name, weight in weights.items():
            if weight:
                zkeys[name] = channel_keys(zh_sents, name, self.langs[0], w.prefix)
                if any(zkeys[name]):
                    ekeys[name] = channel_keys(en_sents, name, self.langs[1], w.prefix)
        if not ekeys:
            return None
        return anchor_features(zkeys, ekeys, k, weights, w.unmatched, w.max_share)


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
