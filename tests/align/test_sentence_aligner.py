"""``SentenceAligner`` end to end on synthetic documents whose alignment is known."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from align.sentence import CostWeights, SentenceAligner
from corpus.errors import ConfigError, InputError
from corpus.types import Bead

from .sentence_synth import Doc, meanings, parallel

TABLE = meanings(1200, dim=64, seed=7)


class MeaningEmbedder:
    """Embeds texts like ``"m3 m17"`` as the normalised sum of those meanings plus seeded noise
    (other tokens, such as numbers, only change the noise).

    It has no ``encode_windows``, so windows go through the generic joined-text path.
    """

    name = "meanings"

    def __init__(self, noise: float = 0.25):
        self.noise = noise
        self.calls = 0

    def signature(self) -> str:
        return f"meanings-{self.noise}"

    def encode(self, texts):
        self.calls += 1
        out = np.zeros((len(texts), TABLE.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = [int(tok[1:]) for tok in text.split() if tok.startswith("m")]
            rng = np.random.default_rng(zlib.crc32(text.encode()))
            vec = TABLE[ids].sum(axis=0) + self.noise * rng.normal(size=TABLE.shape[1]) / 8
            out[row] = vec / np.linalg.norm(vec)
        return out


def texts(doc: Doc) -> list[str]:
    return [" ".join(f"m{i}" for i in sent) for sent in doc.sents]


def as_pairs(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


ONE = [(1, 1)]
CASES = {
    "identical": ONE * 20,
    "insertion and deletion": ONE * 5 + [(0, 1)] + ONE * 5 + [(1, 0)] + ONE * 5,
    "1-3 and 3-1": ONE * 4 + [(1, 3)] + ONE * 4 + [(3, 1)] + ONE * 4,
    "2-2 and 2-3": ONE * 4 + [(2, 2)] + ONE * 4 + [(2, 3)] + ONE * 3,
    "1-2 and 2-1 runs": [(1, 2), (2, 1)] * 5,
    "starts and ends with null beads": [(0, 1)] + ONE * 6 + [(1, 0)],
    "one sentence each": ONE,
    "one Chinese sentence, three English": [(1, 3)],
    "three Chinese sentences, one English": [(3, 1)],
    "1-5 and 5-1 (second pass)": ONE * 4 + [(1, 5)] + ONE * 4 + [(5, 1)] + ONE * 3,
}


@pytest.mark.parametrize("groups", CASES.values(), ids=CASES.keys())
def test_recovers_known_alignment(groups: list[tuple[int, int]]) -> None:
    zdoc, edoc, gold = parallel(groups)
    beads = SentenceAligner(MeaningEmbedder()).align(texts(zdoc), texts(edoc))
    assert as_pairs(beads) == gold


@pytest.mark.parametrize("groups", [ONE * 30, ONE * 10 + [(2, 1)] + ONE * 10])
def test_scores_are_cosines_and_null_beads_score_zero(groups) -> None:
    zdoc, edoc, _ = parallel(groups + [(1, 0)])
    beads = SentenceAligner(MeaningEmbedder(noise=0.1)).align(texts(zdoc), texts(edoc))
    pair = [b.score for b in beads if b.src and b.tgt]
    assert all(0.9 < s <= 1.0 for s in pair)
    assert [b.score for b in beads if not (b.src and b.tgt)] == [0.0]


@pytest.mark.parametrize("zh, en", [([], ["m1"]), (["m1"], []), ([], [])])
def test_an_empty_side_is_an_input_error(zh: list[str], en: list[str]) -> None:
    with pytest.raises(InputError, match="no sentences to align"):
        SentenceAligner(MeaningEmbedder()).align(zh, en)


@pytest.mark.parametrize("kwargs, message", [
    ({"mode": "fuzzy"}, "unknown alignment mode 'fuzzy'"),
    ({"max_bead": 1}, "max_bead must be at least 2"),
    ({"first_bead": 1}, "first_bead must be at least 2"),
])
def test_bad_settings_are_config_errors(kwargs, message) -> None:
    with pytest.raises(ConfigError, match=message):
        SentenceAligner(MeaningEmbedder(), **kwargs)


def test_long_document_uses_the_band_and_reports_progress() -> None:
    groups = (ONE * 40 + [(1, 2), (0, 1), (2, 1)]) * 12
    zdoc, edoc, gold = parallel(groups)
    seen: list[tuple[str, int, int]] = []
    aligner = SentenceAligner(MeaningEmbedder(), max_cells=20_000,
                              progress=lambda *a: seen.append(a))
    beads = aligner.align(texts(zdoc), texts(edoc))
    assert len(set(as_pairs(beads)) & set(gold)) >= 0.98 * len(gold)
    assert ("embed", 2, 2) in seen
    rows = [done for stage, done, _ in seen if stage == "align"]
    assert rows == sorted(rows) and rows[-1] == len(zdoc.sents)


def test_max_bead_limits_shapes() -> None:
    zdoc, edoc, _ = parallel(ONE * 3 + [(1, 3)] + ONE * 3)
    beads = SentenceAligner(MeaningEmbedder(), max_bead=3).align(texts(zdoc), texts(edoc))
    assert max(len(b.src) + len(b.tgt) for b in beads) <= 3
    assert sorted(i for b in beads for i in b.tgt) == list(range(len(edoc.sents)))


@pytest.mark.parametrize("numbers, middle", [
    (1.0, [((2, 3), (2, 3))]),
    (0.0, [((2,), ()), ((3,), (2,)), ((), (3,))]),
])
def test_shared_numbers_join_a_crossing_into_one_bead(numbers: float, middle) -> None:
    zh = ["m1", "m2", "m50 1956", "m51 1957", "m3"]
    en = ["m1", "m2", "m61 1957", "m60 1956", "m3"]  # meanings unrelated, numbers crossed
    aligner = SentenceAligner(MeaningEmbedder(), weights=CostWeights(numbers=numbers),
                              langs=("de", "fr"))
    assert as_pairs(aligner.align(zh, en)) == [((0,), (0,)), ((1,), (1,)), *middle, ((4,), (4,))]


def test_without_a_second_pass_a_1_5_bead_cannot_be_found() -> None:
    zdoc, edoc, gold = parallel(ONE * 3 + [(1, 5)] + ONE * 3)
    found = SentenceAligner(MeaningEmbedder()).align(texts(zdoc), texts(edoc))
    single = SentenceAligner(MeaningEmbedder(), first_bead=6).align(texts(zdoc), texts(edoc))
    capped = SentenceAligner(MeaningEmbedder(), max_bead=5).align(texts(zdoc), texts(edoc))
    assert as_pairs(found) == as_pairs(single) == gold
    assert as_pairs(capped) != gold and max(len(b.src) + len(b.tgt) for b in capped) <= 5


def test_signature_names_mode_and_weights() -> None:
    sig = SentenceAligner(MeaningEmbedder(), weights=CostWeights(skip=0.2)).signature()
    assert sig.startswith("mode:parallel|max_bead:6|") and "skip:0.2" in sig
    assert "first_bead:5" in sig and "langs:zh-en" in sig


@pytest.mark.parametrize("groups", CASES.values(), ids=CASES.keys())
def test_float16_window_storage_gives_the_float32_beads(groups, monkeypatch) -> None:
    from align.sentence import aligner

    zdoc, edoc, _ = parallel(groups)
    stored = SentenceAligner(MeaningEmbedder(noise=0.5)).align(texts(zdoc), texts(edoc))
    monkeypatch.setattr(aligner, "WINDOW_DTYPE", np.float32)
    exact = SentenceAligner(MeaningEmbedder(noise=0.5)).align(texts(zdoc), texts(edoc))
    assert as_pairs(stored) == as_pairs(exact)
    np.testing.assert_allclose([b.score for b in stored], [b.score for b in exact], atol=1e-3)
