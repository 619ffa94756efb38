"""Numbers and dates in Chinese and English text, normalised, with their spans (pure functions).

``extract(text, "zh")`` / ``extract(text, "en")`` return ``Quantity`` records (value, kind, span,
written form); ``match_quantities`` pairs two lists as multisets. Equivalent forms get equal values:
``1958年1月`` and ``January 1958`` both give 1958 and month 1; ``2.85万`` and ``28,500`` give
28500; ``百分之三十`` and ``30%`` give 30 (percent); ``20世纪70年代`` and ``the 1970s`` give the
decade 1970; ``651—684`` and ``651至684`` give 651 and 684 (numbers are unsigned).

Ordinals: ``第一``/``first`` give the ordinal 1; word ordinals are weak (``Quantity.strong`` is
False), so a checker may pair them but need not miss them. ``Quantity.strong`` encodes the whole
policy for what a translation must carry.
"""

from __future__ import annotations

from typing import Literal

from corpus.numerals.en import extract_en
from corpus.numerals.match import Matching, match_quantities
from corpus.numerals.types import Form, Kind, Quantity, format_value
from corpus.numerals.zh import extract_zh, parse_positional, parse_run
from corpus.numerals.zh_lexicon import NumeralLexicon, classify_word, default_lexicon

__all__ = [
    "Form", "Kind", "Matching", "NumeralLexicon", "Quantity", "classify_word", "default_lexicon",
    "extract", "extract_en", "extract_zh", "format_value", "match_quantities", "parse_positional",
    "parse_run",
]


def extract(text: str, lang: Literal["zh", "en"]) -> list[Quantity]:
    """Quantities of ``text`` in language ``lang`` (``"zh"`` or ``"en"``), in text order."""
    return extract_zh(text) if lang == "zh" else extract_en(text)
