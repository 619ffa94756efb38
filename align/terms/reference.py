"""Reference frequency lists for keyness, by name (``jieba-idf``, ``wordfreq``).

Both give a frequency per million for a term written as ``surface`` with counting ``units``:

- ``jieba-idf`` (Chinese): jieba's bundled ``analyse/idf.txt``. A word with IDF ``v`` occurs in
  ``exp(-v)`` of jieba's reference documents; we read that share as its frequency
  (``exp(-v) * 1e6`` per million). A term missing from the table is estimated from its units
  the way ``wordfreq`` estimates phrases of unspaced scripts: ``1 / sum(1 / f_i)`` divided by
  ``10 ** (n_units - 1)``. Unknown units, and every result, are floored at the rarest listed
  word (``exp(-max IDF)``, about 0.9 per million).
- ``wordfreq`` (English): ``wordfreq.word_frequency(surface, "en")`` (phrases are combined by
  wordfreq itself), floored at 0.01 per million (wordfreq's smallest listed frequency).

Both load lazily and once per process.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Protocol, runtime_checkable

from corpus.registry import Registry
from corpus.signature import package_version


@runtime_checkable
class ReferenceFrequency(Protocol):
    """Frequency of a term in general language, per million words."""

    name: str

    def per_million(self, surface: str, units: Sequence[str]) -> float: ...

    def signature(self) -> str: ...


REFERENCES: Registry[Callable[[], ReferenceFrequency]] = Registry("reference frequency list")
REFERENCES.register("jieba-idf", "align.terms.reference:JiebaIdfReference")
REFERENCES.register("wordfreq", "align.terms.reference:WordfreqReference")
#: Reference list used for each language.
DEFAULT_REFERENCE = {"zh": "jieba-idf", "en": "wordfreq"}
#: wordfreq's factor for each inferred word boundary in scripts written without spaces.
INFERRED_SPACE_FACTOR = 10.0


@lru_cache(maxsize=1)
def load_jieba_idf() -> dict[str, float]:
    """jieba's bundled IDF table: word → IDF (read once)."""
    text = resources.files("jieba").joinpath("analyse", "idf.txt").read_text(encoding="utf-8")
    parts = text.split()  # "word idf" lines; words have no spaces (≈0.6 s for 270k lines)
    return dict(zip(parts[::2], map(float, parts[1::2])))


def combine_units(freqs: Sequence[float], factor: float = INFERRED_SPACE_FACTOR) -> float:
    """Frequency of a phrase from its parts' frequencies (> 0): ``1/sum(1/f)`` / factor^(n-1)."""
    return 1.0 / sum(1.0 / f for f in freqs) / factor ** (len(freqs) - 1)


class JiebaIdfReference:
    """Chinese reference frequencies from jieba's IDF table (see module docstring)."""

    name = "jieba-idf"

    def __init__(self, table: dict[str, float] | None = None):
        self._table = load_jieba_idf() if table is None else table
        self.floor = math.exp(-max(self._table.values())) * 1e6 if self._table else 1.0

    def signature(self) -> str:
        return f"jieba-idf-{package_version('jieba')}"

    def per_million(self, surface: str, units: Sequence[str]) -> float:
        """Reference frequency of ``surface``, from its ``units`` when it is not listed."""
        known = self._lookup(surface)
        if known is None:
            parts = [self._lookup(u) or self.floor for u in units] if len(units) > 1 else []
            known = combine_units(parts) if parts else self.floor
        return max(known, self.floor)

    def _lookup(self, word: str) -> float | None:
        idf = self._table.get(word)
        return None if idf is None else math.exp(-idf) * 1e6


class WordfreqReference:
    """English reference frequencies from the ``wordfreq`` package."""

    name = "wordfreq"
    floor = 0.01

    def __init__(self, lang: str = "en"):
        self.lang = lang

    def signature(self) -> str:
        return f"wordfreq-{package_version('wordfreq')}"

    def per_million(self, surface: str, units: Sequence[str]) -> float:
        """``wordfreq.word_frequency(surface)`` per million, at least ``floor``."""
        import wordfreq

        return max(wordfreq.word_frequency(surface, self.lang) * 1e6, self.floor)
