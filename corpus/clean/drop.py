"""Rules that drop noise blocks: WeChat boilerplate, link lists, and the footer after "更多阅读".

Every dropped block is recorded in ``Notes.removed`` (kind ``"dropped"``) with its text and source
span, so nothing disappears silently. The phrases and markers live in
``corpus/data/clean/boilerplate.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus.tracked import TrackedText

from .base import Notes
from .markup import link_share, visible_text
from .spans import iter_blocks
from .tables import boilerplate

MAX_PHRASE_BLOCK = 60
"""A block with a boilerplate phrase is dropped only if its visible text is at most this long."""
MAX_FOOTER_BLOCK = 40
"""After a footer marker, blocks with at most this much visible text are footer too."""
MIN_LINK_SHARE = 0.5
"""A block whose visible text is at least this share link text is a link list."""
_RAW_LIMIT = 4000  # longer raw blocks are body text: skip the (costlier) visible-text view
_MARKER_TRIM = "：:|-—>》<《·•*#[]【】()（） "


def _drop(tt: TrackedText, notes: Notes, rule: str, spans: Iterable[tuple[int, int]]) -> TrackedText:
    spans = list(spans)
    for s, e in spans:
        notes.remove(rule, "dropped", tt, s, e)
    return tt.splice([(s, e, "") for s, e in spans])


def is_boilerplate(visible: str, phrases: Iterable[str]) -> bool:
    """A short visible text that contains a boilerplate phrase."""
    return 0 < len(visible) <= MAX_PHRASE_BLOCK and any(p in visible for p in phrases)


def is_link_block(block: str) -> bool:
    """A markdown block that is mostly links (or only bare URLs)."""
    if "](" not in block and "://" not in block and "www." not in block:
        return False
    n, share = link_share(block)
    return n > 0 and share >= MIN_LINK_SHARE


def drop_boilerplate(tt: TrackedText, notes: Notes) -> TrackedText:
    """Drop short blocks containing a boilerplate phrase (收录于合集, 点击阅读原文, 设置星标…)."""
    phrases = boilerplate("phrase")
    text = tt.text
    spans = [
        (s, e) for s, e in iter_blocks(text)
        if e - s <= _RAW_LIMIT and is_boilerplate(visible_text(text[s:e]), phrases)
    ]
    return _drop(tt, notes, "drop_boilerplate", spans)


def drop_link_lists(tt: TrackedText, notes: Notes) -> TrackedText:
    """Drop blocks that are mostly links, wherever they stand."""
    text = tt.text
    spans = [(s, e) for s, e in iter_blocks(text) if is_link_block(text[s:e])]
    return _drop(tt, notes, "drop_link_lists", spans)


def _is_footer_block(block: str, phrases: tuple[str, ...]) -> bool:
    if len(block) > _RAW_LIMIT:
        return False
    vis = visible_text(block)
    return len(vis) <= MAX_FOOTER_BLOCK or is_boilerplate(vis, phrases) or is_link_block(block)


def drop_footer(tt: TrackedText, notes: Notes) -> TrackedText:
    """Drop a footer: a marker block (更多阅读, 往期回顾…) and the short blocks, link lists and
    boilerplate after it, up to the first real paragraph."""
    markers, phrases = set(boilerplate("marker")), boilerplate("phrase")
    text = tt.text
    spans: list[tuple[int, int]] = []
    in_footer = False
    for s, e in iter_blocks(text):
        block = text[s:e]
        if e - s <= 200 and visible_text(block).strip(_MARKER_TRIM) in markers:
            in_footer = True
        elif not (in_footer and _is_footer_block(block, phrases)):
            in_footer = False
            continue
        spans.append((s, e))
    return _drop(tt, notes, "drop_footer", spans)
