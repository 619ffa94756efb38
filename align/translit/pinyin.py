"""Chinese characters → toneless pinyin syllables (every reading of polyphonic characters).

``pypinyin`` is imported on first use; readings are cached per character, so converting a long
document costs one dictionary lookup per distinct character.
"""

from __future__ import annotations

from functools import cache

from corpus.cjk import IDEOGRAPH_RX


def is_han(ch: str) -> bool:
    """True for one CJK ideograph (``corpus.cjk.IDEOGRAPH``)."""
    return len(ch) == 1 and IDEOGRAPH_RX.match(ch) is not None


@cache
def readings(ch: str) -> tuple[str, ...]:
    """All toneless readings of one character, most common first (``"" → ()``, non-Han → ``()``).

    ``ü`` is written ``v`` (``吕 → ("lv",)``), as in pypinyin's ``Style.NORMAL``.
    """
    if not is_han(ch):
        return ()
    from pypinyin import Style, pinyin

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    out: list[str] = []
    for syl in found[0] if found else ():
        syl = syl.lower()
        if syl.isalpha() and syl not in out:
            out.append(syl)
    return tuple(out)


def text_readings(text: str) -> list[tuple[str, ...]]:
    """Readings of every character of ``text`` (``()`` for non-Han characters)."""
    return [readings(ch) for ch in text]


def joined_readings(text: str, limit: int = 16) -> set[str]:
    """Concatenated toneless pinyin of ``text`` for up to ``limit`` reading combinations.

    ``"习近平" → {"xijinping"}``; non-Han characters are skipped.
    """
    combos = [""]
    for options in text_readings(text):
        if not options:
            continue
        combos = [c + o for c in combos for o in options][:limit]
    return set(combos) if combos != [""] else set()
