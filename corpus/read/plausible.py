"""Plausibility tests for candidate decodings (pure functions, no I/O).

A strict decode that succeeds is not proof: Latin-1 bytes often form valid GBK pairs and Big5 bytes
are nearly always valid GB18030. These scores say whether decoded text looks like what the codec is
normally used for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

SAMPLE_CHARS = 1 << 16
"""Characters of a decoding that are scored."""

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_LATIN_SYMBOLS = frozenset("“”‘’‚„–—…•€™°§©®±×÷«»·¡¿ªº")


def share(text: str, common: Callable[[str], bool]) -> float:
    """Share of the non-ASCII characters in a sample of ``text`` for which ``common`` holds.

    Returns 1.0 when the sample has no non-ASCII character.
    """
    wide = [ch for ch in text[:SAMPLE_CHARS] if ord(ch) > 0x7F]
    if not wide:
        return 1.0
    return sum(map(common, wide)) / len(wide)


def common_gb(ch: str) -> bool:
    """Is ``ch`` in GB2312, the character set of everyday simplified Chinese?"""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def common_big5(ch: str) -> bool:
    """Is ``ch`` a Big5 symbol or level-1 (frequent) Hanzi, i.e. lead byte 0xA1-0xC6?"""
    try:
        raw = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and 0xA1 <= raw[0] <= 0xC6


def common_cjk(ch: str) -> bool:
    """Common simplified or traditional Chinese character or CJK punctuation."""
    return common_gb(ch) or common_big5(ch)


def latin_score(text: str) -> float:
    """How much ``text`` looks like a Western European 8-bit text, in [0, 1].

    Latin text has accented letters and typographic symbols, in short runs inside ASCII words;
    CJK or Cyrillic bytes read as Latin give long runs of accented letters.
    """
    sample = text[:SAMPLE_CHARS]
    runs = _NON_ASCII_RUN.findall(sample)
    if not runs:
        return 1.0
    short = sum(len(run) for run in runs if len(run) <= 2) / sum(map(len, runs))
    return min(short, share(sample, _latin_char))


def _latin_char(ch: str) -> bool:
    if ch in _LATIN_SYMBOLS:
        return True
    return unicodedata.category(ch).startswith("L") and "LATIN" in unicodedata.name(ch, "")
