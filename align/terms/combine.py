"""Combining evidence: a logistic model over per-source scores (pure numpy).

Each (term, candidate) pair is a feature row: the glossary, embedding and transliteration
scores (0 when the source says nothing) and ``lexical``, the best of the dictionary, acronym and
inline scores (they all say "a lexical resource translates the term so", on one scale; sharing a
weight lets the rarer acronym and inline evidence, hardly present in the dev lists, borrow the
dictionary's). The model gives ``p = sigmoid(bias + w · x)``;
weights, bias and the "none" threshold are fitted on the dev term lists by
``scripts/eval_termlist.py --fit`` and stored in ``align/data/termlist_weights.json`` together
with what they were fitted on, one model per setting (with / without the domain glossary).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from corpus.errors import ConfigError

#: Feature columns, in order.
FEATURES: tuple[str, ...] = ("glossary", "lexical", "embedding", "translit")
#: Derived features: the maximum of these sources' scores.
DERIVED: dict[str, tuple[str, ...]] = {"lexical": ("dictionary", "acronym", "inline")}
WEIGHTS_FILE = "termlist_weights.json"


@dataclass(frozen=True)
class Model:
    """A fitted logistic model.

    Attributes:
        weights: one weight per name of ``features``.
        bias: intercept.
        threshold: least probability for a form to be reported (else "none").
        support: a second term may take a form another term has when its probability is at
            least ``support`` times the other's (see ``align.terms.compete``).
        features: column names of the rows the model takes.
        fitted_on: free description of the fitting data and scores.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5
    support: float = 0.9
    features: tuple[str, ...] = FEATURES
    fitted_on: Mapping[str, object] = field(default_factory=dict)

    def predict(self, rows: np.ndarray) -> np.ndarray:
        """Probabilities for feature rows.

        Args:
            rows: (n, len(features)) float array.

        Returns:
            (n,) float64 array in (0, 1).
        """
        z = self.bias + np.asarray(rows, dtype=np.float64) @ np.asarray(self.weights)
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict[str, object]:
        """The model as the JSON object stored in the weights file."""
        return {"features": list(self.features), "weights": [round(w, 6) for w in self.weights],
                "bias": round(self.bias, 6), "threshold": round(self.threshold, 6),
                "support": self.support, "fitted_on": dict(self.fitted_on)}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Model:
        """Read a model written by ``to_json`` (ConfigError when inconsistent)."""
        feats = tuple(data["features"])  # type: ignore[arg-type]
        weights = tuple(float(w) for w in data["weights"])  # type: ignore[attr-defined]
        if len(feats) != len(weights):
            raise ConfigError("term-list weights: features and weights differ in length")
        return cls(weights, float(data["bias"]), float(data["threshold"]),  # type: ignore[arg-type]
                   float(data.get("support", 0.9)), feats,  # type: ignore[arg-type]
                   dict(data.get("fitted_on", {})))  # type: ignore[call-overload]


def weights_path() -> Path:
    """Path of the bundled ``align/data/termlist_weights.json``."""
    return Path(str(resources.files("align").joinpath("data", WEIGHTS_FILE)))


def load_model(setting: str, path: str | Path | None = None) -> Model:
    """The model for ``setting`` (``"glossary"`` or ``"no-glossary"``) from the weights file."""
    path = Path(path) if path is not None else weights_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model.from_json(data["models"][setting])
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"{path}: no usable term-list model {setting!r} ({exc})") from None


def feature_rows(per_source: Mapping[str, Mapping[int, float]], freq: Mapping[int, float],
                 ids: Sequence[int], features: Sequence[str] = FEATURES) -> np.ndarray:
    """Feature rows of candidates ``ids`` of one term.

    Args:
        per_source: source name → {candidate id: score}.
        freq: candidate id → relative frequency feature.
        ids: the candidates, in row order.
        features: column names.

    Returns:
        (len(ids), len(features)) float64 array.
    """
    rows = np.zeros((len(ids), len(features)), dtype=np.float64)
    for j, name in enumerate(features):
        if name == "freq":
            cols = [freq]
        else:
            cols = [per_source.get(src, {}) for src in DERIVED.get(name, (name,))]
        for i, cid in enumerate(ids):
            rows[i, j] = max(col.get(cid, 0.0) for col in cols)
    return rows


def source_weight(model: Model, source: str) -> float:
    """The weight a source's score gets (through its derived feature, if any)."""
    weights = dict(zip(model.features, model.weights))
    if source in weights:
        return weights[source]
    return next((weights.get(f, 0.0) for f, srcs in DERIVED.items() if source in srcs), 0.0)


def relative_freq(freqs: Mapping[int, int]) -> dict[int, float]:
    """``log(1 + f) / log(1 + max f)`` per candidate (1.0 for the most frequent)."""
    top = max(freqs.values(), default=0)
    if top <= 0:
        return {cid: 0.0 for cid in freqs}
    scale = float(np.log1p(top))
    return {cid: float(np.log1p(f)) / scale for cid, f in freqs.items()}


def fit_logistic(rows: np.ndarray, labels: np.ndarray, l2: float = 0.01,
                 positive_weight: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton steps.

    Args:
        rows: (n, k) features.
        labels: (n,) 0/1 targets.
        l2: ridge penalty on the weights (not the bias).
        positive_weight: weight of positive rows (class balance).
        steps: Newton iterations.

    Returns:
        ``(weights (k,), bias)``.
    """
    x = np.hstack([np.ones((len(rows), 1)), np.asarray(rows, dtype=np.float64)])
    y = np.asarray(labels, dtype=np.float64)
    sw = np.where(y > 0, positive_weight, 1.0)
    beta = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], l2)
    ridge[0] = 1e-8
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        grad = x.T @ (sw * (p - y)) + ridge * beta
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        delta = np.linalg.solve(hess, grad)
        beta -= delta
        if np.abs(delta).max() < 1e-9:
            break
    return beta[1:], float(beta[0])
