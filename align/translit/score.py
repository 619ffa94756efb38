"""Transliteration score: how well a Chinese string renders an English name, in [0, 1].

``phonetic_score`` compares sound keys only (``align.translit.phonetic``), over every reading of
the Chinese characters; multi-part names are compared whole and part by part from the surname
backwards, so a surname alone matches (``Mikhail Gorbachev ↔ 戈尔巴乔夫``). Chinese names written in
pinyin match exactly (``Xi Jinping ↔ 习近平``). ``score`` adds the known-names table: listed forms
score 1, and Korean names (Chinese-character readings, not transliterations) are scored by
``korean_score``: exact surname character, one character per syllable, readings close
(``Kim Dae-jung ↔ 金大中``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from align.translit.data import NameTable, default_table, zh_norm, zh_parts
from align.translit.phonetic import en_key, similarity, weight, zh_keys
from align.translit.pinyin import joined_readings, text_readings

#: Default decision threshold, calibrated on tests/data/translit/pairs.tsv (76 true, 51 false
#: pairs): ``phonetic_score`` precision 0.91, recall 0.92 there (best F1 of thresholds 0.40-0.99).
THRESHOLD = 0.75
_INITIAL = re.compile(r"^(?:[A-Za-z]\.?|(?:[A-Za-z]\.)+[A-Za-z]?)$")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_parts(en: str) -> tuple[str, ...]:
    """Words of an English name used for matching: initials and suffixes dropped, hyphens joined.

    ``"George H. W. Bush" → ("George", "Bush")``, ``"Kim Jong-un" → ("Kim", "Jongun")``.
    """
    parts: list[str] = []
    for tok in en.replace(",", " ").split():
        tok = tok.strip("()\"'“”‘’").removesuffix("'s").removesuffix("’s")
        if not tok or _INITIAL.match(tok) or tok.lower().rstrip(".") in _SUFFIXES:
            continue
        word = "".join(c for c in tok if c.isalpha())
        if word:
            parts.append(word)
    return tuple(parts)


@lru_cache(maxsize=131072)
def zh_name_keys(zh: str) -> tuple[str, ...]:
    """Phonetic keys of a Chinese string over its reading combinations (dots ignored)."""
    return tuple(zh_keys(text_readings(zh_norm(zh))))


def key_similarity(key: str, zh: str, floor: float = 0.0) -> float:
    """Best similarity of an English key with any reading combination of ``zh``.

    Values below ``floor`` may be returned as 0 (see ``phonetic.similarity``).
    """
    return max((similarity(key, k, floor) for k in zh_name_keys(zh)), default=0.0)


def phonetic_score(en: str, zh: str) -> float:
    """Sound-based score of ``zh`` as a transliteration of ``en`` (no table), in [0, 1]."""
    parts, pieces = name_parts(en), zh_parts(zh)
    if not parts or not pieces:
        return 0.0
    if pinyin_equal(parts, "".join(pieces)):
        return 1.0
    best = key_similarity(en_key("".join(parts)), "".join(pieces))
    if len(parts) > 1 or len(pieces) > 1:
        k = min(len(parts), len(pieces))
        best = max(best, partwise_score(parts[-k:], pieces[-k:]))
    return best


def partwise_score(parts: tuple[str, ...], pieces: tuple[str, ...]) -> float:
    """Mean of part similarities weighted by the English key weights (equal lengths)."""
    keys = [en_key(p) for p in parts]
    total = sum(weight(k) for k in keys)
    if not total:
        return 0.0
    return sum(weight(k) * key_similarity(k, z) for k, z in zip(keys, pieces)) / total


def pinyin_equal(parts: tuple[str, ...], zh: str) -> bool:
    """True when the English parts spell the pinyin of ``zh`` (either order of two parts)."""
    if not any(len(p) > 1 for p in parts):
        return False
    spellings = {"".join(parts).lower()}
    if len(parts) == 2:
        spellings.add((parts[1] + parts[0]).lower())
    return bool(spellings & joined_readings(zh))


def table_score(en: str, zh: str, table: NameTable) -> float:
    """1 for a listed form of ``en``, else the Korean-name score (0 when not Korean)."""
    entry = table.lookup(en)
    target = zh_norm(zh)
    if entry is not None and target in {zh_norm(f) for f in entry.forms}:
        return 1.0
    return korean_score(en, target, table)


def korean_syllables(en: str, table: NameTable) -> tuple[str, str, tuple[int, ...]] | None:
    """``(surname character, given name, allowed syllable counts)`` of a Korean name, or None.

    ``"Kim Dae-jung" → ("金", "Daejung", (2,))``: a surname of the table's ``ko-surname`` rows
    first, then the given name, one syllable per hyphen part (1 or 2 when not hyphenated).
    """
    words = en.split()
    if len(words) < 2:
        return None
    entry = table.lookup(words[0])
    if entry is None or entry.kind != "ko-surname":
        return None
    pieces = [p for w in words[1:] for p in re.split(r"[-\u2010\u2011]", w) if p]
    allowed = (len(pieces),) if len(pieces) > 1 else (1, 2)
    return entry.zh, "".join(pieces), allowed


def korean_score(en: str, zh: str, table: NameTable) -> float:
    """Score of ``zh`` as the Chinese-character form of a Korean name (0 when not Korean).

    The surname character must be exact and the given name have one character per syllable;
    the score is then ``(1 + s) / 2`` where ``s`` is the sound similarity of the given name with
    the Mandarin readings of its characters (Korean and Mandarin readings of the same characters
    are often close: ``Dae-jung ↔ 大中 da zhong``).
    """
    parsed = korean_syllables(en, table)
    if parsed is None:
        return 0.0
    surname, given, allowed = parsed
    if not zh.startswith(surname) or len(zh) - len(surname) not in allowed:
        return 0.0
    return (1.0 + key_similarity(en_key(given), zh[len(surname):])) / 2


def score(en: str, zh: str, *, table: NameTable | bool = True) -> float:
    """How well ``zh`` renders the English name ``en``, in [0, 1].

    Args:
        en: an English word or name (``"Gorbachev"``, ``"George H. W. Bush"``).
        zh: a Chinese candidate (``"戈尔巴乔夫"``, ``"乔治·布什"``).
        table: a names table, True for the packaged one, False for sound only.
    """
    tbl = default_table() if table is True else (table or None)
    best = phonetic_score(en, zh)
    if tbl is not None and best < 1.0:
        best = max(best, table_score(en, zh, tbl))
    return best
