"""``zhenkit glossary`` through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from align.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "termlist"
DOC = DATA / "nato_sharing.zh.txt"
HEADER = ["en", "zh", "score", "method", "freq", "example_zh"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "align", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def terms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("terms") / "terms.txt"
    path.write_text("nuclear sharing\nhydrogen bomb\nNATO\nmissile defense\ncompellence\n",
                    encoding="utf-8")
    return path


def test_stdout_header_order_and_none(terms: Path) -> None:
    res = run("glossary", "--zh", str(DOC), "--en-terms", str(terms), "--embedder", "none")
    assert res.returncode == 0, res.stderr
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert rows[0] == HEADER
    assert [r[0] for r in rows[1:]] == ["nuclear sharing", "hydrogen bomb", "NATO",
                                        "missile defense", "compellence"]
    assert all(len(r) == 6 for r in rows)
    by_term = {r[0]: r for r in rows[1:]}
    assert by_term["nuclear sharing"][1] == "核共享"
    assert by_term["hydrogen bomb"][1:3] == ["", "0.0000"]
    assert by_term["compellence"][1] == ""
    assert "signature:" in res.stderr and "termlist:glossary" in res.stderr


def test_output_file_and_no_domain_glossary(tmp_path: Path, terms: Path) -> None:
    out = tmp_path / "sub" / "glossary.tsv"
    code = main(["glossary", "--zh", str(DOC), "--en-terms", str(terms), "-o", str(out),
                 "--no-domain-glossary", "--embedder", "none"])
    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER and len(lines) == 6
    assert all("glossary" not in line.split("\t")[3] for line in lines[1:])


BAD_TERM_FILES = [
    ("empty.txt", b""),
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00binary"),
    ("latin1.txt", "deterrence\nprot\u00e9g\u00e9\n".encode("latin-1")),
]


@pytest.mark.parametrize(("name", "data"), BAD_TERM_FILES)
def test_bad_term_file_exits_2_naming_it(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    res = run("glossary", "--zh", str(DOC), "--en-terms", str(path), "--embedder", "none")
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in res.stderr
    assert res.stdout == ""


USAGE_ERRORS = [
    ["glossary", "--zh", str(DOC)],                                   # no term list
    ["glossary", "--pairs", "pairs.tsv", "--zh", str(DOC)],           # both modes
    ["glossary", "--zh", str(DOC), "--en-terms", "missing.txt"],      # missing file
]


@pytest.mark.parametrize("argv", USAGE_ERRORS)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--embedder", "none"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_pairs_mode_mines_term_pairs(tmp_path: Path) -> None:
    pytest.importorskip("align.terms.pairs")
    pairs = tmp_path / "pairs.tsv"
    rows = ["核共享是联盟的象征。\tNuclear sharing is a symbol of the alliance.",
            "核共享引起争议。\tNuclear sharing is controversial.",
            "北约讨论核共享。\tNATO discusses nuclear sharing."]
    pairs.write_text("zh\ten\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["glossary", "--pairs", str(pairs), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [*HEADER, "example_en"]
    meta = json.loads(out.with_name("out.tsv.meta.json").read_text(encoding="utf-8"))
    assert meta["signature"].endswith("|terms:pairs-combined")
