"""Score combination: weighted sum, logistic fit, length model, weights file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from align.embed.combine import (
    CombineWeights,
    combine,
    fit_length_model,
    fit_weights,
    length_loglik,
    load_weights,
)
from corpus.errors import ConfigError

NAMES = ("emb_cos", "lex_cos", "len_loglik")


@pytest.mark.parametrize(("coef", "intercept"), [((2.0, -1.0, 0.5), 0.3), ((0.0, 4.0, 1.0), -2.0)])
def test_fit_recovers_known_weights(coef, intercept) -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((20000, 3)) * [0.3, 0.5, 2.0] + [0.5, 0.2, -1.0]
    p = 1 / (1 + np.exp(-(x @ np.array(coef) + intercept)))
    y = (rng.random(20000) < p).astype(float)
    got_coef, got_intercept = fit_weights(x, y, NAMES, l2=0.0)
    np.testing.assert_allclose(got_coef, coef, atol=0.15)
    assert got_intercept == pytest.approx(intercept, abs=0.15)


def test_combine_is_the_weighted_sum() -> None:
    w = CombineWeights(NAMES, np.array([2.0, 1.0, 0.5]), -1.0)
    feats = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, -2.0], [0.0, 0.0, 0.0]])
    np.testing.assert_allclose(combine(feats, w), [1.0, -0.5, -1.0])


@pytest.mark.parametrize("shape", [(3,), (3, 2), (2, 4)])
def test_combine_rejects_wrong_shapes(shape) -> None:
    w = CombineWeights(NAMES, np.ones(3), 0.0)
    with pytest.raises(ConfigError, match="expected"):
        combine(np.zeros(shape), w)


def test_length_model_peaks_at_the_fitted_ratio() -> None:
    src = np.array([10, 20, 40, 80])
    tgt = src * 3
    mu, sigma = fit_length_model(src, tgt)
    assert mu == pytest.approx(np.log(3), abs=0.05) and 0 < sigma < 0.05
    vals = length_loglik(np.array([30, 30, 30]), np.array([30 * 3, 30, 300]), mu, 0.2)
    assert vals[0] > vals[1] and vals[0] > vals[2] and vals[0] == pytest.approx(0, abs=0.1)


BAD_JSON = [
    ({"features": ["a"], "coef": [1, 2], "intercept": 0}, "coef must match"),
    ({"features": ["a"], "coef": [1]}, "intercept"),
    ({"features": ["a"], "coef": [1], "intercept": 0, "length_sigma": 0}, "length_sigma"),
    ({"features": ["a"], "coef": ["x"], "intercept": 0}, "bad combine weights"),
]


@pytest.mark.parametrize(("data", "message"), BAD_JSON)
def test_bad_weight_files(tmp_path, data, message) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_weights(path)


def test_json_round_trip(tmp_path) -> None:
    w = CombineWeights(NAMES, np.array([1.5, 2.5, 0.25]), -3.0, 1.1, 0.3, {"data": "x"})
    path = tmp_path / "w.json"
    path.write_text(json.dumps(w.to_json()), "utf-8")
    back = load_weights(path)
    assert back.features == NAMES and back.fitted_on == {"data": "x"}
    np.testing.assert_array_equal(back.coef, w.coef)
    assert (back.intercept, back.length_mu, back.length_sigma) == (-3.0, 1.1, 0.3)


def test_packaged_weights_record_their_data() -> None:
    w = load_weights()
    assert w.features[0] == "emb_cos" and w.coef[0] > 0
    for key in ("data", "positives", "negatives", "embedder", "script"):
        assert key in w.fitted_on
