"""Heading rules. Headings are marked with a markdown ``# `` prefix inside the pipeline; the final
assembly turns ``# `` lines into heading blocks (this is also how the docx reader marks them)."""

from __future__ import annotations

import re

from corpus.tracked import Edit, TrackedText

from .base import Notes
from .markup import link_share, visible_text
from .spans import iter_blocks

MAX_HEADING_CHARS = 40
"""A bold line is a heading only if its visible text is at most this long."""
FINAL_PUNCT = "。！？!?；;：:，,、…"
"""A line ending with one of these is a sentence, not a heading."""
HEADING_MARK_RX = re.compile(r"##{0,5} +")  # literal-led: fast to scan for
HEADING_LINE_RX = re.compile(r"(?m)^ {0,3}#{1,6} +\S[^\n]*$")
#: A line led by a run of 3+ stars, or wrapped in ``**``/``__`` from start to end.
_BOLD_LINE_RX = re.compile(r" *(?:\*{3,}|\*\*(?=.*\*\* *$)|__(?=.*__ *$))")


def is_bold_heading(line: str) -> bool:
    """A one-line markdown block that is bold, short and without final punctuation."""
    if len(line) > 400 or not _BOLD_LINE_RX.match(line):
        return False
    vis = visible_text(line)
    if not vis or len(vis) > MAX_HEADING_CHARS or vis[-1] in FINAL_PUNCT:
        return False
    return link_share(line)[0] == 0


def bold_headings(tt: TrackedText, notes: Notes) -> TrackedText:
    """Mark bold one-line blocks without final punctuation (``**简 介**``,
    ``************核心观点 ** **``) as headings."""
    text = tt.text
    edits: list[Edit] = []
    for s, e in iter_blocks(text):
        line = text[s:e]
        if "\n" not in line and is_bold_heading(line):
            lead = s + len(line) - len(line.lstrip(" "))
            edits.append((lead, lead, "# "))
    return tt.splice(edits)


def isolate_headings(tt: TrackedText, notes: Notes) -> TrackedText:
    """Put every ``#`` heading line in a block of its own (blank lines around it)."""
    text = tt.text
    edits: list[Edit] = []
    for m in HEADING_LINE_RX.finditer(text):
        s, e = m.span()
        if s >= 2 and text[s - 2] != "\n":
            edits.append((s, s, "\n"))
        if e + 1 < len(text) and text[e + 1] != "\n":
            edits.append((e, e, "\n"))
    return tt.splice(edits)
