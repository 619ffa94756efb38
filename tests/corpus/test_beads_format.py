"""Bead format: parsing, strict errors with file and line, atomic writing, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import FormatError, InputError
from corpus.formats.beads import format_bead, parse_bead, read_beads, write_beads
from corpus.types import Bead

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"

PARSE_CASES = [
    ("[0]:[0]", (0,), (0,), None),
    ("[1,2]:[1,2,3]", (1, 2), (1, 2, 3), None),
    ("[5]:[]", (5,), (), None),
    ("[]:[7]", (), (7,), None),
    ("[]:[]", (), (), None),
    ("[1]:[1, 2]", (1,), (1, 2), None),
    ("  [ 3 , 4 ] : [ 5 ]  ", (3, 4), (5,), None),
    ("[0]:[0]:0.123456", (0,), (0,), 0.123456),
    ("[2]:[1, 2]: -1.5e-3", (2,), (1, 2), -0.0015),
    ("[0]:[]:inf", (0,), (), float("inf")),
    ("[10,9]:[3]", (10, 9), (3,), None),  # order kept as written
]


@pytest.mark.parametrize(("line", "src", "tgt", "score"), PARSE_CASES)
def test_parse_bead(line: str, src: tuple, tgt: tuple, score: float | None) -> None:
    bead = parse_bead(line)
    assert (bead.src, bead.tgt) == (src, tgt)
    assert bead.score == (pytest.approx(score) if score is not None else None)


BAD_LINES = [
    ("[0]:[0", "not a bead"),
    ("[0]", "not a bead"),
    ("0:0", "not a bead"),
    ("(0):(1)", "not a bead"),
    ("[a]:[1]", "not a bead"),
    ("[-1]:[0]", "not a bead"),
    ("[1,]:[2]", "not a bead"),
    ("[1.5]:[2]", "not a bead"),
    ("[0]:[1]:2:3", "score is not a number"),
    ("[0]:[1]:x", "score is not a number"),
    ("[0]:[1]:nan", "NaN"),
    ("[1,1]:[2]", "source ids repeat"),
    ("[1]:[2,3,2]", "target ids repeat"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_parse_bead_rejects(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_bead(line)


READ_CASES = [
    # file text, expected (src, tgt) list
    ("[0]:[0]\n[1]:[1,2]\n", [((0,), (0,)), ((1,), (1, 2))]),
    ("# zhenkit 0.1.0|align:x\n[0]:[0]\n", [((0,), (0,))]),
    ("\n\n# signature after blank lines\n[0]:[]\n\n[]:[0]\n", [((0,), ()), ((), (0,))]),
    ("\ufeff[0]:[0]\r\n[1]:[1]\r\n", [((0,), (0,)), ((1,), (1,))]),
    ("", []),
    ("# only a signature\n", []),
]


@pytest.mark.parametrize(("text", "expected"), READ_CASES)
def test_read_beads(tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "001.align"
    path.write_bytes(text.encode("utf-8"))
    assert [(b.src, b.tgt) for b in read_beads(path)] == expected


READ_ERRORS = [
    # file text, 1-based line of the error
    ("[0]:[0]\n[1]:1\n", 2),
    ("[0]:[0]\n\n\n[x]:[1]\n", 4),
    ("[0]:[0]\n# a comment that is not the first line\n", 2),
    ("# sig\n# second comment\n", 2),
    ("[0]:[0]:score\n", 1),
]


@pytest.mark.parametrize(("text", "line"), READ_ERRORS)
def test_read_beads_names_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "bad.align"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_beads(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "not found"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b"[0]:[0]\n\xff\xfe[1]:[1]\n"), "not UTF-8"),
    ],
)
def test_read_beads_unreadable(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "x.align"
    make(path)
    with pytest.raises(InputError, match=message) as info:
        read_beads(path)
    assert info.value.path == str(path)


FORMAT_CASES = [
    (Bead((0, 1), (2,)), True, "[0,1]:[2]"),
    (Bead((5,), ()), True, "[5]:[]"),
    (Bead((), (7,)), True, "[]:[7]"),
    (Bead((1,), (1, 2), 0.25), True, "[1]:[1,2]:0.250000"),
    (Bead((1,), (1, 2), 0.25), False, "[1]:[1,2]"),
    (Bead((3,), (4,), -1.0), True, "[3]:[4]:-1.000000"),
]


@pytest.mark.parametrize(("bead", "with_score", "line"), FORMAT_CASES)
def test_format_bead(bead: Bead, with_score: bool, line: str) -> None:
    assert format_bead(bead, with_score) == line
    assert parse_bead(line).src == bead.src and parse_bead(line).tgt == bead.tgt


ROUND_TRIP = [
    [Bead((0,), (0,)), Bead((1, 2), (1, 2, 3)), Bead((5,), ()), Bead((), (7,))],
    [Bead((0,), (0,), 0.1234567), Bead((1,), (), None), Bead((2, 3), (1,), 2.5)],
    [],
]


@pytest.mark.parametrize("beads", ROUND_TRIP)
@pytest.mark.parametrize("signature", [None, "zhenkit 0.1.0|align:dp-max5"])
def test_round_trip(tmp_path: Path, beads: list[Bead], signature: str | None) -> None:
    path = tmp_path / "out" / "001.align"
    write_beads(path, beads, signature=signature)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {signature}\n") == (signature is not None)
    back = read_beads(path)
    assert [(b.src, b.tgt) for b in back] == [(b.src, b.tgt) for b in beads]
    for got, want in zip(back, beads):
        assert got.score == (None if want.score is None else pytest.approx(want.score, abs=5e-7))


def test_write_without_scores(tmp_path: Path) -> None:
    path = tmp_path / "gold.align"
    write_beads(path, [Bead((0,), (0, 1), 0.5), Bead((1,), (), 0.1)], with_scores=False)
    assert path.read_text(encoding="utf-8") == "[0]:[0,1]\n[1]:[]\n"


def test_failed_write_keeps_old_file(tmp_path: Path) -> None:
    path = tmp_path / "001.align"
    path.write_text("[0]:[0]\n", encoding="utf-8")

    def broken():
        yield Bead((9,), (9,))
        raise RuntimeError("aligner crashed")

    with pytest.raises(RuntimeError):
        write_beads(path, broken())
    assert path.read_text(encoding="utf-8") == "[0]:[0]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["001.align"]


def test_multiline_signature_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="one line"):
        write_beads(tmp_path / "x.align", [], signature="a\nb")
    assert not (tmp_path / "x.align").exists()


@pytest.mark.parametrize(
    ("rel", "n_beads", "max_src", "max_tgt"),
    [
        ("bible-enzh/gold/001.align", 4747, 4999, 6300),
        ("bible-enzh/baselines/probably_vecalign/001.align", 4955, 4999, 6300),
    ],
)
def test_reads_benchmark_files(rel: str, n_beads: int, max_src: int, max_tgt: int) -> None:
    path = BENCH / rel
    if not path.exists():
        pytest.skip(f"benchmark data not found: {path}")
    beads = read_beads(path)
    assert len(beads) == n_beads
    assert max(i for b in beads for i in b.src) == max_src
    assert max(i for b in beads for i in b.tgt) == max_tgt
