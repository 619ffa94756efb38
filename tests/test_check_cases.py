"""Acceptance of ``zhenkit check`` with every check at once on a bilingual case table.

``tests/data/check_cases/cases.tsv`` (see its README) holds realistic zh/en pairs of four documents
with injected errors of every check type and clean controls; each document is checked as one
input with the default domain glossary, through ``check_rows`` and through the real CLI entry
point (``--pairs … --json``). Targets: recall of injected errors ≥ 0.9 overall and ≥ 0.8 per
check, every check fires, and no error or warning on a clean row (info is allowed). The bundled
sample is checked in monolingual mode through ``zhenkit check --zh … --json``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from align.check.inputs import CheckRows
from align.check.registry import CHECKS
from align.check.runner import check_rows
from align.cli import main
from align.termmatch.glossary import load_glossary
from corpus.types import Finding
from tests.conftest import SAMPLE

CASES_PATH = Path(__file__).resolve().parent / "data" / "check_cases" / "cases.tsv"
COLUMNS = ("doc", "id", "zh", "en", "expect", "note")
MIN_RECALL, MIN_CHECK_RECALL = 0.9, 0.8


@dataclass(frozen=True)
class Case:
    doc: str
    id: str
    zh: str
    en: str
    expect: frozenset[str]  # empty = a clean control
    note: str


def load_cases(path: Path = CASES_PATH) -> list[Case]:
    """The rows of the case table (header first; ``#`` lines are comments)."""
    lines = [line for line in path.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert tuple(lines[0].split("\t")) == COLUMNS
    cases = []
    for line in lines[1:]:
        doc, id_, zh, en, expect, note = line.split("\t")
        labels = frozenset() if expect == "clean" else frozenset(expect.split(";"))
        cases.append(Case(doc, id_, zh, en, labels, note))
    return cases


CASES = load_cases()
CLEAN = [c for c in CASES if not c.expect]
INJECTED = [(c, label) for c in CASES for label in sorted(c.expect)]
ALL_CHECKS = CHECKS.names()


def documents(cases: list[Case]) -> dict[str, list[Case]]:
    docs: dict[str, list[Case]] = {}
    for c in cases:
        docs.setdefault(c.doc, []).append(c)
    return docs


@pytest.fixture(scope="module")
def found() -> dict[str, list[Finding]]:
    """Case id → findings, each document checked as one input by ``check_rows``."""
    glossary = load_glossary()
    out: dict[str, list[Finding]] = {c.id: [] for c in CASES}
    for doc, rows in documents(CASES).items():
        data = CheckRows(tuple(c.zh for c in rows), tuple(c.en for c in rows), False, doc)
        for f in check_rows(data, glossary=glossary).findings:
            out[rows[f.row].id].append(f)
    return out


def recall(hits: dict[str, list[str]], injected: list[tuple[Case, str]]) -> tuple[float, list]:
    """Share of (case, check) injections whose check reported the row, and the misses."""
    missed = [(c.id, label) for c, label in injected if label not in hits[c.id]]
    return 1 - len(missed) / len(injected), missed


# -- the table itself ------------------------------------------------------------------------

def test_table_shape() -> None:
    assert len(CASES) >= 80
    assert len({c.id for c in CASES}) == len(CASES)
    assert len(CLEAN) >= 0.4 * len(CASES)
    assert 3 <= len(documents(CASES)) <= 6
    per_check = Counter(label for _, label in INJECTED)
    assert set(per_check) <= set(ALL_CHECKS)
    assert {cid: n for cid, n in per_check.items() if n < 5} == {}
    assert set(per_check) == set(ALL_CHECKS)


# -- check_rows -------------------------------------------------------------------------------

def test_recall_overall(found: dict[str, list[Finding]]) -> None:
    value, missed = recall({k: [f.check for f in v] for k, v in found.items()}, INJECTED)
    assert value >= MIN_RECALL, missed


@pytest.mark.parametrize("check", ALL_CHECKS)
def test_recall_per_check(found: dict[str, list[Finding]], check: str) -> None:
    injected = [(c, label) for c, label in INJECTED if label == check]
    value, missed = recall({k: [f.check for f in v] for k, v in found.items()}, injected)
    assert value >= MIN_CHECK_RECALL, missed


@pytest.mark.parametrize("check", ALL_CHECKS)
def test_every_check_fires(found: dict[str, list[Finding]], check: str) -> None:
    assert any(f.check == check for fs in found.values() for f in fs)


@pytest.mark.parametrize("case", CLEAN, ids=[c.id for c in CLEAN])
def test_clean_rows_have_no_error_or_warning(found: dict[str, list[Finding]], case: Case) -> None:
    bad = [(f.check, f.severity, f.message) for f in found[case.id] if f.severity != "info"]
    assert bad == [], case.note


# -- through the CLI ----------------------------------------------------------------------------

def _write_pairs(path: Path, rows: list[Case]) -> Path:
    path.write_text("zh\ten\n" + "".join(f"{c.zh}\t{c.en}\n" for c in rows), "utf-8")
    return path


@pytest.mark.parametrize("doc", sorted(documents(CASES)))
def test_cli_json_on_each_document(tmp_path: Path, found: dict[str, list[Finding]],
                                   doc: str) -> None:
    rows = documents(CASES)[doc]
    out = tmp_path / "findings.json"
    code = main(["check", "--pairs", str(_write_pairs(tmp_path / f"{doc}.tsv", rows)),
                 "--json", str(out), "-q", "--fail-on", "never"])
    assert code == 0
    data = json.loads(out.read_text("utf-8"))
    got = Counter((rows[d["row"]].id, d["check"], d["severity"]) for d in data)
    expected = Counter((c.id, f.check, f.severity) for c in rows for f in found[c.id])
    assert got == expected  # the CLI reports what check_rows finds
    hits = {c.id: [d["check"] for d in data if rows[d["row"]].id == c.id] for c in rows}
    injected = [(c, label) for c, label in INJECTED if c.doc == doc]
    value, missed = recall(hits, injected)
    assert value >= MIN_RECALL, missed
    clean = {c.id for c in rows if not c.expect}
    assert [d for d in data if rows[d["row"]].id in clean and d["severity"] != "info"] == []


# -- the sample, monolingual ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_json(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("sample") / "findings.json"
    assert main(["check", "--zh", str(SAMPLE), "--json", str(out), "-q"]) == 0  # warnings only
    return json.loads(out.read_text("utf-8"))


def _flagged(data: list[dict]) -> Counter:
    """Highlighted Chinese text → number of distinct (row, span) error/warning findings."""
    spans = {(d["row"], a, b, d["zh"][a:b]) for d in data if d["severity"] != "info"
             for a, b in d["zh_spans"]}
    return Counter(text for *_, text in spans)


# (form, check that must flag it, least number of flagged occurrences)
SAMPLE_FLAGS = [("常规威慑", "term-forbidden", 3), ("核反应", "term-forbidden", 1),
                ("防火墙", "term-forbidden", 1), ("乔治布什", "name-mismatch", 1)]


@pytest.mark.parametrize(("form", "check", "least"), SAMPLE_FLAGS)
def test_sample_flags(sample_json: list[dict], form: str, check: str, least: int) -> None:
    assert _flagged([d for d in sample_json if d["check"] == check])[form] >= least


@pytest.mark.parametrize("form", ["常规武器", "常规攻击", "常规冲突"])
def test_sample_does_not_flag(sample_json: list[dict], form: str) -> None:
    text = SAMPLE.read_text("utf-8")
    assert form in text  # the form is there to be (wrongly) flagged
    assert not any(form in span for span in _flagged(sample_json))
