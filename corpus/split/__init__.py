"""Sentence splitting: paragraph text → ``(start, end)`` character spans, one per sentence.

Splitters are plain functions ``(text) -> list[Span]`` registered by language in ``SPLITTERS``;
languages without an entry use the Latin-script splitter with the English
abbreviation list. Spans index the input, so callers keep their source mapping.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Protocol

from corpus.errors import ConfigError
from corpus.registry import Registry
from corpus.split.en import split_de, split_en, split_fr
from corpus.split.spans import Span, split_by_lines
from corpus.split.zh import split_zh

__all__ = ["SPLITTERS", "Span", "Splitter", "split_en", "split_sentences", "split_zh",
           "splitter_for"]


class Splitter(Protocol):
    """A sentence splitter: one paragraph in, sentence spans out."""

    def __call__(self, text: str, /) -> list[Span]: ...


SPLITTERS: Registry[Splitter] = Registry("sentence splitter")
SPLITTERS.register("zh", split_zh)
SPLITTERS.register("en", split_en)
SPLITTERS.register("de", split_de)
SPLITTERS.register("fr", split_fr)

_LANG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def splitter_for(lang: str) -> Splitter:
    """The splitter of ``lang`` (ISO 639 code, region/script subtags ignored: ``zh-Hans`` → zh).

    Raises:
        ConfigError: ``lang`` is not a language code.
    """
    m = _LANG.fullmatch(lang) if isinstance(lang, str) else None
    if m is None:
        raise ConfigError(f"invalid language code {lang!r} (expected e.g. zh, en, de, fr)")
    code = m.group(1).lower()
    if code in SPLITTERS:
        return SPLITTERS.get(code)
    return partial(split_en, lang=code)


def split_sentences(text: str, lang: str, *, hard_newlines: bool = False) -> list[Span]:
    """Split one paragraph into sentence spans.

    Args:
        text: the paragraph; newlines count as spaces unless ``hard_newlines``.
        lang: ``zh`` → Chinese splitter; ``en``/``de``/``fr``/other → Latin-script splitter.
        hard_newlines: also break at every newline.

    Returns:
        ``(start, end)`` offsets into ``text``: in order, non-overlapping, whitespace-trimmed,
        never empty, together covering every non-space character of ``text``.

    Raises:
        ConfigError: ``lang`` is not a language code.
    """
    split = splitter_for(lang)
    return split_by_lines(split, text) if hard_newlines else split(text)

