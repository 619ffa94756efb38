"""``zhenkit check`` through the real entry point: exit codes, outputs, suppressions, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from align.check.inputs import load_document
from align.cli import main
from align.cli.check import exit_code
from tests.conftest import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data" / "check_run"
PAIRS = DATA / "pairs.tsv"
CLEAN = "zh\ten\n他于1958年1月抵达北京。\tHe arrived in Beijing in January 1958.\n"
WARN_ONLY = "zh\ten\n韩国,日本和美国讨论了延伸威慑.\tSouth Korea, Japan and the US discussed it.\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# (case, pairs text or None for the fixture, extra args, expected exit code)
EXIT_CODES = [
    ("errors fail", None, [], 1),
    ("errors with fail-on never", None, ["--fail-on", "never"], 0),
    ("clean passes", CLEAN, [], 0),
    ("warnings pass by default", WARN_ONLY, [], 0),
    ("warnings fail with fail-on warning", WARN_ONLY, ["--fail-on", "warning"], 1),
    ("only warning checks selected", None, ["--checks", "typography,name-mismatch"], 0),
    ("error check selected", None, ["--checks", "number-mismatch"], 1),
]


@pytest.mark.parametrize(("case", "text", "args", "code"), EXIT_CODES, ids=[e[0] for e in EXIT_CODES])
def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture, case: str, text: str | None,
                    args: list[str], code: int) -> None:
    pairs = PAIRS if text is None else write(tmp_path, "p.tsv", text)
    assert main(["check", "--pairs", str(pairs), *args]) == code
    out = capsys.readouterr()
    assert "checked:" in out.out.splitlines()[-1] and "signature: zhenkit" in out.err


# (severities found, --fail-on, exit code): the pure rule behind the exit codes
EXIT_RULE = [
    ([], "error", 0),
    (["info", "warning"], "error", 0),
    (["info", "error"], "error", 1),
    (["info"], "warning", 0),
    (["warning"], "warning", 1),
    (["error"], "warning", 1),
    (["error", "warning"], "never", 0),
]


@pytest.mark.parametrize(("severities", "fail_on", "code"), EXIT_RULE)
def test_exit_code_rule(severities: list[str], fail_on: str, code: int) -> None:
    assert exit_code(severities, fail_on) == code


def test_monolingual_findings_name_their_source_line(capsys: pytest.CaptureFixture) -> None:
    labels = load_document(SAMPLE).labels
    assert main(["check", "--zh", str(SAMPLE), "--fail-on", "never"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("row ")]
    assert lines
    for line in lines:
        where = line.split(": ", 1)[0]
        row = int(where.split()[1])
        assert where == f"row {row} ({labels[row]})" and labels[row].startswith("line ")


def test_reports_written_and_consistent(tmp_path: Path) -> None:
    html, js, tsv = tmp_path / "r.html", tmp_path / "r.json", tmp_path / "r.tsv"
    code = main(["check", "--pairs", str(PAIRS), "--report", str(html), "--json", str(js),
                 "--tsv", str(tsv), "-q"])
    assert code == 1
    data = json.loads(js.read_text("utf-8"))
    tsv_rows = [line for line in tsv.read_text("utf-8").splitlines()[2:] if line]
    page = lxml.html.document_fromstring(html.read_text("utf-8"))
    assert len(data) == len(tsv_rows) == len(page.xpath("//li[@data-id]")) > 3
    assert {d["row"] for d in data} == {int(r.get("data-row")) for r in page.xpath("//tbody/tr")}
    assert any(d["severity"] == "error" for d in data)


def test_write_suppressions_then_suppress(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    accepted = tmp_path / "accepted.txt"
    assert main(["check", "--pairs", str(PAIRS), "--write-suppressions", str(accepted)]) == 0
    first = capsys.readouterr().out.splitlines()[-1]
    js = tmp_path / "r.json"
    assert main(["check", "--pairs", str(PAIRS), "--suppress", str(accepted),
                 "--json", str(js)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert json.loads(js.read_text("utf-8")) == []
    n = int(first.split(": ")[1].split()[0])
    assert n > 0 and f"{n} suppressed" in last and ": 0 findings" in last


def test_suppressions_survive_reordering(tmp_path: Path) -> None:
    lines = PAIRS.read_text("utf-8").splitlines()
    accepted = tmp_path / "accepted.txt"
    main(["check", "--pairs", str(PAIRS), "--write-suppressions", str(accepted), "-q"])
    moved = write(tmp_path, "moved.tsv", "\n".join(lines[:2] + lines[2:][::-1]) + "\n")
    assert main(["check", "--pairs", str(moved), "--suppress", str(accepted), "-q"]) == 0


def test_monolingual_mode_on_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    js = tmp_path / "s.json"
    code = main(["check", "--zh", str(SAMPLE), "--json", str(js), "--fail-on", "never"])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert "sentences checked" in out[-1]
    for item in json.loads(js.read_text("utf-8")):
        assert item["en"] == "" and item["zh"]


def test_real_entry_point_subprocess(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "align", "check", "--pairs", str(PAIRS), "-q"],
                         capture_output=True, text=True)
    assert res.returncode == 1, res.stderr
    assert res.stdout.count("\n") == 1 and "errors" in res.stdout
    bad = subprocess.run([sys.executable, "-m", "align", "check", "--pairs",
                          str(tmp_path / "missing.tsv")], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stdout == ""


# (case, files to write {name: text}, args with {tmp} placeholders, words in the error line)
BAD_INPUTS = [
    ("missing file", {}, ["--pairs", "{tmp}/none.tsv"], "no such file"),
    ("no zh/en columns", {"p.tsv": "source\ttarget\n甲\tA\n"}, ["--pairs", "{tmp}/p.tsv"],
     "no 'zh' and 'en'"),
    ("broken tmx", {"p.tmx": "<tmx><body><tu><tuv>"}, ["--pairs", "{tmp}/p.tmx"], "broken XML"),
    ("empty pairs file", {"p.tsv": ""}, ["--pairs", "{tmp}/p.tsv"], "no header row"),
    ("header only", {"p.tsv": "zh\ten\n"}, ["--pairs", "{tmp}/p.tsv"], "no sentence pairs"),
    ("no input", {}, [], "either --pairs"),
    ("two inputs", {"p.tsv": CLEAN}, ["--pairs", "{tmp}/p.tsv", "--zh", str(SAMPLE)], "either"),
    ("en with pairs", {"p.tsv": CLEAN}, ["--pairs", "{tmp}/p.tsv", "--en", str(SAMPLE)],
     "--en goes with --zh"),
    ("unknown check", {"p.tsv": CLEAN}, ["--pairs", "{tmp}/p.tsv", "--checks", "spelling"],
     "unknown check 'spelling'"),
    ("bad suppression file", {"p.tsv": CLEAN, "s.txt": "not-a-fingerprint\n"},
     ["--pairs", "{tmp}/p.tsv", "--suppress", "{tmp}/s.txt"], "s.txt:1: not a fingerprint"),
    ("missing glossary", {"p.tsv": CLEAN}, ["--pairs", "{tmp}/p.tsv", "--glossary", "{tmp}/g.tsv"],
     "g.tsv"),
    ("glossary without zh", {"p.tsv": CLEAN, "g.tsv": "en\tnote\nx\ty\n"},
     ["--pairs", "{tmp}/p.tsv", "--glossary", "{tmp}/g.tsv"], "g.tsv"),
    ("missing document", {}, ["--zh", "{tmp}/none.txt"], "none.txt"),
]


@pytest.mark.parametrize(("case", "files", "args", "words"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture, case: str,
                                        files: dict[str, str], args: list[str], words: str) -> None:
    for name, text in files.items():
        write(tmp_path, name, text)
    assert main(["check", *[a.format(tmp=tmp_path) for a in args]]) == 2
    out = capsys.readouterr()
    lines = out.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("zhenkit: error:") and words in lines[0], out.err
    assert out.out == ""


def test_bad_fail_on_value_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    assert main(["check", "--pairs", str(PAIRS), "--fail-on", "sometimes"]) == 2
    assert "sometimes" in capsys.readouterr().err


def test_build_writes_check_reports(tmp_path: Path) -> None:
    assert main(["build", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "check.json").read_text("utf-8"))
    page = lxml.html.document_fromstring((tmp_path / "check.html").read_text("utf-8"))
    assert isinstance(data, list) and all(d["en"] == "" for d in data)
    assert page.get_element_by_id("total").text == str(len(data))
    assert "monolingual" in page.xpath("string(//div[@class='facts'])")
