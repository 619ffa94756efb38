"""Combining similarity features into one alignment score (a fitted weighted sum).

A candidate bead (a window of source sentences against a window of target sentences) is
described by a row of features; the aligner's score is their weighted sum::

    score = features @ coef + intercept          # (n, f) @ (f,) -> (n,)

which is the log-odds, under a logistic regression, that the pair is a true bead. The standard
features (column order comes from the weights file, so new ones can be added):

``emb_cos``
    cosine of the two sides' sentence (or overlap-window) embeddings, in [-1, 1].
``lex_cos``
    cosine of the two sides' ``lexical`` (dictionary-concept) embeddings, in [0, 1].
``len_loglik``
    length model: Gaussian log-density (up to a constant) of the log character-length ratio,
    ``-0.5 * ((log(1 + len_tgt) - log(1 + len_src) - mu) / sigma) ** 2`` (``length_loglik``),
    with ``mu``/``sigma`` fitted on gold beads and stored with the weights.

Weights are fitted by ``fit_weights`` (L2-regularised logistic regression by Newton's method,
pure numpy) on features of gold beads (label 1) and of near-miss negatives (label 0: the same
source against a neighbouring target window); ``scripts/fit_combine.py`` does this and writes
``align/data/combine_weights.json``, recording the data, negatives and embedder used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from corpus.errors import ConfigError

DEFAULT_WEIGHTS = "combine_weights.json"


@dataclass(frozen=True)
class CombineWeights:
    """Named feature weights: ``coef`` (f,), ``intercept``, length model and provenance."""

    features: tuple[str, ...]
    coef: np.ndarray
    intercept: float
    length_mu: float = 0.0
    length_sigma: float = 1.0
    fitted_on: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (inverse of ``from_json``)."""
        return {"features": list(self.features), "coef": [float(c) for c in self.coef],
                "intercept": float(self.intercept), "length_mu": self.length_mu,
                "length_sigma": self.length_sigma, "fitted_on": self.fitted_on}

    @staticmethod
    def from_json(data: dict[str, Any]) -> CombineWeights:
        """Build from ``to_json`` output; ConfigError on missing or inconsistent fields."""
        try:
            features = tuple(str(f) for f in data["features"])
            coef = np.asarray(data["coef"], dtype=np.float64)
            weights = CombineWeights(features, coef, float(data["intercept"]),
                                     float(data.get("length_mu", 0.0)),
                                     float(data.get("length_sigma", 1.0)),
                                     dict(data.get("fitted_on", {})))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"bad combine weights: {exc}") from None
        if coef.shape != (len(features),) or weights.length_sigma <= 0:
            raise ConfigError("bad combine weights: coef must match features, length_sigma > 0")
        return weights


def combine(features: np.ndarray, weights: CombineWeights) -> np.ndarray:
    """Weighted sum of feature columns: (n, f) -> (n,) float64 scores (log-odds)."""
    x = np.asarray(features, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != len(weights.features):
        raise ConfigError(f"combine: expected (n, {len(weights.features)}) features "
                          f"{list(weights.features)}, got shape {x.shape}")
    return x @ weights.coef + weights.intercept


def length_loglik(len_src: np.ndarray, len_tgt: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    """Length-model feature (see module docstring) of character lengths (n,) -> (n,)."""
    z = (np.log1p(np.asarray(len_tgt, float)) - np.log1p(np.asarray(len_src, float)) - mu) / sigma
    return -0.5 * z * z


def fit_length_model(len_src: np.ndarray, len_tgt: np.ndarray) -> tuple[float, float]:
    """``(mu, sigma)`` of the log length ratio over gold beads (n,), (n,)."""
    r = np.log1p(np.asarray(len_tgt, float)) - np.log1p(np.asarray(len_src, float))
    return float(r.mean()), float(max(r.std(), 1e-6))


def fit_weights(features: np.ndarray, labels: np.ndarray, names: tuple[str, ...],
                l2: float = 1e-3, iters: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method.

    Args:
        features: (n, f) feature rows; labels: (n,) 0/1; names: the f feature names.
        l2: ridge penalty on standardised coefficients (not on the intercept).

    Returns:
        ``(coef (f,), intercept)`` in the units of the raw features.
    """
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if x.ndim != 2 or x.shape != (len(y), len(names)) or not set(np.unique(y)) <= {0.0, 1.0}:
        raise ConfigError("fit_weights: need (n, f) features, n 0/1 labels and f names")
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    ridge = np.full(z.shape[1], l2 * len(x))
    ridge[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + ridge * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(ridge) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    coef = w[:-1] / scale
    return coef, float(w[-1] - coef @ mean)


def load_weights(path: str | Path | None = None) -> CombineWeights:
    """Read weights from ``path`` (default: the packaged ``align/data/combine_weights.json``)."""
    try:
        if path is None:
            text = resources.files("align").joinpath("data", DEFAULT_WEIGHTS).read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read combine weights {path or DEFAULT_WEIGHTS}: {exc}") from None
    return CombineWeights.from_json(data)
