"""Contract every sentence-pair format must pass: round trip, non-ASCII, empty, bad input, signature."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import FormatError, InputError
from corpus.formats.pairs import PAIR_FORMATS, pair_format, pair_format_for, read_pairs
from corpus.types import SentencePair

PAIRS = [
    SentencePair("美国向韩国提供延伸威慑。", "The United States extends deterrence to South Korea.",
                 (0,), (0,), 0.87),
    SentencePair("第一批核武器于1958年1月运抵。其目的在于威慑。",
                 'The first "nuclear" weapons\tarrived in January 1958 & <deterred>.', (1, 2), (1,), 0.74),
    SentencePair("这一句没有英文对应。", "", (3,), (), 0.0),
    SentencePair("", "An English sentence with a back\\slash and a\nnewline.", (), (4,), None),
]
SIG = "zhenkit 0.1.0|seg:jieba-0.42.1|emb:usem3|align:dp-max5"
FORMATS = PAIR_FORMATS.names()
BAD_INPUT = {
    "tsv": "zh\ten\nonly-one-field\n",
    "tmx": "<tmx version='1.4'><body><tu><tuv xml:lang='zh'><seg>x</seg></tuv>",
    "jsonl": '{"zh": "x", "en": "y"}\n{not json}\n',
}


def _path(tmp_path: Path, name: str) -> Path:
    return tmp_path / f"pairs{pair_format(name).extensions[0]}"


@pytest.mark.parametrize("name", FORMATS)
def test_round_trip_keeps_text_ids_scores(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    assert pair_format(name).write(path, PAIRS, SIG) == len(PAIRS)
    back = read_pairs(path)
    assert [(p.zh, p.en, p.zh_ids, p.en_ids) for p in back] == [
        (p.zh, p.en, p.zh_ids, p.en_ids) for p in PAIRS]
    assert [None if p.score is None else round(p.score, 4) for p in back] == [
        None if p.score is None else round(p.score, 4) for p in PAIRS]


@pytest.mark.parametrize("name", FORMATS)
def test_signature_is_recorded(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    pair_format(name).write(path, PAIRS[:1], SIG)
    assert pair_format(name).read_signature(path) == SIG


@pytest.mark.parametrize("name", FORMATS)
def test_empty_corpus_round_trips(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    assert pair_format(name).write(path, [], SIG) == 0
    assert read_pairs(path) == []


@pytest.mark.parametrize("name", FORMATS)
def test_bad_input_names_file(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    path.write_text(BAD_INPUT[name], "utf-8")
    with pytest.raises(FormatError) as err:
        read_pairs(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("name", FORMATS)
def test_missing_file_is_input_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="missing"):
        pair_format(name).read(tmp_path / f"missing{pair_format(name).extensions[0]}")


@pytest.mark.parametrize("name", FORMATS)
def test_failed_write_keeps_old_file(tmp_path: Path, name: str) -> None:
    path = _path(tmp_path, name)
    pair_format(name).write(path, PAIRS, SIG)
    before = path.read_bytes()

    def broken():
        yield PAIRS[0]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        pair_format(name).write(path, broken(), SIG)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_dispatch_by_extension_and_unknown_extension(tmp_path: Path) -> None:
    assert pair_format_for("x.tmx").name == "tmx"
    with pytest.raises(Exception, match="known"):
        pair_format_for(tmp_path / "x.docx")
