"""Phonetic keys, pinyin readings and the calibrated transliteration score."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from align.translit import THRESHOLD, phonetic_score, score
from align.translit.phonetic import distance, en_key, similarity, skeletons, syllable_key, zh_keys
from align.translit.pinyin import joined_readings, readings
from align.translit.score import name_parts

PAIRS = Path(__file__).resolve().parents[1] / "data" / "translit" / "pairs.tsv"

EN_KEYS = [
    ("Gorbachev", "KarPaJaF"),    # weak coda r, ch → J, v → F
    ("Roehrig", "LaLaK"),          # silent h after a vowel, r before a vowel → L
    ("Washington", "WaXaNTaN"),    # sh → X, ng before a consonant → N
    ("Terence", "TaLaNSa"),        # soft c; final e kept after c
    ("George", "JarJa"),           # soft g twice
    ("Smith", "SMaS"),             # final th → S (史密斯)
    ("Phillips", "FaLaPS"),        # ph → F, doubled l collapses
    ("Khrushchev", "HLaXaF"),      # kh → H, shch → X
    ("Knight", "NaT"),             # kn → N, silent gh
]
PY_KEYS = [
    ("ge", "Ka"), ("er", "r"), ("qiao", "Ja"), ("shi", "Xa"), ("si", "Sa"), ("hua", "HWa"),
    ("sheng", "XaN"), ("dun", "TaN"), ("wei", "Wa"), ("lv", "La"), ("n", "N"),
]
READINGS = [
    ("什", {"shi", "shen"}),
    ("格", {"ge"}),
    ("吕", {"lv"}),
    ("a", set()),
    ("·", set()),
]


@pytest.mark.parametrize(("word", "key"), EN_KEYS)
def test_en_key(word: str, key: str) -> None:
    assert en_key(word) == key


@pytest.mark.parametrize(("syl", "key"), PY_KEYS)
def test_syllable_key(syl: str, key: str) -> None:
    assert syllable_key(syl) == key


@pytest.mark.parametrize(("ch", "expected"), READINGS)
def test_readings_include_every_reading(ch: str, expected: set[str]) -> None:
    assert expected <= set(readings(ch))
    assert bool(readings(ch)) == bool(expected)


def test_polyphonic_characters_give_several_keys() -> None:
    keys = zh_keys([readings(c) for c in "布什"])
    assert {"PaXa", "PaXaN"} <= set(keys)


@pytest.mark.parametrize(("a", "b", "at_most"), [
    ("PaX", "PaXa", 0.31),      # an added vowel is cheap
    ("KarPa", "KaPa", 0.31),    # so is a weak r
    ("PaX", "PaL", 1.0),        # a consonant class change is not
])
def test_distance_costs(a: str, b: str, at_most: float) -> None:
    assert distance(a, b) <= at_most
    assert distance(a, b) == distance(b, a)


def test_similarity_bounds_and_floor() -> None:
    assert similarity("KarPaJaF", "KarPaJaF") == 1.0
    assert similarity("", "Ka") == 0.0
    far = similarity("PaX", "MaLaNTaN")
    assert 0.0 <= far < 0.5
    assert similarity("PaX", "MaLaNTaN", floor=0.9) == 0.0


def test_skeleton_variants_of_j() -> None:
    assert set(skeletons("JaNSaN")) == {"SNSN", "KNSN"}


@pytest.mark.parametrize(("en", "parts"), [
    ("George H. W. Bush", ("George", "Bush")),
    ("George H.W. Bush", ("George", "Bush")),
    ("Kim Jong-un", ("Kim", "Jongun")),
    ("Martin Luther King Jr.", ("Martin", "Luther", "King")),
    ("Bush's", ("Bush",)),
])
def test_name_parts(en: str, parts: tuple[str, ...]) -> None:
    assert name_parts(en) == parts


def test_joined_readings() -> None:
    assert "xijinping" in joined_readings("习近平")


def _pairs() -> list[tuple[str, str, int]]:
    rows = [line.rstrip("\n").split("\t") for line in PAIRS.read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(en, zh, int(label)) for en, zh, label, _ in rows[1:]]


def _precision_recall(scored: list[tuple[float, int]], t: float) -> tuple[float, float]:
    tp = sum(1 for s, y in scored if y and s >= t)
    fp = sum(1 for s, y in scored if not y and s >= t)
    fn = sum(1 for s, y in scored if y and s < t)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_calibration_table_is_large_enough() -> None:
    labels = [y for _, _, y in _pairs()]
    assert labels.count(1) >= 40 and labels.count(0) >= 40


def test_threshold_precision_recall() -> None:
    scored = [(phonetic_score(en, zh), y) for en, zh, y in _pairs()]
    precision, recall = _precision_recall(scored, THRESHOLD)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_threshold_is_near_the_best_f1() -> None:
    scored = [(phonetic_score(en, zh), y) for en, zh, y in _pairs()]

    def f1(t: float) -> float:
        p, r = _precision_recall(scored, t)
        return 2 * p * r / (p + r) if p + r else 0.0

    best = max(f1(t / 100) for t in range(40, 100))
    assert f1(THRESHOLD) >= best - 0.01


@pytest.mark.parametrize(("en", "zh"), [
    ("Kim Jong-un", "金正恩"),           # Korean: table
    ("Pyongyang", "平壤"),               # Korean place: table
    ("Kim Dae-jung", "金大中"),          # Korean: surname character + readings
    ("United States", "美国"),           # conventional: table
    ("George Bush", "乔治布什"),          # listed form written without interpunct
])
def test_table_names_score_high(en: str, zh: str) -> None:
    assert score(en, zh) >= THRESHOLD
    assert score(en, zh) >= phonetic_score(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("Kim Dae-jung", "金融危"),         # surname character alone is not enough
    ("Mikhail Gorbachev", "米哈伊尔"),   # given name only
    ("Bush", "布朗"),
])
def test_non_names_score_low(en: str, zh: str) -> None:
    assert score(en, zh) < THRESHOLD


def test_import_is_light() -> None:
    code = ("import sys, align.translit, align.check.names;"
            "print([m for m in ('pypinyin', 'wordfreq') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
