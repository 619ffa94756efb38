"""The info block of a WeChat article: ``【文章原题】…``, ``【作者介绍】``, ``【本文编译】李桐``.

Known labels (``corpus/data/clean/info_labels.tsv``) are parsed into meta keys. In the text:
- a label alone on its line becomes a heading, and the paragraph after it is also its meta value;
- a label with its value on the same line is split into heading + paragraph when the value is real
  text (at least ``MIN_REAL_TEXT`` ideographs), else the line moves into meta entirely (recorded as
  a removal of kind ``"meta"``, e.g. an English original title or a translator's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.cjk import count_ideographs
from corpus.tracked import Edit, TrackedText

from .base import Notes
from .headings import HEADING_MARK_RX
from .tables import info_labels as label_table

MIN_REAL_TEXT = 8
"""An inline label value with at least this many ideographs stays in the text as a paragraph."""
LABEL_RX = re.compile(r"(?:#{1,6} +)?【 *([^【】\n]{1,12}?) *】[ ：:]*")


def _label_blocks(text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(block start, block end, label match) of the blocks that start with a ``【label】``."""
    for hit in re.finditer("【", text):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        if line_start > 1 and text[line_start - 2] != "\n":
            continue  # not the first line of a block
        m = LABEL_RX.match(text, line_start)
        if m and text.find("【", line_start) == hit.start():  # the label's own bracket
            end = text.find("\n\n", line_start)
            yield line_start, len(text) if end < 0 else end, m


def _next_paragraph(text: str, end: int) -> str:
    """The block after the one ending at ``end``, unless it is a heading or another label."""
    start = end + 2
    stop = text.find("\n\n", start)
    block = text[start:len(text) if stop < 0 else stop]
    return "" if HEADING_MARK_RX.match(block) or block.startswith("【") else block


def info_labels(tt: TrackedText, notes: Notes) -> TrackedText:
    """Parse the article info block into meta; keep label lines as headings (see module doc)."""
    labels = label_table()
    text = tt.text
    edits: list[Edit] = []
    for s, e, m in _label_blocks(text):
        key = labels.get(m.group(1).replace(" ", ""))
        if key is None:
            continue
        label_start, label_end, value_start = m.start(1), m.end(1), m.end()
        value = text[value_start:e].strip()
        notes.set_meta(key, value or _next_paragraph(text, e))
        if not value:
            edits += [(s, label_start, "# "), (label_end, e, "")]
        elif count_ideographs(value) >= MIN_REAL_TEXT:
            edits += [(s, label_start, "# "), (label_end, value_start, "\n\n")]
        else:
            notes.remove("info_labels", "meta", tt, s, e)
            edits.append((s, e, ""))
    return tt.splice(edits)
