"""Coarse phonetic keys for English spellings and pinyin syllables, and their similarity (pure).

Both sides are mapped to one alphabet of sound classes:

====  ==========================================  ==========================================
sym   English spelling                            pinyin
====  ==========================================  ==========================================
P     b p                                         b p
T     d t th (final th → S: Smith 史密斯)          d t
K     k q ck, hard c/g, x → KS                    g k
F     f v ph                                      f
S     s z ts tz, soft c                           s z c
X     sh sch                                      sh x
J     j ch tch zh dg, soft g                      j q zh ch
L     l, r before a vowel                         l r
r     r not before a vowel (weak)                 the syllable er (尔, 儿)
M N   m / n ng                                    m / final -n -ng, n
H     h before a vowel, kh                        h
W Y   w / y before a vowel                        w / y
a     any vowel run                               the vowel part of a final
====  ==========================================  ==========================================

Runs of one symbol collapse (``aa → a``, ``NN → N``). ``distance`` is a weighted edit distance:
vowels, weak ``r``, glides and ``h`` are cheap to insert or delete (Chinese adds vowels, English
spelling has silent letters), and related classes substitute cheaply (``S/X``, ``S/J``, ``K/J``,
``M/N``...).
``similarity`` normalises the distance by the heavier key into [0, 1].
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import product

VOWELS = frozenset("aeiou")
INDEL: dict[str, float] = {"a": 0.3, "r": 0.3, "H": 0.5, "Y": 0.3, "W": 0.5}
_DEFAULT_INDEL = 1.0
_CLOSE: dict[frozenset[str], float] = {
    frozenset(p): c for p, c in (
        ("SJ", 0.3), ("SX", 0.35), ("HX", 0.3), ("XJ", 0.3), ("KJ", 0.35), ("TJ", 0.6),
        ("TS", 0.4), ("FW", 0.3), ("FP", 0.5), ("WH", 0.4), ("FH", 0.5), ("MN", 0.3), ("Lr", 0.2), ("Ya", 0.3), ("Wa", 0.4),
        ("HK", 0.5), ("YJ", 0.5), ("ar", 0.3),
    )
}
_EN_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "X"), ("sch", "X"), ("tch", "J"), ("chr", "KL"), ("ch", "J"), ("kh", "H"),
    ("zh", "J"), ("ph", "F"), ("th", "T"), ("sh", "X"), ("wh", "W"), ("ck", "K"), ("qu", "KW"),
    ("dg", "J"), ("ts", "S"), ("tz", "S"), ("rh", "L"), ("kn", "N"),
)
_EN_SINGLE = dict(zip("bpdtfvszkqjlmn", "PPTTFFSSKKJLMN"))
_PY_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "J"), ("ch", "J"), ("sh", "X"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"),
    ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", "H"),
    ("j", "J"), ("q", "J"), ("x", "X"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"),
    ("y", "Y"), ("w", "W"),
)
_RUNS = re.compile(r"(.)\1+")
#: Symbols left out of retrieval skeletons (cheap ones), and the class merges they use.
_SKELETON_DROP = frozenset("arHYW")
_SKELETON_MAP = {"M": "N", "X": "S"}


def indel(sym: str) -> float:
    """Cost of inserting or deleting one symbol."""
    return INDEL.get(sym, _DEFAULT_INDEL)


@cache
def substitution(x: str, y: str) -> float:
    """Cost of replacing symbol ``x`` by ``y`` (0 when equal, at most one insert + delete)."""
    if x == y:
        return 0.0
    return min(_CLOSE.get(frozenset((x, y)), 1.0), indel(x) + indel(y))


def collapse(key: str) -> str:
    """Collapse runs of one symbol (``"KaaLL" → "KaL"``)."""
    return _RUNS.sub(r"\1", key)


@lru_cache(maxsize=65536)
def weight(key: str) -> float:
    """Cost of deleting the whole key (the normaliser of ``similarity``)."""
    return sum(indel(s) for s in key)


@lru_cache(maxsize=65536)
def en_key(word: str) -> str:
    """Phonetic key of one English (or romanised) word: ``"Gorbachev" → "KarPaJaF"``."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    w = _RUNS.sub(r"\1", w)
    if len(w) > 3 and w[-1] == "e" and w[-2] not in VOWELS and w[-2] not in "cg":
        w = w[:-1]
    if w.endswith("th"):
        w = w[:-2] + "s"
    out: list[str] = []
    i = 0
    while i < len(w):
        sym, step = _en_symbol(w, i)
        out.append(sym)
        i += step
    return collapse("".join(out))


def _en_symbol(w: str, i: int) -> tuple[str, int]:
    """Symbols for the letters of ``w`` starting at ``i`` and how many letters they cover."""
    nxt = w[i + 1] if i + 1 < len(w) else ""
    before_vowel = nxt in VOWELS or nxt == "y"
    if w.startswith("gh", i):
        return ("K" if i == 0 else ""), 2
    if w.startswith("ng", i) and not (i + 2 < len(w) and w[i + 2] in VOWELS):
        return "N", 2
    for spelling, sym in _EN_DIGRAPHS:
        if w.startswith(spelling, i):
            return sym, len(spelling)
    ch = w[i]
    if ch in VOWELS:
        return "a", 1
    if ch in "cg":
        soft = nxt in "eiy" and nxt != ""
        return ("S" if ch == "c" else "J") if soft else "K", 1
    if ch == "x":
        return ("S" if i == 0 else "KS"), 1
    if ch in "yw":
        return ("Y" if ch == "y" else "W") if nxt in VOWELS and nxt else "a", 1
    if ch == "h":
        return ("H" if nxt in VOWELS and nxt else ""), 1
    if ch == "r":
        return ("L" if before_vowel else "r"), 1
    return _EN_SINGLE.get(ch, ""), 1


@lru_cache(maxsize=4096)
def syllable_key(syl: str) -> str:
    """Phonetic key of one toneless pinyin syllable: ``"qiao" → "Ja"``, ``"er" → "r"``."""
    syl = syl.lower().replace("ü", "v")
    if syl in ("er", "r"):
        return "r"
    head, rest = "", syl
    for spelling, sym in _PY_INITIALS:
        if syl.startswith(spelling):
            head, rest = sym, syl[len(spelling):]
            break
    if head == "H" and len(rest) > 1 and rest[0] == "u" and rest[1] in "aeo":
        head = "HW"
    if not rest:
        return head or ("N" if syl.startswith("n") else "")
    tail = "N" if rest.endswith("n") or rest.endswith("ng") else ""
    vowel = "a" if any(c in "aeiouv" for c in rest) else ""
    return head + vowel + tail


def zh_key(syllables: tuple[str, ...] | list[str]) -> str:
    """Phonetic key of a sequence of pinyin syllables (one reading per character)."""
    return collapse("".join(syllable_key(s) for s in syllables))


def zh_keys(options: list[tuple[str, ...]], limit: int = 32) -> list[str]:
    """Distinct keys of a character sequence whose characters have several readings.

    Args:
        options: per character, its readings (characters without readings are skipped).
        limit: at most this many reading combinations are expanded (first readings first).
    """
    per_char = [tuple(dict.fromkeys(syllable_key(s) for s in opts)) for opts in options if opts]
    keys: list[str] = []
    for combo in product(*per_char):
        key = collapse("".join(combo))
        if key not in keys:
            keys.append(key)
        if len(keys) >= limit:
            break
    return keys


def distance(a: str, b: str, limit: float = float("inf")) -> float:
    """Weighted edit distance between two keys (``inf`` once it must exceed ``limit``)."""
    wb = _indels(b)
    prev = list(_prefix(b))
    for x in a:
        cost_x = indel(x)
        sub = _sub_row(x, b)
        cur = [prev[0] + cost_x]
        for j in range(len(b)):
            best = prev[j + 1] + cost_x
            alt = cur[j] + wb[j]
            if alt < best:
                best = alt
            alt = prev[j] + sub[j]
            cur.append(alt if alt < best else best)
        if min(cur) > limit:
            return float("inf")
        prev = cur
    return prev[-1]


@lru_cache(maxsize=65536)
def _indels(key: str) -> tuple[float, ...]:
    return tuple(indel(s) for s in key)


@lru_cache(maxsize=65536)
def _prefix(key: str) -> tuple[float, ...]:
    out = [0.0]
    for w in _indels(key):
        out.append(out[-1] + w)
    return tuple(out)


@lru_cache(maxsize=262144)
def _sub_row(x: str, key: str) -> tuple[float, ...]:
    return tuple(substitution(x, y) for y in key)


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """``1 - distance / max(weight)`` clipped to [0, 1]; 0 when either key is empty.

    With ``floor`` > 0, results below ``floor`` may come back as 0 (the distance computation
    stops early), which keeps searches fast.
    """
    if not a or not b:
        return 0.0
    norm = max(weight(a), weight(b))
    limit = (1.0 - floor) * norm if floor > 0 else float("inf")
    return max(0.0, 1.0 - distance(a, b, limit) / norm)


def skeletons(key: str, limit: int = 4) -> tuple[str, ...]:
    """Coarse retrieval keys: cheap symbols dropped, ``M → N``, ``X → S``, ``J`` as ``S`` or ``K``."""
    core = "".join(_SKELETON_MAP.get(s, s) for s in key if s not in _SKELETON_DROP)
    core = collapse(core)
    variants = [""]
    for s in core:
        options = ("S", "K") if s == "J" else (s,)
        variants = [v + o for v in variants for o in options][:limit]
    return tuple(dict.fromkeys(collapse(v) for v in variants))
