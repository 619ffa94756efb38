"""The shared fixture of QA-check cases: ``tests/data/check/pairs.tsv`` (id, zh, en, expectations).

Each row expects a set of ``check`` or ``check/rule`` labels (``-`` for none). All rows are checked
together, as one document, the way ``zhenkit check`` runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align.check.base import Check, CheckInput

PAIRS = Path(__file__).resolve().parents[1] / "data" / "check" / "pairs.tsv"


@dataclass(frozen=True)
class Case:
    """One fixture row."""

    id: str
    zh: str
    en: str
    expect: frozenset[str]


def load_cases() -> list[Case]:
    """All rows of the fixture, in order."""
    cases = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        id_, zh, en, expect = line.split("\t")
        labels = frozenset() if expect.strip() == "-" else frozenset(expect.strip().split(","))
        cases.append(Case(id_, zh, en, labels))
    return cases


CASES = load_cases()
DOCUMENT = CheckInput(zh=[c.zh for c in CASES], en=[c.en for c in CASES])


def labels_by_case(check: Check, data: CheckInput = DOCUMENT) -> dict[str, set[str]]:
    """Case id → ``check`` / ``check/rule`` labels of the findings of ``check`` on ``data``."""
    out: dict[str, set[str]] = {c.id: set() for c in CASES}
    for f in check.run(data):
        out[CASES[f.row].id].add(f"{f.check}/{f.rule}" if f.rule else f.check)
    return out


def expected_for(check_id: str) -> list[tuple[str, set[str]]]:
    """(case id, expected labels of ``check_id``) for every case."""
    return [(c.id, {x for x in c.expect if x.split("/")[0] == check_id}) for c in CASES]
