"""Fixtures of the term-check tests: ``tests/data/terms_check/`` case tables and glossary.

Case files: ``doc, id, zh, en, labels`` (tab-separated, ``#`` comments); rows of one ``doc`` are
checked together as one document. ``glossary.tsv`` is a frozen copy of the domain glossary (105
concepts), so the expectations do not move when the bundled glossary grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align.check.base import CheckInput
from align.check.registry import CHECKS
from corpus.glossary.formats import read_glossary
from corpus.glossary.model import Glossary
from corpus.types import Finding

DATA = Path(__file__).resolve().parents[1] / "data" / "terms_check"
TERM_CHECKS = ("term-missing", "term-forbidden", "term-variant", "term-inconsistent",
               "term-ambiguous")


@dataclass(frozen=True)
class Case:
    doc: str
    id: str
    zh: str
    en: str
    labels: frozenset[str]


def load_cases(name: str) -> list[Case]:
    """The rows of a case file."""
    cases = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, id_, zh, en, labels = line.split("\t")
        cases.append(Case(doc, id_, zh, en, frozenset() if labels == "-" else
                          frozenset(labels.split(","))))
    return cases


def fixture_glossary() -> Glossary:
    return read_glossary(DATA / "glossary.tsv")


def run_documents(cases: list[Case], glossary: Glossary | None) -> dict[str, list[Finding]]:
    """Case id → findings of all term checks, each doc checked as one document."""
    docs: dict[str, list[Case]] = {}
    for c in cases:
        docs.setdefault(c.doc, []).append(c)
    out: dict[str, list[Finding]] = {c.id: [] for c in cases}
    for rows in docs.values():
        res: dict[str, object] = {} if glossary is None else {"glossary": glossary}
        data = CheckInput([c.zh for c in rows], [c.en for c in rows], resources=res)
        for check_id in TERM_CHECKS:
            for f in CHECKS.get(check_id)().run(data):
                out[rows[f.row].id].append(f)
    return out
