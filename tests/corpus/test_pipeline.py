"""Pipeline: read → clean → split → tokenize; parallel tokenization equals serial."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import pipeline
from corpus.errors import InputError
from corpus.pipeline import process_file, segment_document, split_document, tokenize_segments
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample():
    return process_file(SAMPLE)


def test_sample_is_zh_with_headings_and_sentences(sample) -> None:
    kinds = {s.kind for s in sample.segments}
    assert sample.document.lang == "zh" and kinds == {"heading", "sentence"}
    assert [s.index for s in sample.segments] == list(range(len(sample.segments)))
    assert all(s.text == sample.document.text[s.start:s.end] for s in sample.segments)


def test_headings_are_not_split(sample) -> None:
    headings = [s.text for s in sample.segments if s.kind == "heading"]
    assert "威慑可信度与核武器的使用" in headings
    assert not any("威慑可信度与核武器的使用" in s.text for s in sample.segments if s.kind == "sentence")


def test_every_body_sentence_is_kept(sample) -> None:
    joined = "".join(s.text for s in sample.segments)
    for sentence in ("1991年12月，撤军程序完成。", "其中惩罚威慑是核威慑的关键所在。",
                     "因此，美国的传统反应更加可信，对朝鲜及其领导人的核武器具有同样的破坏性战略影响。"):
        assert sentence in joined


def test_parallel_tokenization_equals_serial(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    segs = split_document(sample.document)
    serial = tokenize_segments(segs, "zh", workers=1, pos=True)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 10)
    monkeypatch.setattr(pipeline, "_CHUNK_CHARS", 500)
    parallel = tokenize_segments(segs, "zh", workers=2, pos=True)
    assert parallel == serial
    assert all(s.pos and len(s.pos) == len(s.tokens) for s in parallel)


def test_parallel_segmentation_equals_serial(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = sample.document
    serial = segment_document(doc, pos=True, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 10)
    monkeypatch.setattr(pipeline, "_CHUNK_CHARS", 300)
    assert segment_document(doc, pos=True, workers=2) == serial
    assert [s.tokens for s in split_document(doc)] == [None] * len(serial)


def test_too_long_sentence_in_a_worker_is_an_input_error(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text("短句。\n\n" + "长" * 30_000 + "\n", "utf-8")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CHARS", 10)
    with pytest.raises(InputError, match="30,000 characters") as err:
        process_file(path, workers=2)
    assert err.value.line == 3


def test_undetectable_language_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "digits.txt"
    path.write_text("12345 678 90\n")
    with pytest.raises(InputError, match="language"):
        process_file(path)
