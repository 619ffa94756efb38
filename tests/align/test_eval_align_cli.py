"""``zhenkit eval-align`` through the real entry point (``align.cli.main`` / ``python -m align``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from align.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluate"
BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
MINI = DATA / "bible_mini"
SCORE_KEYS = ["strict_precision", "strict_recall", "strict_f1", "lax_precision", "lax_recall", "lax_f1"]


def run(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(["eval-align", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


# args after GOLD TEST, expected strict F1, lax F1, verse_merged
CLI_CASES = {
    "auto verse merge": ([], 0.5, 1.0, True),
    "forced verse merge": (["--verse-merge"], 0.5, 1.0, True),
    "explicit verse files": (["--src-verse", MINI / "en.verse", "--tgt-verse", MINI / "zh.verse"],
                             0.5, 1.0, True),
    "no verse merge": (["--no-verse-merge"], 0.0, 0.8, False),
}


@pytest.mark.parametrize(("extra", "strict", "lax", "merged"), CLI_CASES.values(), ids=CLI_CASES.keys())
def test_json_output(tmp_path: Path, capsys, extra: list, strict: float, lax: float, merged: bool):
    out_json = tmp_path / "scores" / "mini.json"
    code, out, err = run([MINI / "gold", MINI / "system", *extra, "--json", out_json], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert list(data)[:6] == SCORE_KEYS
    assert (data["strict_f1"], data["lax_f1"], data["verse_merged"]) == (pytest.approx(strict),
                                                                        pytest.approx(lax), merged)
    assert data["documents"] == 1 and data["gold_beads"] == 4
    assert f"{strict:.3f}" in out and f"{lax:.3f}" in out
    assert ("verse-merged (en.verse -> zh.verse)" in out) == merged


def test_table_and_json_to_stdout(capsys) -> None:
    code, out, err = run([DATA / "multi/gold", DATA / "multi/system", "--json", "-"], capsys)
    assert code == 0
    data = json.loads(out)
    assert (data["strict_precision"], data["lax_recall"], data["swapped"]) == (0.5, 0.8, False)
    assert "precision" in err and "0.444" in err  # the table went to stderr, strict F1 = 4/9


def test_swap_option(tmp_path: Path, capsys) -> None:
    zh_first = tmp_path / "001"
    lines = (MINI / "system/001.align").read_text(encoding="utf-8").splitlines()
    beads = [ln.split(":")[:2] for ln in lines if ln.startswith("[")]
    zh_first.write_text("".join(f"{t}:{s}\n" for s, t in beads), encoding="utf-8")
    code, _, _ = run([MINI / "gold", tmp_path, "--swap", "--json", tmp_path / "s.json"], capsys)
    assert code == 0
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (data["strict_f1"], data["swapped"]) == (0.5, True)
    code, _, err = run([MINI / "gold", tmp_path], capsys)
    assert code == 2 and "001: source sentence id 5 has no verse" in err


ERROR_CASES = {
    "missing test file": ([DATA / "multi/gold", MINI / "system"], "no test file for 002 "),
    "missing gold folder": ([DATA / "nope", MINI / "system"], "nope: not found"),
    "half the verse options": ([MINI / "gold", MINI / "system", "--src-verse", MINI / "en.verse"],
                               "give both --src-verse and --tgt-verse"),
    "no verse files to merge with": ([DATA / "multi/gold", DATA / "multi/system", "--verse-merge"],
                                     "no *.verse files beside"),
    "contradicting verse options": ([MINI / "gold", MINI / "system", "--no-verse-merge", "--src-verse",
                                     MINI / "en.verse", "--tgt-verse", MINI / "zh.verse"],
                                    "contradicts"),
}


@pytest.mark.parametrize(("args", "message"), ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_errors_are_one_line_exit_2(capsys, args: list, message: str) -> None:
    code, out, err = run(args, capsys)
    assert code == 2
    assert err.startswith("zhenkit: error: ") and err.count("\n") == 1
    assert message in err


def test_json_path_is_a_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "out").mkdir()
    code, _, err = run([MINI / "gold", MINI / "system", "--json", tmp_path / "out"], capsys)
    assert code == 2 and "out: cannot write JSON" in err
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_malformed_bead_names_file_and_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "001.align").write_text("[0]:[0]\n[1]:[1]\n[2]-[2]\n", encoding="utf-8")
    code, _, err = run([MINI / "gold", tmp_path], capsys)
    assert code == 2
    assert f"{tmp_path / '001.align'}:3: not a bead" in err


@pytest.mark.parametrize(
    ("data", "baseline", "strict", "lax"),
    [("bible-enzh", "probably_vecalign", "0.978", "1.000"),
     ("textberg-defr", "bertalign_2021-12", "0.939", "0.992")],
)
def test_published_rows_via_cli(tmp_path: Path, capsys, data, baseline, strict, lax) -> None:
    if not (BENCH / data).exists():
        pytest.skip(f"benchmark data not found: {BENCH / data}")
    out_json = tmp_path / "s.json"
    code, out, _ = run([BENCH / data / "gold", BENCH / data / "baselines" / baseline,
                        "--json", out_json], capsys)
    assert code == 0
    scores = json.loads(out_json.read_text(encoding="utf-8"))
    assert (f"{scores['strict_f1']:.3f}", f"{scores['lax_f1']:.3f}") == (strict, lax)
    assert strict in out and lax in out


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "align", "eval-align", str(MINI / "gold"), str(MINI / "system"),
         "--json", "-"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["strict_f1"] == pytest.approx(0.5)
