"""zhenkit align-sents and build --en through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from align.cli import main
from corpus.formats.beads import read_beads
from corpus.formats.tsv_pairs import AlignedTsv
from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "build"
ZH = ["美国向韩国提供延伸威慑。", "延伸威慑的可信度取决于美国的决心。", "", "核保护伞让盟国感到安全。",
      "1991年10月，美国总统乔治·布什宣布撤走核武器。", "此举旨在促使朝鲜放弃核野心。"]
EN = ["The United States provides extended deterrence to South Korea.",
      "The credibility of extended deterrence depends on American resolve.",
      "The nuclear umbrella makes the allies feel secure.",
      "In October 1991, President George Bush announced the withdrawal of nuclear weapons.",
      "The move was meant to persuade North Korea to give up its nuclear ambitions."]


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHENKIT_CACHE_DIR", str(tmp_path / "cache"))


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def test_presplit_keeps_every_line_and_writes_both_files(tmp_path: Path) -> None:
    zh, en = _write(tmp_path / "zh.txt", ZH), _write(tmp_path / "en.txt", EN)
    out, beads = tmp_path / "out.tsv", tmp_path / "out.align"
    assert main(["align-sents", str(zh), str(en), "--presplit", "-o", str(out), "--beads", str(beads)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert lines[0].startswith("# zhenkit") and lines[1] == "zh_ids\ten_ids\tzh\ten\tscore"
    got = read_beads(beads)
    assert sorted(i for b in got for i in b.src) == list(range(len(ZH)))
    assert sorted(j for b in got for j in b.tgt) == list(range(len(EN)))
    links = {(i, j) for b in got for i in b.src for j in b.tgt}
    assert {(0, 0), (1, 1), (3, 2), (4, 3), (5, 4)} <= links
    assert not beads.read_text("utf-8").startswith("#")
    assert json.loads(Path(str(beads) + ".meta.json").read_text())["order"] == "zh:en"
    assert [p.zh_ids for p in AlignedTsv().read(out)] == [b.src for b in got]


def test_mismatched_encodings_align_the_same(tmp_path: Path) -> None:
    zh8, en8 = _write(tmp_path / "a.txt", ZH), _write(tmp_path / "b.txt", EN)
    zhg, en16 = _write(tmp_path / "c.txt", ZH, "gb18030"), _write(tmp_path / "d.txt", EN, "utf-16")
    outs = []
    for zh, en, name in ((zh8, en8, "x"), (zhg, en16, "y")):
        beads = tmp_path / f"{name}.align"
        assert main(["align-sents", str(zh), str(en), "--presplit", "-o", str(tmp_path / f"{name}.tsv"),
                     "--beads", str(beads)]) == 0
        outs.append(beads.read_text("utf-8"))
    assert outs[0] == outs[1]


def test_documents_are_split_when_not_presplit(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "align", "align-sents", str(DATA / "deterrence.zh.txt"),
                          str(DATA / "deterrence.en.txt")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    rows = [line.split("\t") for line in res.stdout.splitlines()[2:]]
    assert len(rows) >= 12 and all(len(r) == 5 for r in rows)
    assert sum(r[0] == r[1] for r in rows) >= 12  # this text is translated sentence by sentence


def test_summary_mode_leaves_english_unaligned(tmp_path: Path) -> None:
    zh = _write(tmp_path / "zh.txt", [ZH[0], ZH[4]])
    en = _write(tmp_path / "en.txt", EN)
    beads = tmp_path / "s.align"
    assert main(["align-sents", str(zh), str(en), "--presplit", "--mode", "summary",
                 "-o", str(tmp_path / "s.tsv"), "--beads", str(beads)]) == 0
    links = {(i, j) for b in read_beads(beads) for i in b.src for j in b.tgt}
    assert (0, 0) in links and (1, 3) in links


@pytest.mark.parametrize("case, word", [
    ("empty", "empty"), ("punctuation", "nothing to align"), ("missing", "no such file"),
    ("embedder", "valid names"),
])
def test_bad_input_one_line_exit_2(tmp_path: Path, case: str, word: str) -> None:
    zh, en = _write(tmp_path / "zh.txt", ZH), _write(tmp_path / "en.txt", EN)
    args = ["--presplit"]
    if case == "empty":
        en.write_bytes(b"")
    elif case == "punctuation":
        _write(en, ["。。。", "!!", "…"])
    elif case == "missing":
        en = tmp_path / "nope.txt"
    else:
        args += ["--embedder", "nosuch"]
    out = tmp_path / "o.tsv"
    res = subprocess.run([sys.executable, "-m", "align", "align-sents", str(zh), str(en), *args,
                          "-o", str(out)], capture_output=True, text=True)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and word in res.stderr
    assert not out.exists()


def test_build_with_english_writes_the_parallel_corpus(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", "--zh", str(DATA / "deterrence.zh.txt"), "--en", str(DATA / "deterrence.en.txt"),
                 "--out", str(out)]) == 0
    for name in ("aligned.tsv", "aligned.tmx", "aligned.align", "term-pairs.tsv", "check.html"):
        assert (out / name).is_file(), name
    pairs = AlignedTsv().read(out / "aligned.tsv")
    assert pairs[0].zh == "美国向韩国提供延伸威慑。" and pairs[0].en.startswith("The United States")
    terms = (out / "term-pairs.tsv").read_text("utf-8")
    assert "extended deterrence\t延伸威慑" in terms
