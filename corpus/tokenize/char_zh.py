"""Character tokenizer: every non-whitespace character is a token (a baseline for Chinese)."""

from __future__ import annotations

import re

_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


class CharTokenizer:
    """One token per non-whitespace character; tags ``eng``/``m`` for ASCII letters/digits,
    ``x`` for everything else."""

    name = "char"
    lang = "zh"

    def tokenize(self, text: str) -> list[str]:
        """Characters of ``text`` without whitespace."""
        return [ch for ch in text if not ch.isspace()]

    def tokenize_with_pos(self, text: str) -> list[tuple[str, str]]:
        """``(character, tag)`` pairs (see class docstring)."""
        return [(ch, _tag(ch)) for ch in self.tokenize(text)]

    def initialize(self) -> CharTokenizer:
        return self

    def signature(self) -> str:
        return "char"


def _tag(ch: str) -> str:
    if not _LATIN_OR_DIGIT.fullmatch(ch):
        return "x"
    return "m" if ch.isdigit() else "eng"
