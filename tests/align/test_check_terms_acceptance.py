"""Term checks: bundled sample (monolingual, domain glossary) and the held-out bilingual set."""

from __future__ import annotations

import pytest

from align.check.base import CheckInput
from align.check.registry import CHECKS
from corpus.glossary.formats import read_glossary
from corpus.split import split_zh
from tests.align.terms_check_cases import TERM_CHECKS, fixture_glossary, load_cases, run_documents
from tests.conftest import REPO

DOMAIN = REPO / "corpus" / "data" / "glossaries" / "deterrence.tsv"


@pytest.fixture(scope="module")
def sample_findings(sample_text: str) -> list:
    rows = [sample_text[a:b] for a, b in split_zh(sample_text)]
    data = CheckInput(rows, [""] * len(rows), monolingual=True,
                      resources={"glossary": read_glossary(DOMAIN)})
    return [f for cid in TERM_CHECKS for f in CHECKS.get(cid)().run(data)]


# (form, least number of flagged occurrences)
MUST_FLAG = [("常规威慑", 3), ("核反应", 1), ("防火墙", 1)]


@pytest.mark.parametrize(("form", "least"), MUST_FLAG)
def test_sample_flags(sample_findings: list, form: str, least: int) -> None:
    spans = {(f.row, a, b) for f in sample_findings if f.check == "term-forbidden"
             and f.severity != "info" for a, b in f.zh_spans if f.zh[a:b] == form}
    assert len(spans) >= least


@pytest.mark.parametrize("form", ["常规武器", "常规攻击", "常规冲突", "常规"])
def test_sample_does_not_flag(sample_findings: list, form: str) -> None:
    flagged = {f.zh[a:b] for f in sample_findings for a, b in f.zh_spans}
    assert form not in flagged


@pytest.mark.parametrize("glossary", ["fixture", "domain"])
def test_heldout_recall_and_clean_rows(glossary: str) -> None:
    cases = load_cases("heldout.tsv")
    found = run_documents(cases, fixture_glossary() if glossary == "fixture"
                          else read_glossary(DOMAIN))
    injected = [(c.id, label) for c in cases for label in c.labels]
    hits = [(cid, label) for cid, label in injected
            if label in {f.check for f in found[cid]}]
    assert len(injected) >= 15
    assert len(hits) / len(injected) >= 0.9
    clean = [c.id for c in cases if not c.labels]
    assert [cid for cid in clean if any(f.severity != "info" for f in found[cid])] == []
