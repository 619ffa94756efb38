"""Chinese term extraction: sub-words, POS-pattern candidates, the bundled sample's ranking."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from align.terms.candidates_zh import ChineseCandidates
from align.terms.extract import TERM_COLUMNS, extract_terms, find_terms
from corpus.errors import ConfigError
from corpus.pipeline import process_file
from corpus.types import Segment

KEY_TERMS = ["核保护伞", "扩展威慑", "战术核武器", "核武器", "惩罚威慑"]


@pytest.fixture(scope="module")
def extractor() -> ChineseCandidates:
    return ChineseCandidates()


@pytest.fixture(scope="module")
def sample_segments(sample_path: Path) -> tuple[Segment, ...]:
    return process_file(sample_path, "zh", pos=True).segments


@pytest.fixture(scope="module")
def sample_terms(sample_segments) -> pd.DataFrame:
    return extract_terms(sample_segments, "zh")


SUBWORD_CASES = {
    "domain term, nested dictionary word split again": ("战术核武器", ("战术", "核", "武器")),
    "umbrella": ("核保护伞", ("核", "保护", "伞")),
    "two sub-words": ("扩展威慑", ("扩展", "威慑")),
    "two characters stay whole": ("威慑", ("威慑",)),
    "only single-character split stays whole": ("耶和华", ("耶和华",)),
    "non-Han stays whole": ("THAAD", ("THAAD",)),
}


@pytest.mark.parametrize(("word", "units"), SUBWORD_CASES.values(), ids=SUBWORD_CASES.keys())
def test_subwords(extractor: ChineseCandidates, word: str, units: tuple) -> None:
    assert extractor.splitter.units(word) == units
    assert "".join(units) == word


def candidates(extractor: ChineseCandidates, text: str) -> set[str]:
    runs = extractor.extract([Segment(text, "zh")]).runs
    return {"".join(run.units[s:e]) for run in runs for s, e in run.spans}


# text, candidates that must be found, strings that must not be candidates
CANDIDATE_CASES = {
    "function words bound terms": ("美国的核保护伞和扩展威慑", {"美国", "核保护伞", "扩展威慑"},
                                   {"美国的核保护伞", "核保护伞和扩展威慑", "的"}),
    "numerals and quantifiers bound terms": ("发射了三枚战术核武器", {"战术核武器"},
                                             {"三枚战术核武器", "枚战术核武器", "发射"}),
    "adjective + noun, not adjective alone": ("重要问题", {"重要问题", "问题"}, {"重要"}),
    "noun + noun": ("韩国安全", {"韩国安全", "韩国", "安全"}, set()),
    "punctuation bounds terms": ("核武器，核威慑", {"核武器", "核威慑"}, {"核武器，核威慑"}),
    "single characters alone are no terms": ("核与人", set(), {"核", "人"}),
    "verb phrase in the dictionary is no term": ("挑战方采取行动", {"挑战方"}, {"采取行动"}),
}


@pytest.mark.parametrize(("text", "present", "absent"), CANDIDATE_CASES.values(),
                         ids=CANDIDATE_CASES.keys())
def test_candidates(extractor: ChineseCandidates, text: str, present: set, absent: set) -> None:
    found = candidates(extractor, text)
    assert present <= found
    assert not (absent & found)


def test_nested_count_inside_dictionary_words(extractor: ChineseCandidates) -> None:
    segments = [Segment(t, "zh") for t in ("美国拥有战术核武器。", "核武器很危险。", "战术核武器。")]
    terms = {t.term: t for t in find_terms(segments, "zh", min_freq=1, extractor=extractor)}
    assert terms["核武器"].freq == 3  # once alone, twice inside 战术核武器
    assert terms["战术核武器"].freq == 2 and terms["战术核武器"].nested_in == 0
    assert terms["核武器"].nested_in == 1
    assert terms["核武器"].example == "美国拥有战术核武器。"


def test_sample_key_terms_rank_high(sample_terms: pd.DataFrame) -> None:
    top = list(sample_terms["term"][:25])
    assert [t for t in KEY_TERMS if t not in top] == []
    assert set(top[:3]) >= {"核保护伞", "核武器"}


def test_sample_nested_frequency(sample_segments, sample_terms: pd.DataFrame) -> None:
    row = sample_terms.set_index("term").loc["核武器"]
    in_text = sum(s.text.count("核武器") for s in sample_segments)
    as_token = sum(tok == "核武器" for s in sample_segments for tok in s.tokens)
    assert as_token < in_text  # some occurrences are inside 战术核武器 and other domain words
    assert row["freq"] == in_text
    assert row["nested_in"] >= 1 and row["units"] == "核 武器"


def test_sample_table_shape(sample_terms: pd.DataFrame) -> None:
    assert tuple(sample_terms.columns) == TERM_COLUMNS
    assert sample_terms["score"].is_monotonic_decreasing
    assert sample_terms["score"].iloc[0] == 1.0
    assert (sample_terms["freq"] >= 2).all()
    assert not sample_terms["term"].duplicated().any()
    for term, example in zip(sample_terms["term"], sample_terms["example"]):
        assert term in example


def test_rare_term_needs_lower_min_freq(sample_segments) -> None:
    assert "核威慑" not in {t.term for t in find_terms(sample_segments, "zh")}
    rare = {t.term: t for t in find_terms(sample_segments, "zh", min_freq=1)}
    assert rare["核威慑"].freq == 1


def test_top_and_bad_arguments(sample_segments) -> None:
    assert len(extract_terms(sample_segments, "zh", top=4)) == 4
    with pytest.raises(ConfigError, match="min_freq"):
        find_terms(sample_segments, "zh", min_freq=0)
    with pytest.raises(ConfigError, match="valid names: en, zh"):
        find_terms(sample_segments, "de")


def test_empty_input_gives_empty_table() -> None:
    frame = extract_terms([Segment("。", "zh")], "zh")
    assert frame.empty and tuple(frame.columns) == TERM_COLUMNS
