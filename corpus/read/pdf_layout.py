"""Page-text post-processing for PDFs (pure functions): furniture removal, de-hyphenation, joining.

"Furniture" is what a page prints around its body: running headers and footers (the same line at
the same position on at least half of the pages, digits ignored) and page numbers (``3``,
``- 3 -``, ``Page 3 of 10``, ``3/10``, ``第3页``, lowercase roman numerals) among the first or last
lines of a page.
"""

from __future__ import annotations

import math
import re
from collections import Counter

RUNNING_DEPTH = 2
"""Lines from the top and from the bottom of each page examined for running headers/footers."""

NUMBER_DEPTH = 2
"""Lines from the top and from the bottom of each page examined for page numbers."""

MIN_RUNNING_SHARE = 0.5
"""Share of pages a line must appear on (same position) to count as a running header/footer."""

KEEP_HYPHEN = frozenset({"all", "anti", "cross", "ex", "half", "non", "quasi", "self", "well"})
"""Prefixes whose line-end hyphen is kept even before a lowercase word (``non-\\nproliferation``)."""

_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-–—]?\s*\d{1,3}\s*[-–—]?                # 3 | - 3 - | —3— (not 1950: a year)
      | [\[(]\s*\d{1,3}\s*[\])]                  # [3] | (3)
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?   # Page 3 | Page 3 of 10
      | \d{1,4}\s*(?:/|of)\s*\d{1,4}                             # 3/10 | 3 of 10
      | 第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?     # 第3页 | 第3页 共10页
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lowercase i-xxxix only: "II" may be a section heading, "c" or "l" a list label.
_ROMAN = re.compile(r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_HYPHEN_BREAK = re.compile(
    rf"([{_LETTER}]+)([-\u2010\u00ad])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=([{_LETTER}0-9]))"
)


def is_page_number(line: str) -> bool:
    """True if ``line`` (stripped) is nothing but a page number in a common style."""
    text = line.strip()
    return bool(_PAGE_NUMBER.match(text) or _ROMAN.match(text))


def layout_text(pages: list[str]) -> str:
    """Turn the extracted text of each page into one text.

    Args:
        pages: one string per page, lines separated by ``\\n``.

    Returns:
        The text without running headers/footers and page numbers, line-end hyphenation undone,
        pages separated by one blank line.
    """
    lines = [
        [ln.rstrip() for ln in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        for page in pages
    ]
    lines = strip_furniture(lines)
    return dehyphenate(join_pages(["\n".join(page) for page in lines]))


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and running headers/footers from each page's lines."""
    pages = [drop_page_numbers(page) for page in pages]
    pages = drop_running_lines(pages)
    return [drop_page_numbers(page) for page in pages]


def drop_page_numbers(lines: list[str]) -> list[str]:
    """Remove page-number lines among the first/last ``NUMBER_DEPTH`` non-blank lines."""
    edges = _edge_positions(lines, NUMBER_DEPTH)
    return [ln for i, ln in enumerate(lines) if i not in edges or not is_page_number(ln)]


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove lines repeated at the same edge position on ≥ ``MIN_RUNNING_SHARE`` of the pages."""
    if len(pages) < 2:
        return pages
    keyed = [_edge_keys(page) for page in pages]
    counts = Counter(key for page_keys in keyed for key in set().union(*page_keys.values()))
    needed = max(2, math.ceil(MIN_RUNNING_SHARE * len(pages)))
    running = {key for key, n in counts.items() if n >= needed}
    return [
        [ln for i, ln in enumerate(page) if not page_keys.get(i, set()) & running]
        for page, page_keys in zip(pages, keyed)
    ]


def _edge_keys(lines: list[str]) -> dict[int, set[tuple[str, int, str]]]:
    """Map edge line index → its (side, depth, digit-blind text) keys; short pages give two."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    keys: dict[int, set[tuple[str, int, str]]] = {}
    for depth in range(min(RUNNING_DEPTH, len(filled))):
        for side, i in (("top", filled[depth]), ("bottom", filled[-1 - depth])):
            keys.setdefault(i, set()).add((side, depth, _normalise(lines[i])))
    return keys


def _normalise(line: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).strip()


def _edge_positions(lines: list[str], depth: int) -> set[int]:
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return set(filled[:depth] + filled[-depth:])


def join_pages(pages: list[str]) -> str:
    """Join non-empty page texts with one blank line between them."""
    return "\n\n".join(text.strip("\n") for text in pages if text.strip())


def dehyphenate(text: str) -> str:
    """Undo line-end hyphenation in Latin script, also across a page break.

    ``deter-\\nrence`` → ``deterrence``; before a capital or digit the hyphen is real and kept
    (``Sino-\\nAmerican`` → ``Sino-American``), as after prefixes in ``KEEP_HYPHEN`` and inside
    compounds (``long-term-\\nplanning``). A soft hyphen
    (U+00AD) is always dropped.
    """
    return _HYPHEN_BREAK.sub(_rejoin, text)


def _rejoin(match: re.Match[str]) -> str:
    word, hyphen, following = match.group(1), match.group(2), match.group(3)
    if hyphen == "\u00ad":
        return word
    in_compound = match.start() > 0 and match.string[match.start() - 1] in "-\u2010"
    if following.islower() and not in_compound and word.lower() not in KEEP_HYPHEN:
        return word
    return word + "-"
