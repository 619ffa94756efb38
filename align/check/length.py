"""``length-ratio``: a pair whose lengths disagree far more than the document's other pairs do.

Lengths: the Chinese in Han-character equivalents (``han + other letters and digits / 3``), the
English in letters and digits. The model is Gale & Church's: ``en ≈ c·zh`` with a spread growing
with the square root of the length, so each pair gets the normalised difference
``d = (en − c·zh) / sqrt(max(1, (en + c·zh) / 2))``. It is **calibrated on the input itself**:
``c`` = median of ``en / zh`` over the pairs, and the score is the robust z-score
``(d − median d) / (1.4826 · MAD d)``. With fewer than ``min_pairs`` usable pairs the prior
calibration stored in ``align/data/check/length_prior.json`` is used instead (fitted by
``scripts/calibrate_length_prior.py`` on the 3,376 gold 1-1 pairs of the Bible benchmark
``bench/bible-enzh``). Score = |z|; threshold 3.5 (Iglewicz & Hoaglin's outlier rule).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from importlib import resources

import numpy as np

from align.check.base import Check, CheckInput, Evidence
from corpus.normalize import IDEOGRAPH

OTHER_PER_HAN = 3.0
_HAN = re.compile(f"[{IDEOGRAPH}]")
_ALNUM = re.compile(r"[A-Za-z0-9]")
MAD_SCALE = 1.4826


def zh_length(text: str) -> float:
    """Length of a Chinese text in Han-character equivalents."""
    return len(_HAN.findall(text)) + len(_ALNUM.findall(text)) / OTHER_PER_HAN


def en_length(text: str) -> float:
    """Length of an English text in letters and digits."""
    return float(len(_ALNUM.findall(text)))


@dataclass(frozen=True)
class LengthModel:
    """Calibration: ``c`` letters per Han equivalent, centre and robust spread of ``d``."""

    c: float
    median: float
    mad: float
    pairs: int
    source: str

    def deltas(self, zh: np.ndarray, en: np.ndarray) -> np.ndarray:
        """Normalised differences ``d`` for length arrays of shape (n,)."""
        return (en - self.c * zh) / np.sqrt(np.maximum(1.0, (en + self.c * zh) / 2))

    def z(self, zh: np.ndarray, en: np.ndarray) -> np.ndarray:
        """Robust z-scores, shape (n,)."""
        return (self.deltas(zh, en) - self.median) / (MAD_SCALE * self.mad)


def fit_length_model(zh: np.ndarray, en: np.ndarray, source: str = "input") -> LengthModel:
    """Fit ``c``, median and MAD on pairs with both lengths > 0 (arrays of shape (n,))."""
    keep = (zh > 0) & (en > 0)
    zh, en = zh[keep], en[keep]
    c = float(np.median(en / zh))
    d = LengthModel(c, 0.0, 1.0, 0, source).deltas(zh, en)
    med = float(np.median(d))
    return LengthModel(c, med, float(np.median(np.abs(d - med))), int(keep.sum()), source)


def load_prior() -> LengthModel:
    """The prior calibration shipped with the package (Bible benchmark, see module doc)."""
    raw = resources.files("align").joinpath("data", "check", "length_prior.json").read_text("utf-8")
    data = json.loads(raw)
    return LengthModel(data["c"], data["median"], data["mad"], data["pairs"], data["source"])


def prior_json(model: LengthModel) -> str:
    """The JSON text of a prior data file for ``model``."""
    return json.dumps(asdict(model), ensure_ascii=False, indent=2) + "\n"


class LengthRatio(Check):
    """Pairs whose length ratio is an outlier among the document's own pairs.

    Args:
        threshold: largest accepted |robust z| (default 3.5).
        min_pairs: usable pairs needed to calibrate on the input (default 30).
        prior: calibration for small inputs (default: ``load_prior()``).
    """

    id = "length-ratio"
    severity = "warning"
    direction = "high"
    bilingual_only = True

    def __init__(self, threshold: float = 3.5, min_pairs: int = 30,
                 prior: LengthModel | None = None):
        self.threshold = threshold
        self.min_pairs = min_pairs
        self.prior = prior

    def calibrate(self, zh: np.ndarray, en: np.ndarray) -> LengthModel:
        """The input's own model, or the prior when it has too few pairs or no spread."""
        usable = int(((zh > 0) & (en > 0)).sum())
        if usable >= self.min_pairs:
            model = fit_length_model(zh, en)
            if model.mad > 0:
                return model
        return self.prior or load_prior()

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        """One evidence per pair with text on both sides; value = |robust z|."""
        zh, en = lengths(data.zh, data.en)
        model = self.calibrate(zh, en)
        zs = model.z(zh, en)
        for row in np.flatnonzero((zh > 0) & (en > 0)):
            yield Evidence(int(row), abs(float(zs[row])),
                           _message(zh[row], en[row], float(zs[row]), model))


def _message(zh: float, en: float, z: float, model: LengthModel) -> str:
    expected = en / model.c
    side = "short" if z > 0 else "long"
    where = "in this document" if model.source == "input" else "(prior calibration)"
    return (f"the Chinese is unusually {side} for its English: {zh:.0f} characters where about "
            f"{expected:.0f} are usual {where} (robust z = {z:+.1f})")


def lengths(zh: Sequence[str], en: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Length arrays (shape (n,)) of parallel texts."""
    return (np.array([zh_length(t) for t in zh], dtype=float),
            np.array([en_length(t) for t in en], dtype=float))

