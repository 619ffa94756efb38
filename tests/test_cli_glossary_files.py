"""Bad glossary files through the real entry point: one line naming file (and line), exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

GOOD_TERMS = "extended deterrence\nnuclear umbrella\n"
BAD = {
    "missing column": ("g.tsv", "zh\tnote\n核保护伞\tx\n".encode(), "missing column", ":1:"),
    "duplicate concept": ("g.tsv", "en\tzh\nnuclear umbrella\t核保护伞\nNuclear umbrella\t核伞\n".encode(),
                          "duplicate concept", ":3:"),
    "wrong encoding": ("g.tsv", "en\tzh\nnuclear umbrella\t核保护伞\n".encode("gb18030"), "not UTF-8", ":2:"),
    "broken xml": ("g.tbx", b'<?xml version="1.0"?>\n<tbx>\n<text>\n</tbx>\n', "broken XML", ":4:"),
}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "align", *args], capture_output=True, text=True)


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("command", ["check", "glossary"])
def test_bad_glossary_file(tmp_path: Path, case: str, command: str) -> None:
    name, data, word, line = BAD[case]
    gloss = tmp_path / name
    gloss.write_bytes(data)
    terms = tmp_path / "terms.txt"
    terms.write_text(GOOD_TERMS)
    out = tmp_path / "out.tsv"
    if command == "check":
        res = _run("check", "--zh", str(SAMPLE), "--glossary", str(gloss), "--tsv", str(out))
    else:
        res = _run("glossary", "--zh", str(SAMPLE), "--en-terms", str(terms), "--glossary", str(gloss),
                   "--embedder", "none", "-o", str(out))
    assert res.returncode == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr
    assert f"{gloss}{line}" in lines[0] and word in lines[0]
    assert not out.exists()


def test_user_glossary_replaces_domain_glossary(tmp_path: Path) -> None:
    gloss = tmp_path / "mine.tsv"
    gloss.write_text("en\tzh\tzh_variants\nextended deterrence\t延伸威慑\t扩展威慑\n", "utf-8")
    terms = tmp_path / "terms.txt"
    terms.write_text("extended deterrence\n")
    res = _run("glossary", "--zh", str(SAMPLE), "--en-terms", str(terms), "--glossary", str(gloss),
               "--embedder", "none")
    assert res.returncode == 0, res.stderr
    row = res.stdout.splitlines()[1].split("\t")
    assert row[:2] == ["extended deterrence", "扩展威慑"] and "glossary" in row[3]
    assert "termlist:mine" in res.stderr
