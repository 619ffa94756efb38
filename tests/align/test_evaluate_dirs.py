"""Folder scoring: file pairing, verse-file discovery, and the published benchmark figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from align.evaluate import merge_by_verse
from align.evaluate_dirs import evaluate_dirs, find_verse_files, pair_files, read_verses
from corpus.errors import ConfigError, FormatError, InputError
from corpus.formats.beads import read_beads, write_beads

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluate"
BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
MINI = DATA / "bible_mini"


def bench(rel: str) -> Path:
    path = BENCH / rel
    if not path.exists():
        pytest.skip(f"benchmark data not found: {path}")
    return path


# Published figures (README of shared/bench): (data, baseline, verse files, strict F1, lax F1).
# Bertalign's textberg row is a range (.936-.940 / .989-.992); this output file gives .939 / .992.
PUBLISHED = {
    "bible-enzh Vecalign (verse-merged)": (
        "bible-enzh", "probably_vecalign", "auto", 0.978, 1.0, (0.978, 0.978), (1.0, 1.0)),
    "textberg-defr Bertalign": (
        "textberg-defr", "bertalign_2021-12", "auto", 0.939, 0.992, (0.936, 0.940), (0.989, 0.992)),
}


@pytest.mark.parametrize(("data", "baseline", "verses", "strict", "lax", "strict_range", "lax_range"),
                         PUBLISHED.values(), ids=PUBLISHED.keys())
def test_reproduces_published_figures(data, baseline, verses, strict, lax, strict_range, lax_range):
    score = evaluate_dirs(bench(f"{data}/gold"), bench(f"{data}/baselines/{baseline}"),
                          verse_files=verses)
    assert round(score.strict_f1, 3) == strict
    assert round(score.lax_f1, 3) == lax
    assert strict_range[0] <= round(score.strict_f1, 3) <= strict_range[1]
    assert lax_range[0] <= round(score.lax_f1, 3) <= lax_range[1]


def test_bible_needs_verse_merging() -> None:
    gold, test = bench("bible-enzh/gold"), bench("bible-enzh/baselines/probably_vecalign")
    raw = evaluate_dirs(gold, test, verse_files=None)
    merged = evaluate_dirs(gold, test, verse_files="auto")
    assert raw.test_beads > merged.test_beads
    assert round(raw.strict_f1, 3) < 0.95 < round(merged.strict_f1, 3)


def test_bible_gold_is_already_verse_merged() -> None:
    src_path, tgt_path = find_verse_files(bench("bible-enzh/gold"))
    assert (src_path.name, tgt_path.name) == ("en.verse", "zh.verse")
    gold = read_beads(bench("bible-enzh/gold/001.align"))
    assert merge_by_verse(gold, read_verses(src_path), read_verses(tgt_path)) == gold


# The mini Bible layout: hand-computed in tests/data/evaluate/README.md.
MINI_CASES = {
    "verse-merged": ("auto", False, (4, 2, 4, 4, 2, 4)),
    "explicit verse files": ((MINI / "en.verse", MINI / "zh.verse"), False, (4, 2, 4, 4, 2, 4)),
    "not merged": (None, False, (6, 0, 4, 4, 0, 4)),
}


@pytest.mark.parametrize(("verses", "swap", "counts"), MINI_CASES.values(), ids=MINI_CASES.keys())
def test_mini_bible(verses, swap, counts) -> None:
    s = evaluate_dirs(MINI / "gold", MINI / "system", verse_files=verses, swap=swap)
    assert (s.test_beads, s.test_strict, s.test_lax, s.gold_beads, s.gold_strict, s.gold_lax) == counts


def test_swap_reads_target_first_output(tmp_path: Path) -> None:
    zh_first = [b.__class__(b.tgt, b.src, b.score) for b in read_beads(MINI / "system/001.align")]
    write_beads(tmp_path / "001", zh_first)
    swapped = evaluate_dirs(MINI / "gold", tmp_path, verse_files="auto", swap=True)
    assert swapped == evaluate_dirs(MINI / "gold", MINI / "system", verse_files="auto")
    with pytest.raises(InputError, match=r"001: source sentence id 5 has no verse"):
        evaluate_dirs(MINI / "gold", tmp_path, verse_files="auto")


def test_verse_order_is_read_off_the_gold(tmp_path: Path) -> None:
    # name the files so that name order is the wrong side order: y (en) must become the source
    shutil.copytree(MINI / "gold", tmp_path / "gold")
    shutil.copy(MINI / "zh.verse", tmp_path / "x.verse")
    shutil.copy(MINI / "en.verse", tmp_path / "y.verse")
    assert find_verse_files(tmp_path / "gold") == (tmp_path / "y.verse", tmp_path / "x.verse")
    assert find_verse_files(tmp_path / "gold" / "001.align") == (tmp_path / "y.verse",
                                                                 tmp_path / "x.verse")


@pytest.mark.parametrize(
    ("verse_files", "message"),
    [
        ({"en.verse": "a\nb\n", "zh.verse": "a\nb\n", "fr.verse": "a\n"}, "expected two verse files"),
        ({"p.verse": "a\nb\n", "q.verse": "a\nb\n"}, "cannot tell which"),
    ],
)
def test_find_verse_files_errors(tmp_path: Path, verse_files: dict, message: str) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "001.align").write_text("[0]:[0]\n[1]:[1]\n", encoding="utf-8")
    for name, text in verse_files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        find_verse_files(tmp_path / "gold")


def test_no_verse_files_means_no_merge() -> None:
    assert find_verse_files(DATA / "multi" / "gold") is None


def test_multi_document_micro_average() -> None:
    # doc 001: a 2-2 against two 1-1 (counts 2,1,2 / 3,1,3); doc 002: duplicates (2,1,1 / 2,1,1)
    s = evaluate_dirs(DATA / "multi" / "gold", DATA / "multi" / "system", verse_files="auto")
    assert s.documents == 2
    assert (s.test_beads, s.test_strict, s.test_lax, s.gold_beads, s.gold_strict, s.gold_lax) == (
        4, 2, 3, 5, 2, 4)
    assert (s.strict_precision, s.strict_recall, s.lax_precision, s.lax_recall) == pytest.approx(
        (0.5, 0.4, 0.75, 0.8))


def test_pair_files_accepts_both_test_names() -> None:
    pairs = pair_files(DATA / "multi" / "gold", DATA / "multi" / "system")
    assert [(g.name, t.name) for g, t in pairs] == [("001.align", "001.align"), ("002.align", "002")]


def test_single_files() -> None:
    s = evaluate_dirs(DATA / "multi/gold/002.align", DATA / "multi/system/002")
    assert (s.documents, s.test_beads, s.test_strict) == (1, 2, 1)


def _layout(tmp_path: Path, gold: dict, test: dict) -> tuple[Path, Path]:
    for folder, files in (("gold", gold), ("test", test)):
        (tmp_path / folder).mkdir()
        for name, text in files.items():
            (tmp_path / folder / name).write_text(text, encoding="utf-8")
    return tmp_path / "gold", tmp_path / "test"


@pytest.mark.parametrize(
    ("gold", "test", "error", "message"),
    [
        ({"001.align": "[0]:[0]\n", "002.align": "[0]:[0]\n", "003.align": "[0]:[0]\n"},
         {"002": "[0]:[0]\n"}, InputError, "no test file for 001, 003"),
        ({"readme.txt": "x"}, {}, InputError, "no gold '\\*.align' file"),
        ({"001.align": "[0]:[0]\n"}, {"001.align": "[0]:[0]\n[0]:(1)\n"}, FormatError,
         r"test/001.align:2: not a bead"),
        ({"001.align": "[0]:[0]\nzzz\n"}, {"001.align": "[0]:[0]\n"}, FormatError,
         r"gold/001.align:2: not a bead"),
    ],
)
def test_folder_errors(tmp_path: Path, gold: dict, test: dict, error: type, message: str) -> None:
    gold_dir, test_dir = _layout(tmp_path, gold, test)
    with pytest.raises(error, match=message):
        evaluate_dirs(gold_dir, test_dir)


@pytest.mark.parametrize(
    ("gold", "test", "message"),
    [("missing", "test", "not found"), ("gold", "missing", "not found"),
     ("gold", "test/001.align", "two folders or two files")],
)
def test_path_errors(tmp_path: Path, gold: str, test: str, message: str) -> None:
    _layout(tmp_path, {"001.align": "[0]:[0]\n"}, {"001.align": "[0]:[0]\n"})
    with pytest.raises(InputError, match=message):
        pair_files(tmp_path / gold, tmp_path / test)


def test_read_verses_rejects_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "en.verse"
    path.write_text("Gen:1:1\n\nGen:1:2\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_verses(path)
    assert info.value.line == 2


@pytest.mark.parametrize(("data", "expected"), [
    (b"Gen:1:1\nGen:1:2\n", ["Gen:1:1", "Gen:1:2"]),
    (b"\xef\xbb\xbfGen:1:1\r\n Gen:1:2 \r\n", ["Gen:1:1", "Gen:1:2"]),  # BOM, CRLF, spaces
    ("\ufeffGen:1:1\nGen:1:2".encode("utf-16-le"), ["Gen:1:1", "Gen:1:2"]),
])
def test_read_verses(tmp_path: Path, data: bytes, expected: list[str]) -> None:
    path = tmp_path / "en.verse"
    path.write_bytes(data)
    assert read_verses(path) == expected


@pytest.mark.parametrize(("data", "message", "line"), [
    (None, "no such file", None),
    (b"Gen:1:1\nGen:1:\xff2\n", "not UTF-8 text", 2),
])
def test_read_verses_input_errors(tmp_path: Path, data: bytes | None, message: str,
                                  line: int | None) -> None:
    path = tmp_path / "en.verse"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        read_verses(path)
    assert info.value.path == str(path) and info.value.line == line
