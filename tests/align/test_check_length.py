"""length-ratio: fixture cases, calibration on the document, prior fallback and provenance."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from align.check.base import CheckInput
from align.check.length import (
    LengthModel,
    LengthRatio,
    en_length,
    fit_length_model,
    lengths,
    load_prior,
    zh_length,
)
from align.check.registry import CHECKS
from tests.align.check_cases import expected_for, labels_by_case
from tests.conftest import REPO, SHARED

FOUND = labels_by_case(LengthRatio())


@pytest.mark.parametrize(("case", "expected"), expected_for("length-ratio"))
def test_fixture_cases(case: str, expected: set[str]) -> None:
    assert FOUND[case] == expected


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("威慑理论", 4.0, 0.0),
    ("北约NATO", 2 + 4 / 3, 4.0),
    ("1958年", 1 + 4 / 3, 4.0),
    ("Deterrence theory, 1958.", 20 / 3, 20.0),
    ("，。！", 0.0, 0.0),
])
def test_length_measures(text: str, zh: float, en: float) -> None:
    assert zh_length(text) == pytest.approx(zh)
    assert en_length(text) == pytest.approx(en)


def _document(c: float, n: int = 60) -> tuple[list[str], list[str]]:
    """n pairs with English ≈ c letters per Chinese character, deterministic small noise."""
    zh_sizes = [8 + (i * 7) % 40 for i in range(n)]
    noise = [-0.1, -0.05, 0.0, 0.05, 0.1]
    en_sizes = [round(z * c * (1 + noise[i % 5])) for i, z in enumerate(zh_sizes)]
    return ["字" * z for z in zh_sizes], ["x" * e for e in en_sizes]


# (ratio of the document, ratio of the probe pair, flagged)
CALIBRATION = [
    (2.0, 2.0, False),
    (2.0, 4.5, True),
    (4.5, 4.5, False),
    (4.5, 2.0, True),
    (3.0, 3.3, False),
]


@pytest.mark.parametrize(("doc_c", "probe_c", "flagged"), CALIBRATION)
def test_band_is_calibrated_on_the_document(doc_c: float, probe_c: float, flagged: bool) -> None:
    zh, en = _document(doc_c)
    zh.append("字" * 30)
    en.append("x" * round(30 * probe_c))
    rows = {f.row for f in LengthRatio().run(CheckInput(zh, en))}
    assert (len(zh) - 1 in rows) is flagged
    assert rows <= {len(zh) - 1}


def test_model_fits_ratio_and_spread() -> None:
    zh, en = lengths(*_document(2.5))
    model = fit_length_model(zh, en)
    assert model.c == pytest.approx(2.5, rel=0.05)
    assert model.source == "input" and model.pairs == 60 and model.mad > 0


def test_few_pairs_fall_back_to_the_prior() -> None:
    check = LengthRatio(min_pairs=30)
    zh, en = lengths(*_document(2.0, n=10))
    assert check.calibrate(zh, en).source != "input"
    zh, en = lengths(*_document(2.0, n=30))
    assert check.calibrate(zh, en).source == "input"


def test_injected_prior_is_used() -> None:
    prior = LengthModel(c=10.0, median=0.0, mad=1.0, pairs=1, source="test")
    data = CheckInput(["字" * 10], ["x" * 100])
    assert LengthRatio(prior=prior).run(data) == []
    (f,) = LengthRatio().run(data)
    assert f.severity == "warning" and "unusually short" in f.message and "prior" in f.message


def test_message_direction_and_threshold() -> None:
    zh, en = _document(3.0)
    zh.append("字" * 40)
    en.append("x" * 20)
    (ev,) = [e for e in LengthRatio().score(CheckInput(zh, en)) if e.row == len(zh) - 1]
    assert "unusually long" in ev.message and ev.value > 3.5
    assert LengthRatio(threshold=ev.value + 1).run(CheckInput(zh, en)) == []


def test_short_pairs_in_a_calibrated_document_pass() -> None:
    zh, en = _document(3.0)
    data = CheckInput([*zh, "是。", "好的。"], [*en, "Yes.", "All right."])
    assert LengthRatio().run(data) == []


def test_empty_sides_and_monolingual_mode_are_skipped() -> None:
    zh, en = _document(3.0)
    data = CheckInput([*zh, ""], [*en, "Only English."])
    assert all(ev.row != len(zh) for ev in LengthRatio().score(data))
    assert LengthRatio().run(CheckInput(zh, [""] * len(zh), monolingual=True)) == []


def test_prior_file_states_its_origin() -> None:
    path = REPO / "align" / "data" / "check" / "length_prior.json"
    data = json.loads(path.read_text("utf-8"))
    assert "bible-enzh" in data["source"] and data["pairs"] > 1000
    prior = load_prior()
    assert 2.0 < prior.c < 6.0 and prior.mad > 0


def test_prior_is_reproducible_from_the_benchmark() -> None:
    bench = SHARED / "bench" / "bible-enzh"
    if not bench.is_dir():
        pytest.skip("benchmark data not beside the repository")
    en = (bench / "en" / "001").read_text("utf-8").split("\n")
    zh = (bench / "zh" / "001").read_text("utf-8").split("\n")
    one_one = re.compile(r"\[(\d+)\]:\[(\d+)\]")
    pairs = [(zh[int(m[2])], en[int(m[1])]) for line in
             (bench / "gold" / "001.align").read_text("utf-8").splitlines()
             if (m := one_one.fullmatch(line.strip()))]
    model = fit_length_model(*lengths([p[0] for p in pairs], [p[1] for p in pairs]))
    prior = load_prior()
    assert (model.c, model.median, model.pairs) == (prior.c, prior.median, prior.pairs)
    assert model.mad == pytest.approx(prior.mad)


def test_scores_are_finite() -> None:
    zh, en = _document(3.0)
    values = np.array([ev.value for ev in LengthRatio().score(CheckInput(zh, en))])
    assert np.isfinite(values).all() and len(values) == len(zh)


def test_registered_under_its_id() -> None:
    cls = CHECKS.get("length-ratio")
    assert cls is LengthRatio and cls.severity == "warning" and cls.bilingual_only


