"""Weighted sum of several pairers (default: co-occurrence 0.5 + dictionary 0.5).

A pair's ``method`` names the parts that support it: those whose own score reaches
``SUPPORT`` (0.5), joined with ``+`` (``cooccurrence+dictionary``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from align.terms.pairing.base import PairingInput, TermPairer, get_pairer

if TYPE_CHECKING:
    import numpy as np

SUPPORT = 0.5
DEFAULT_PARTS = (("cooccurrence", 0.5), ("dictionary", 0.5))


class CombinedPairer:
    """Weighted sum of parts.

    Args:
        parts: ``(pairer or registered name, weight)``; weights are normalised to sum 1.
    """

    name = "combined"

    def __init__(self, parts: Sequence[tuple[str | TermPairer, float]] = DEFAULT_PARTS):
        total = sum(w for _, w in parts) or 1.0
        self.parts = [(get_pairer(p), w / total) for p, w in parts]

    def components(self, data: PairingInput, cand: np.ndarray) -> dict[str, np.ndarray]:
        """Each part's scores ``(k,)`` by part name."""
        return {p.name: p.score(data, cand) for p, _ in self.parts}

    def score(self, data: PairingInput, cand: np.ndarray) -> np.ndarray:
        return self.scored(data, cand)[0]

    def scored(self, data: PairingInput, cand: np.ndarray) -> tuple[np.ndarray, list[str]]:
        """Scores ``(k,)`` and, per pair, the parts supporting it (see ``methods``)."""
        comps = self.components(data, cand)
        return combine(comps, {p.name: w for p, w in self.parts}), methods(comps)


def combine(components: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Weighted sum of component scores (pure)."""
    import numpy as np

    out = np.zeros(len(next(iter(components.values()))) if components else 0)
    for name, scores in components.items():
        out = out + weights[name] * scores
    return out


def methods(components: dict[str, np.ndarray]) -> list[str]:
    """Per pair, the names of the parts scoring at least ``SUPPORT`` (``"-"`` for none)."""
    names = list(components)
    k = len(next(iter(components.values()))) if components else 0
    return ["+".join(n for n in names if components[n][i] >= SUPPORT) or "-" for i in range(k)]
