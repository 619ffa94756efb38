"""Searching a Chinese document for English names (TranslitIndex / find_transliteration)."""

from __future__ import annotations

import random

import pytest

from align.translit import THRESHOLD, TranslitIndex, find_transliteration
from align.translit.data import default_table, translit_chars

#: (English name, expected span text in the seed sample, number of occurrences)
SEED_NAMES = [
    ("Terence Roehrig", "特伦斯 ·罗里格", 1),
    ("Roehrig", "罗里格", 1),
    ("George H. W. Bush", "乔治布什", 1),
    ("Gorbachev", "戈尔巴乔夫", 1),
    ("Mikhail Gorbachev", "戈尔巴乔夫", 1),
    ("Pyongyang", "平壤", 1),
    ("Washington", "华盛顿", 2),
    ("Seoul", "首尔", 1),
    ("Li Tong", "李桐", 1),
]
#: names found by sound alone (no names table): (English, expected best span)
SOUND_ONLY = [
    ("Roehrig", "罗里格"),
    ("Terence Roehrig", "特伦斯 ·罗里格"),
    ("Gorbachev", "戈尔巴乔夫"),
    ("Washington", "华盛顿"),
    ("George Bush", "乔治布什"),
    ("Bush", "布什"),
]


@pytest.fixture(scope="module")
def seed_index(sample_text: str) -> TranslitIndex:
    return TranslitIndex(sample_text)


@pytest.mark.parametrize(("en", "zh", "count"), SEED_NAMES)
def test_seed_names_are_found(seed_index: TranslitIndex, sample_text: str, en: str, zh: str,
                              count: int) -> None:
    matches = seed_index.find(en)
    assert matches and matches[0].text == zh
    assert sample_text[matches[0].start:matches[0].end] == zh
    assert sum(m.text == zh for m in matches) == count
    assert all(a.score >= b.score for a, b in zip(matches, matches[1:]))


@pytest.mark.parametrize(("en", "zh"), SOUND_ONLY)
def test_sound_only_search(sample_text: str, en: str, zh: str) -> None:
    best = TranslitIndex(sample_text, table=False).find(en)[0]
    assert best.text == zh and best.method == "phonetic" and best.score >= THRESHOLD


@pytest.mark.parametrize("en", ["Kissinger", "Mearsheimer", "Khrushchev"])
def test_absent_names_stay_below_threshold(seed_index: TranslitIndex, en: str) -> None:
    assert all(m.score < THRESHOLD for m in seed_index.find(en))


def test_matches_do_not_overlap(seed_index: TranslitIndex) -> None:
    matches = seed_index.find("George Bush", min_score=0.3)
    spans = sorted((m.start, m.end) for m in matches)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize(("tokens", "en", "expected"), [
    (["美国", "总统", "乔治", "布什", "宣布"], "George Bush", "乔治布什"),
    (["美国", "总统", "乔治", "·", "布什", "宣布"], "George Bush", "乔治·布什"),
    (["推动", "戈尔巴乔夫", "也", "这样", "做"], "Gorbachev", "戈尔巴乔夫"),
])
def test_token_mode(tokens: list[str], en: str, expected: str) -> None:
    text = "".join(tokens)
    index = TranslitIndex(text, tokens, table=False)
    assert index.find(en)[0].text == expected
    assert find_transliteration(en, text, tokens)[0].text == expected


def test_token_mode_uses_token_boundaries() -> None:
    tokens = ["确保", "苏联", "核", "武库"]
    index = TranslitIndex("".join(tokens), tokens, table=False)
    assert all(m.text != "保苏" for m in index.find("Bush", min_score=0.3))


@pytest.mark.parametrize(("tokens", "spans"), [
    (["乔治", "布什"], 3),  # 乔治, 布什, 乔治布什
    (["乔治", "布希", "布什"], 2),  # a token the text lacks (normalised) ends every window
    (["乔治", "", "布什"], 2),  # so does an empty token
])
def test_token_mode_skips_tokens_missing_from_the_text(tokens: list[str], spans: int) -> None:
    assert len(TranslitIndex("乔治布什", tokens, table=False)) == spans


def test_korean_name_by_surname_and_readings() -> None:
    text = "1998年金融危机期间，韩国总统金大中提出了阳光政策。"
    best = find_transliteration("Kim Dae-jung", text)[0]
    assert best.text == "金大中"
    table = default_table()
    no_person = type(table)(e for e in table.entries if e.en != "Kim Dae-jung")
    best = TranslitIndex(text, table=no_person).find("Kim Dae-jung")[0]
    assert (best.text, best.method) == ("金大中", "korean")


def test_mixed_spans_reach_names_with_rarer_characters() -> None:
    text = "就叫了利百加来，问她说。"
    assert all(m.text != "利百加" for m in TranslitIndex(text, table=False).find("Rebekah"))
    best = TranslitIndex(text, table=False, mixed=True).find("Rebekah")[0]
    assert best.text == "利百加" and best.score >= THRESHOLD


def _synthetic_document(sample_text: str, n_chars: int, rng: random.Random) -> str:
    """Characters drawn from the sample, with known names and random transliteration runs."""
    han = [c for c in sample_text if "\u4e00" <= c <= "\u9fff"]
    names = [f for e in default_table().entries for f in e.forms]
    chars = sorted(translit_chars())
    out: list[str] = []
    size = 0
    while size < n_chars:
        roll = rng.random()
        if roll < 0.03:
            word = rng.choice(names)
        elif roll < 0.06:
            word = "".join(rng.choice(chars) for _ in range(rng.randint(2, 5)))
        else:
            word = "".join(rng.choice(han) for _ in range(rng.randint(1, 4)))
        out.append(word)
        size += len(word)
    return "".join(out)[:n_chars]


def test_index_finds_known_names_in_a_noisy_document(sample_text: str) -> None:
    """Speed (500 names x 100k chars) is measured by scripts/bench_glossary.py, not here."""
    rng = random.Random(7)
    doc = _synthetic_document(sample_text, 20_000, rng)
    doc += "戈尔巴乔夫访问华盛顿之后，平壤作出回应。"
    index = TranslitIndex(doc)
    found = {n for n in ("Gorbachev", "Washington", "Pyongyang") if (r := index.find(n)) and r[0].score == 1.0}
    assert found == {"Gorbachev", "Washington", "Pyongyang"}
