"""English term extraction: word roles, hyphens, stop-word bounded n-grams, lemma counts."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from align.terms.candidates_en import EnglishCandidates, join_hyphens
from align.terms.extract import extract_terms, find_terms
from align.terms.lexclass_en import WordRoles
from corpus.pipeline import process_file
from corpus.types import Segment

TEXT = Path(__file__).resolve().parents[1] / "data" / "terms" / "deterrence_en.txt"
STOP_INSIDE = {"of", "the", "by", "and", "to", "on", "a", "is", "its", "over"}


@pytest.fixture(scope="module")
def extractor() -> EnglishCandidates:
    return EnglishCandidates()


@pytest.fixture(scope="module")
def segments() -> tuple[Segment, ...]:
    return process_file(TEXT, "en").segments


@pytest.fixture(scope="module")
def terms(segments) -> pd.DataFrame:
    return extract_terms(segments, "en")


ROLE_CASES = {
    "plural noun": ("weapons", "head"),
    "adjective only": ("nuclear", "mod"),
    "participle adjective": ("extended", "mod"),
    "verb only": ("provides", "stop"),
    "past verb only": ("deployed", "stop"),
    "adverb": ("however", "stop"),
    "stop word": ("the", "stop"),
    "generic adjective": ("new", "stop"),
    "acronym is not the pronoun": ("US", "head"),
    "pronoun": ("us", "stop"),
    "unknown rare word": ("denuclearization", "head"),
    "unknown acronym": ("THAAD", "head"),
    "hyphenated noun": ("second-strike", "head"),
    "number": ("1991", "stop"),
    "punctuation": (",", "stop"),
    "one letter": ("a", "stop"),
}


@pytest.mark.parametrize(("word", "role"), ROLE_CASES.values(), ids=ROLE_CASES.keys())
def test_word_roles(word: str, role: str) -> None:
    assert WordRoles().role(word) == role


HYPHEN_CASES = {
    "written together": ("long-range missiles", ["long", "-", "range", "missiles"],
                         ["long-range", "missiles"]),
    "chain": ("state-of-the-art", ["state", "-", "of", "-", "the", "-", "art"],
              ["state-of-the-art"]),
    "spaced dash stays": ("war - peace", ["war", "-", "peace"], ["war", "-", "peace"]),
    "number stays apart": ("F-35 jets", ["F", "-", "35", "jets"], ["F", "-", "35", "jets"]),
}


@pytest.mark.parametrize(("text", "tokens", "expected"), HYPHEN_CASES.values(),
                         ids=HYPHEN_CASES.keys())
def test_join_hyphens(text: str, tokens: list, expected: list) -> None:
    assert join_hyphens(text, tokens) == expected


def spans(extractor: EnglishCandidates, text: str) -> set[str]:
    runs = extractor.extract([Segment(text, "en")]).runs
    return {" ".join(run.surfaces[s:e]) for run in runs for s, e in run.spans}


CANDIDATE_CASES = {
    "stop words bound n-grams": ("The credibility of extended deterrence is low.",
                                 {"credibility", "extended deterrence", "deterrence"},
                                 {"credibility of extended deterrence", "extended", "low"}),
    "verbs bound n-grams": ("Washington deployed tactical nuclear weapons.",
                            {"Washington", "tactical nuclear weapons", "nuclear weapons"},
                            {"Washington deployed", "deployed tactical nuclear weapons"}),
    "punctuation bounds n-grams": ("missile defense, nuclear umbrella",
                                   {"missile defense", "nuclear umbrella"},
                                   {"defense nuclear", "missile defense nuclear umbrella"}),
    "at most five words": ("alliance nuclear umbrella policy review board meeting",
                           {"umbrella policy review board meeting"},
                           {"alliance nuclear umbrella policy review board meeting",
                            "nuclear umbrella policy review board meeting"}),
}


@pytest.mark.parametrize(("text", "present", "absent"), CANDIDATE_CASES.values(),
                         ids=CANDIDATE_CASES.keys())
def test_candidates(extractor: EnglishCandidates, text: str, present: set, absent: set) -> None:
    found = spans(extractor, text)
    assert present <= found
    assert not (absent & found)


def test_expected_terms_rank_first(terms: pd.DataFrame) -> None:
    top = list(terms["term"][:5])
    assert {"nuclear umbrella", "extended deterrence", "nuclear weapons",
            "tactical nuclear weapons"} <= set(top)


def test_lemma_count_merges_inflections(terms: pd.DataFrame) -> None:
    text = TEXT.read_text(encoding="utf-8")
    by_units = terms.set_index("units")
    row = by_units.loc["nuclear weapon"]
    assert row["freq"] == len(re.findall(r"\bnuclear weapons?\b", text, flags=re.I))
    assert row["term"] == "nuclear weapons"  # the most frequent written form
    assert by_units.loc["extend deterrence", "freq"] == len(
        re.findall(r"\bextended deterrence\b", text, flags=re.I))


def test_nested_terms(terms: pd.DataFrame) -> None:
    rows = terms.set_index("units")
    assert rows.loc["nuclear weapon", "nested_in"] >= 1  # inside tactical nuclear weapons
    assert rows.loc["tactical nuclear weapon", "nested_in"] == 0
    # "umbrella" only ever occurs inside "nuclear umbrella": C-value 0, score 0
    assert rows.loc["umbrella", "freq"] == rows.loc["nuclear umbrella", "freq"]
    assert rows.loc["umbrella", "cvalue"] == 0 and rows.loc["umbrella", "score"] == 0


def test_no_term_starts_ends_or_holds_a_stop_word(terms: pd.DataFrame) -> None:
    for term in terms["term"]:
        assert not STOP_INSIDE & set(term.lower().split()), term


def test_untokenized_segments_give_the_same_terms(segments) -> None:
    bare = [Segment(s.text, "en") for s in segments]
    assert [t.term for t in find_terms(bare, "en")] == [t.term for t in find_terms(segments, "en")]
