"""CLI through the real entry point: segment, build, and bad inputs (one line, exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from align.cli import main
from corpus.formats.segments import HEADER, read_segments
from tests.conftest import SAMPLE

ZHENKIT = [sys.executable, "-m", "align"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*ZHENKIT, *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seg") / "sample.tsv"
    assert main(["segment", str(SAMPLE), "-o", str(out)]) == 0
    return out


def test_segment_writes_four_field_rows(segmented: Path) -> None:
    lines = segmented.read_text("utf-8").splitlines()
    assert lines[0].split("\t") == list(HEADER)
    assert all(len(line.split("\t")) == 4 for line in lines)
    assert len(lines) > 40


def test_segment_keeps_domain_tokens_whole(segmented: Path) -> None:
    tokens = {t for seg in read_segments(segmented) for t in seg.tokens}
    for word in ("扩展威慑", "核保护伞", "战术核武器", "国际原子能机构", "非军事区", "放射性沉降",
                 "特伦斯·罗里格"):
        assert word in tokens, word


def test_segment_detects_language_and_records_signature(segmented: Path) -> None:
    side = json.loads(Path(str(segmented) + ".meta.json").read_text("utf-8"))
    assert "|lang:zh|" in side["signature"] and "seg:jieba-0.42.1" in side["signature"]


def test_segment_english_to_stdout(tmp_path: Path) -> None:
    src = tmp_path / "en.txt"
    src.write_text("The U.S. extended deterrence to South Korea. Dr. Roehrig wrote it in Vol. 132.\n")
    res = run("segment", str(src))
    assert res.returncode == 0, res.stderr
    rows = [line.split("\t") for line in res.stdout.splitlines()[1:]]
    assert [r[2] for r in rows] == ["The U.S. extended deterrence to South Korea.",
                                    "Dr. Roehrig wrote it in Vol. 132."]
    assert "signature: zhenkit" in res.stderr


def test_segment_escapes_tabs_in_text(tmp_path: Path) -> None:
    src = tmp_path / "tab.txt"
    src.write_text("核保护伞\t很重要。\n")
    out = tmp_path / "o.tsv"
    assert main(["segment", str(src), "--lang", "zh", "-o", str(out)]) == 0
    assert all(len(line.split("\t")) == 4 for line in out.read_text("utf-8").splitlines())


def test_build_without_arguments_writes_sample(tmp_path: Path) -> None:
    res = run("build", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    out = tmp_path / "out"
    body = (out / "zh.clean.txt").read_text("utf-8")
    assert "1958年1月" in body and "**" not in body and "http" not in body
    segs = read_segments(out / "zh.segments.tsv")
    assert any("核保护伞" in s.tokens for s in segs)
    meta = json.loads((out / "zh.meta.json").read_text("utf-8"))
    assert meta["meta"]["title"].startswith("【PSQ杂志】")


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    long_line = tmp / "long.txt"
    long_line.write_text("核" * (1 << 20), "utf-8")
    return {"empty": (empty, "empty"), "binary": (binary, "binary"),
            "long line": (long_line, "sentence"), "missing": (tmp / "nope.txt", "no such file")}


@pytest.mark.parametrize("case", ["empty", "binary", "long line", "missing"])
def test_bad_inputs_fail_with_one_line(tmp_path: Path, case: str) -> None:
    path, word = _bad_inputs(tmp_path)[case]
    out = tmp_path / "o.tsv"
    res = run("segment", str(path), "-o", str(out))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and word in lines[0].lower(), res.stderr
    assert "Traceback" not in res.stderr
    assert not out.exists()


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_of_the_sample_give_the_same_rows(tmp_path: Path, segmented: Path,
                                                          encoding: str) -> None:
    copy = tmp_path / "000_9089bd46b2be49ef.txt"
    copy.write_bytes(SAMPLE.read_text("utf-8").encode(encoding))
    out = tmp_path / "o.tsv"
    assert main(["segment", str(copy), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == segmented.read_text("utf-8")


def test_unknown_option_value_is_usage_error(tmp_path: Path) -> None:
    res = run("segment", str(SAMPLE), "--lang", "xx")
    assert res.returncode == 2 and "Traceback" not in res.stderr
