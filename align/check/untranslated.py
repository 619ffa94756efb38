"""``untranslated``: a side is empty, equal to the other side, or still in the other's script.

Score per pair (0…1): 1 for an empty side (the other one not empty) or a Chinese side identical to
the English; otherwise the *Latin share* of the Chinese, ``L / (L + k·H)`` with ``L`` the Latin
letters of ordinary words and ``H`` the Han characters (``k`` = 3.75 letters per character, the
ratio of the length-ratio prior, so the share measures content, not characters), or symmetrically
the Han share of the English. Names, acronyms, numbers and URLs do not count as Latin text:
capitalised words (Kissinger, an English title), all-capital words (NATO, U.S.) and digits are
left out, except in a Chinese side without any Han character, where three or more Latin words of
any case give share 1. Threshold 0.6: a Chinese sentence keeping a two-word English term
(我们讨论了extended deterrence, 0.49) passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.check.base import Check, CheckInput, Evidence
from corpus.normalize import IDEOGRAPH

LETTERS_PER_HAN = 3.75  # English letters per Han character (the Bible prior of length-ratio)
_HAN = re.compile(f"[{IDEOGRAPH}]")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORDINARY_WORD = re.compile(r"(?<![A-Za-z'’.-])[a-z][a-z'’-]*")  # lower-case initial: not a name
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SPACE = re.compile(r"\s+")


def latin_share(text: str) -> tuple[float, tuple[tuple[int, int], ...]]:
    """Share of ordinary Latin-script content in ``text`` and the spans of those words.

    Returns:
        ``(share, spans)``: share in [0, 1] (0 when the text has neither letters nor Han) and the
        ``(start, end)`` spans of the counted words.
    """
    clean = _URL.sub(lambda m: " " * len(m.group()), text)
    if not _HAN.search(clean):  # no Chinese at all: every word counts, names too (unless few)
        words = [m.span() for m in _ANY_WORD.finditer(clean)]
        return (1.0 if len(words) >= 3 else 0.0), tuple(words)
    words = [m.span() for m in _ORDINARY_WORD.finditer(clean)]
    latin = sum(b - a for a, b in words)
    han = len(_HAN.findall(clean)) * LETTERS_PER_HAN
    return (latin / (latin + han) if latin + han else 0.0), tuple(words)


def han_share(text: str) -> tuple[float, tuple[tuple[int, int], ...]]:
    """Share of Han content in (English) ``text`` against its Latin letters, with Han spans."""
    han = [m.span() for m in _HAN.finditer(text)]
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    weight = len(han) * LETTERS_PER_HAN
    return (weight / (weight + letters) if weight + letters else 0.0), tuple(han)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _identical(zh: str, en: str) -> bool:
    """Same text on both sides, and more than a lone name, acronym or number."""
    if _norm(zh) != _norm(en):
        return False
    return len(_ORDINARY_WORD.findall(en)) + len(_HAN.findall(en)) >= 2 or len(en.split()) >= 3


class Untranslated(Check):
    """Empty, copied or still-foreign translations.

    Args:
        threshold: largest accepted share of foreign-script content (default 0.6).
    """

    id = "untranslated"
    severity = "error"
    direction = "high"
    bilingual_only = True

    def __init__(self, threshold: float = 0.6):
        self.threshold = threshold

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        """One evidence per non-blank pair; value = 1 (empty / identical) or the foreign share."""
        for row, (zh, en) in enumerate(zip(data.zh, data.en)):
            if zh.strip() or en.strip():
                yield self._pair(row, zh, en)

    def _pair(self, row: int, zh: str, en: str) -> Evidence:
        if not zh.strip():
            return Evidence(row, 1.0, "the Chinese is empty but the English is not", rule="empty")
        if not en.strip():
            return Evidence(row, 1.0, "the English is empty but the Chinese is not", rule="empty")
        if _identical(zh, en):
            return Evidence(row, 1.0, "the Chinese is the same text as the English",
                            ((0, len(zh)),), ((0, len(en)),), "identical")
        zh_latin, zh_spans = latin_share(zh)
        en_han, en_spans = han_share(en)
        if zh_latin >= en_han:
            return Evidence(row, zh_latin, f"the Chinese is {zh_latin:.0%} English words "
                            "(left untranslated?)", zh_spans=zh_spans, rule="latin-script")
        return Evidence(row, en_han, f"the English is {en_han:.0%} Chinese characters "
                        "(left untranslated?)", en_spans=en_spans, rule="han-script")
