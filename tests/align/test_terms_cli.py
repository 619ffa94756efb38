"""``zhenkit terms`` through the real entry point, and the term TSV format."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from align.cli import main
from align.terms.tsv import dump_terms, read_terms
from corpus.errors import FormatError

EN_TEXT = Path(__file__).resolve().parents[1] / "data" / "terms" / "deterrence_en.txt"
HEADER = "term\tscore\tfreq\tcvalue\tkeyness\texample\tunits\tlength\tnested_in"


def run(args: list, capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(["terms", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_chinese_sample_to_file(sample_path: Path, tmp_path: Path, capsys) -> None:
    out_tsv = tmp_path / "out" / "terms.tsv"
    code, out, err = run([sample_path, "--lang", "zh", "--top", "5", "-o", out_tsv], capsys)
    assert (code, out) == (0, "")
    lines = out_tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# zhenkit ") and "|ref:jieba-idf-" in lines[0]
    assert lines[1] == HEADER
    assert len(lines) == 7 and all(len(ln.split("\t")) == 9 for ln in lines[1:])
    assert err.strip() == f"signature: {lines[0][2:]}"
    frame = read_terms(out_tsv)
    assert frame["term"].iloc[0] == "核保护伞" and frame["score"].iloc[0] == 1.0
    assert list(tmp_path.joinpath("out").iterdir()) == [out_tsv]  # no temp file left


def test_english_to_stdout(capsys) -> None:
    code, out, _ = run([EN_TEXT, "--lang", "en", "--min-freq", "3"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("# zhenkit ") and "|ref:wordfreq-" in lines[0]
    assert lines[1] == HEADER
    rows = [ln.split("\t") for ln in lines[2:]]
    assert rows and all(int(r[2]) >= 3 for r in rows)
    assert "nuclear umbrella" in [r[0] for r in rows]


def test_auto_language(sample_path: Path, capsys) -> None:
    code, out, _ = run([sample_path, "--top", "1"], capsys)
    assert code == 0 and out.splitlines()[2].startswith("核保护伞\t")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ERROR_CASES = {
    "missing file": (lambda tmp: tmp / "nope.txt", "nope.txt"),
    "empty file": (lambda tmp: write(tmp, "empty.txt", ""), "empty.txt"),
    "no letters": (lambda tmp: write(tmp, "digits.txt", "12345 678\n"), "digits.txt"),
}


@pytest.mark.parametrize(("make", "named"), ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys, make, named: str) -> None:
    out_tsv = tmp_path / "terms.tsv"
    code, out, err = run([make(tmp_path), "-o", out_tsv], capsys)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("zhenkit: error: ") and named in err
    assert not out_tsv.exists()


def test_bad_option_value_is_a_usage_error(sample_path: Path, capsys) -> None:
    code, _, err = run([sample_path, "--min-freq", "0"], capsys)
    assert code == 2 and "--min-freq" in err


def test_tsv_round_trip_escapes_cells(tmp_path: Path) -> None:
    frame = pd.DataFrame([["a\tb", 1.0, 3, 2.5, 4.25, "line\none\\two", "a b", 2, 0]],
                         columns=HEADER.split("\t"))
    path = tmp_path / "t.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        assert dump_terms(frame, fh, "zhenkit test") == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[2].split("\t")[:6] == ["a\\tb", "1.0000", "3", "2.500", "4.250",
                                        "line\\none\\\\two"]
    back = read_terms(path)
    assert back.iloc[0].tolist() == frame.iloc[0].tolist()


READ_ERRORS = {
    "wrong header": ("# sig\nterm\tfreq\n", "expected header", 2),
    "missing field": (HEADER + "\nx\t1\t2\n", "expected 9 fields", 2),
    "bad number": (HEADER + "\nx\tnan?\t2\t1\t1\tx\tx\t1\t0\n", "bad score", 2),
}


@pytest.mark.parametrize(("text", "message", "line"), READ_ERRORS.values(), ids=READ_ERRORS.keys())
def test_read_terms_errors(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = write(tmp_path, "bad.tsv", text)
    with pytest.raises(FormatError, match=message) as info:
        read_terms(path)
    assert info.value.line == line and info.value.path == str(path)
