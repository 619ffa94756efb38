"""Simplified vs traditional characters: which script a text is in, and which characters stray.

Tables come from OpenCC's character dictionaries (``opencc-python-reimplemented``:
``TSCharacters.txt`` traditional → simplified, ``STCharacters.txt`` simplified → traditional). A
character counts as *traditional-only* when its simplified forms do not include itself, so
characters valid in both scripts (乾 in 乾隆, 於, 瞭, 藉, 覆 …, which OpenCC maps to themselves among
others) never count. A candidate is confirmed by OpenCC's phrase-level conversion of the whole
sentence, so 乾隆 stays while 乾燥 is flagged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

Script = Literal["simplified", "traditional", "none"]


@dataclass(frozen=True)
class Stray:
    """A character of the other script: position, character, its form in the text's script."""

    pos: int
    char: str
    suggestion: str


class HanScript:
    """Character tables and phrase converters for one direction each way.

    Args:
        trad_only: traditional-only character → simplified form.
        simp_only: simplified-only character → traditional form.
        to_simplified: phrase-level converter (text → simplified), or None for character level.
        to_traditional: phrase-level converter (text → traditional), or None.
    """

    def __init__(self, trad_only: Mapping[str, str], simp_only: Mapping[str, str],
                 to_simplified: Callable[[str], str] | None = None,
                 to_traditional: Callable[[str], str] | None = None):
        self.trad_only, self.simp_only = dict(trad_only), dict(simp_only)
        self._convert = {"traditional": to_simplified, "simplified": to_traditional}
        self._chars = {"traditional": frozenset(self.trad_only),
                       "simplified": frozenset(self.simp_only)}

    def majority(self, texts: Iterable[str]) -> Script:
        """The script most of ``texts`` is written in (counting script-specific characters)."""
        trad = simp = 0
        for text in texts:
            chars = set(text)
            trad += sum(text.count(c) for c in chars & self._chars["traditional"])
            simp += sum(text.count(c) for c in chars & self._chars["simplified"])
        if trad == simp == 0:
            return "none"
        return "simplified" if simp >= trad else "traditional"

    def strays(self, text: str, major: Script) -> list[Stray]:
        """Characters of the other script in ``text`` when the document is in ``major``."""
        if major == "none":
            return []
        other = "traditional" if major == "simplified" else "simplified"
        table = self.trad_only if other == "traditional" else self.simp_only
        hits = set(text) & self._chars[other]
        if not hits:
            return []
        found = [i for i, ch in enumerate(text) if ch in hits]
        convert = self._convert[other]
        converted = convert(text) if convert else None
        if converted is not None and len(converted) == len(text):
            return [Stray(i, text[i], converted[i]) for i in found if converted[i] != text[i]]
        return [Stray(i, text[i], table[text[i]]) for i in found]


def _read_only_table(name: str) -> dict[str, str]:
    """``X\\tA B`` lines → {X: A} for the X whose alternatives do not include X itself."""
    raw = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    table = {}
    for line in raw.splitlines():
        key, _, values = line.partition("\t")
        alternatives = values.split()
        if len(key) == 1 and alternatives and key not in alternatives:
            table[key] = alternatives[0]
    return table


@lru_cache(maxsize=2)
def _opencc(conversion: str) -> Callable[[str], str]:
    from opencc import OpenCC  # loads its phrase dictionaries (≈0.2 s): only when needed

    return OpenCC(conversion).convert  # type: ignore[no-any-return]


def _t2s(text: str) -> str:
    return _opencc("t2s")(text)


def _s2t(text: str) -> str:
    return _opencc("s2t")(text)


@lru_cache(maxsize=1)
def default_han_script() -> HanScript:
    """Tables from OpenCC's dictionaries and its t2s/s2t phrase converters (built once)."""
    return HanScript(_read_only_table("TSCharacters.txt"), _read_only_table("STCharacters.txt"),
                     _t2s, _s2t)
