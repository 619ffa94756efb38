"""The check runner: all checks over shared resources, sorted findings, suppressions, parallelism."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.check.base import CheckInput
from align.check.inputs import CheckRows, load_pairs
from align.check.registry import CHECKS
from align.check.runner import (
    SEVERITY_ORDER,
    check_document,
    check_ids,
    check_rows,
    families,
    prepare_input,
    run_checks,
)
from align.check.suppress import fingerprint
from corpus.errors import ConfigError
from corpus.glossary.model import Glossary, make_concept
from tests.conftest import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data" / "check_run"
ROWS = load_pairs(DATA / "pairs.tsv")
#: fixture row → the check its ``note`` column says it must trigger ("clean": no error)
NOTES = [line.split("\t")[3] for line in (DATA / "pairs.tsv").read_text("utf-8").splitlines()[2:]]


@pytest.fixture(scope="module")
def findings() -> list:
    return run_checks(ROWS.to_input(), workers=1)


@pytest.mark.parametrize(("row", "note"), [(i, n) for i, n in enumerate(NOTES)
                                           if n == "clean" or n in CHECKS])
def test_fixture_rows_get_the_expected_checks(findings: list, row: int, note: str) -> None:
    got = {f.check for f in findings if f.row == row}
    if note == "clean":
        assert not {f.check for f in findings if f.row == row and f.severity == "error"}, got
    else:
        assert note in got, got


def test_findings_sorted_by_row_then_severity(findings: list) -> None:
    keys = [(f.row, SEVERITY_ORDER[f.severity]) for f in findings]
    assert keys == sorted(keys)
    assert len({f.row for f in findings}) >= 5


def test_row_with_error_and_warning_lists_error_first() -> None:
    data = CheckInput(["美国于1957年部署了核武器,韩国表示欢迎."],
                      ["The United States deployed nuclear weapons in 1958, and Korea welcomed it."])
    found = run_checks(data, ["typography", "number-mismatch"], workers=1)
    assert [f.check for f in found] == ["number-mismatch", "typography"]


def test_parallel_equals_sequential(findings: list) -> None:
    assert run_checks(ROWS.to_input(), workers=2) == findings


def test_suppress_removes_exactly_the_listed_findings(findings: list) -> None:
    gone = {fingerprint(findings[0]), fingerprint(findings[-1])}
    kept = run_checks(ROWS.to_input(), suppress=gone, workers=1)
    assert kept == [f for f in findings if fingerprint(f) not in gone]
    assert len(kept) == len(findings) - 2


def test_selected_checks_only(findings: list) -> None:
    found = run_checks(ROWS.to_input(), ["number-mismatch"], workers=1)
    assert found and {f.check for f in found} == {"number-mismatch"}
    assert found == [f for f in findings if f.check == "number-mismatch"]


@pytest.mark.parametrize("names", [["no-such-check"], ["typography", "typo"]])
def test_unknown_check_lists_valid_ids(names: list[str]) -> None:
    with pytest.raises(ConfigError, match="valid names: .*number-mismatch"):
        check_ids(names)


def test_check_ids_default_and_duplicates() -> None:
    assert check_ids(None) == CHECKS.names()
    assert check_ids(["typography", "typography", "untranslated"]) == ["typography", "untranslated"]
    assert check_ids([]) == []


def test_prepare_input_builds_shared_resources_and_keeps_given_ones() -> None:
    own = Glossary((make_concept("c1", "alliance", "同盟"),))
    data = prepare_input(CheckInput(["甲"], ["A"], resources={"glossary": own, "x": 1}))
    assert data.resources["glossary"] is own and data.resources["x"] == 1
    default = prepare_input(CheckInput(["甲"], ["A"])).resources["glossary"]
    assert isinstance(default, Glossary) and len(default) > 50
    assert default.find("延伸威慑", "zh")


def test_glossary_file_is_read_and_named_in_signature() -> None:
    result = check_rows(ROWS, ["typography"], glossary=DATA / "glossary.tsv")
    assert "glossary:glossary(2)" in result.signature
    assert "check:typography" in result.signature


def test_monolingual_runs_only_checks_that_apply() -> None:
    rows = CheckRows(("他于1957年抵达,北京.",), ("",), True, "mem")
    result = check_rows(rows)
    bilingual = {c for c in CHECKS.names() if CHECKS.get(c).bilingual_only}
    assert bilingual and not bilingual & set(result.checks)
    assert "typography" in result.checks
    assert {f.check for f in result.findings} == {"typography"}
    assert result.findings[0].en == ""


def test_check_document_on_the_sample() -> None:
    result = check_document(SAMPLE)
    assert result.rows.monolingual and len(result.rows) > 40
    assert all(0 <= f.row < len(result.rows) and f.zh == result.rows.zh[f.row]
               for f in result.findings)
    assert "glossary:deterrence(" in result.signature


FAMILIES = [
    ("one check", ["typography"], [[0]]),
    ("term family together, largest first",
     ["length-ratio", "term-missing", "typography", "term-forbidden", "term-variant"],
     [[1, 3, 4], [0], [2]]),
    ("prefix up to the first dash", ["name-mismatch", "number-mismatch", "name-x"], [[0, 2], [1]]),
]


@pytest.mark.parametrize(("case", "ids", "groups"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_families(case: str, ids: list[str], groups: list[list[int]]) -> None:
    assert families(ids) == groups


def test_tokenized_document_rows_pass_their_tokens() -> None:
    from align.check.inputs import rows_from_processed
    from corpus.pipeline import process_file

    rows = rows_from_processed(process_file(SAMPLE, lang="zh"))
    assert len(rows.zh_tokens) == len(rows) and "".join(rows.zh_tokens[3]) == rows.zh[3]
    untokenized = rows_from_processed(process_file(SAMPLE, lang="zh", tokenize=False))
    assert untokenized.zh_tokens == ()
