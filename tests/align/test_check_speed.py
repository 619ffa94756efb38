"""The four checks of this family together stay fast: 10,000 pairs well under 5 s of CPU."""

from __future__ import annotations

import time

import pytest

from align.check.base import CheckInput
from align.check.registry import CHECKS
from tests.align.check_cases import CASES

FAMILY = ["number-mismatch", "typography", "untranslated", "length-ratio"]


@pytest.fixture(scope="module")
def ten_thousand_pairs() -> CheckInput:
    rows = [(c.zh, c.en) for c in CASES]
    rows = (rows * (10_000 // len(rows) + 1))[:10_000]
    return CheckInput([r[0] for r in rows], [r[1] for r in rows])


def test_ten_thousand_pairs_in_a_few_seconds(ten_thousand_pairs: CheckInput) -> None:
    for check_id in FAMILY:  # build the lazy tables first: their one-off cost is not per pair
        CHECKS.get(check_id)().run(CheckInput(["一九九一年，我們"], ["In 1991"]))
    start = time.process_time()
    found = [f for check_id in FAMILY for f in CHECKS.get(check_id)().run(ten_thousand_pairs)]
    elapsed = time.process_time() - start
    assert found  # the fixture has faulty rows, so the checks did run
    assert elapsed < 5.0, f"{elapsed:.1f} s of CPU for 10,000 pairs"
