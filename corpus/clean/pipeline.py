"""``clean``: run the rules over a ``RawText`` and assemble the ``Document``."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from corpus.errors import ConfigError
from corpus.normalize import collapse_whitespace
from corpus.read.base import RawText
from corpus.tracked import Edit, TrackedText, line_starts
from corpus.types import Block, BlockKind, Document, SourceMap

from .base import CleanReport, Notes, Removal
from .headings import HEADING_MARK_RX
from .rules import rules_for
from .spans import BLOCK_RX

_MARKDOWN_HINT_RX = re.compile(r"\A---[ ]*\n|\*\*|!\[[^\]\n]*\]\(|\]\(https?:")
_CLOSING_HASHES_RX = re.compile(r" +#+ *$")
_LANG_RX = re.compile(r"[a-z]{2,3}")


def looks_like_markdown(text: str) -> bool:
    """True when a txt file carries markdown: front matter, ``**``, ``![](`` or ``](http``."""
    return _MARKDOWN_HINT_RX.search(text) is not None


def _starts_block(text: str, i: int) -> bool:
    """``text[i]`` starts a line that follows a blank line (or the start of the text)."""
    return i == 0 or (text[i - 1] == "\n" and (i == 1 or text[i - 2] == "\n"))


def _assemble(tt: TrackedText) -> tuple[TrackedText, tuple[Block, ...]]:
    """Turn the rule output into the document text: ``# `` marks of heading blocks are removed
    (their blocks become headings), blank-line runs collapse to one blank line."""
    text = tt.text
    edits: list[Edit] = []
    heading_starts = set()
    for m in HEADING_MARK_RX.finditer(text):
        s = m.start()
        if _starts_block(text, s) and m.end() < len(text):
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            closing = _CLOSING_HASHES_RX.search(text, m.end(), line_end)
            edits.append((s, m.end(), ""))
            if closing and closing.start() > m.end():
                edits.append((closing.start(), line_end, ""))
            heading_starts.add(tt.offsets[m.end()])
    final = collapse_whitespace(tt.splice(edits))
    offs = final.offsets
    spans = [m.span() for m in BLOCK_RX.finditer(final.text)]
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    kinds: list[BlockKind] = (
        ["heading" if offs[s] in heading_starts else "paragraph" for s in starts]
        if heading_starts else ["paragraph"] * len(spans)
    )
    return final, tuple(map(Block, kinds, starts, ends))


def _with_lines(removed: list[Removal], starts: array) -> tuple[Removal, ...]:
    return tuple(
        replace(r, line=bisect_right(starts, r.start), end_line=bisect_right(starts, r.end - 1))
        for r in sorted(removed, key=lambda r: r.start)
    )


def _meta(raw: RawText, notes: Notes, report: CleanReport) -> dict[str, str]:
    meta = {k: str(v) for k, v in raw.meta.items()}
    meta.update(notes.meta)
    meta.update(path=raw.path, reader=raw.format, markup="markdown" if report.markdown else "plain")
    if raw.encoding:
        meta["encoding"] = raw.encoding
    dropped = report.dropped
    meta["removed_blocks"] = str(len(dropped))
    if dropped:
        meta["removed_text"] = "\n\n".join(r.text for r in dropped)
    return meta


def clean_with_report(
    raw: RawText, *, lang: str, doc_id: str | None = None
) -> tuple[Document, CleanReport]:
    """Clean ``raw`` and say what was removed; see ``clean``.

    Returns:
        (document, report): ``report.removed`` lists every block a rule removed (dropped noise or
        moved into meta), with its text and source lines.
    """
    if not _LANG_RX.fullmatch(lang or ""):
        raise ConfigError(f"language must be an ISO 639-1 code such as 'zh' or 'en', got {lang!r}")
    markdown = raw.format == "md" or (raw.format == "txt" and looks_like_markdown(raw.text))
    rules = rules_for(markdown=markdown, plain=raw.format == "txt" and not markdown)
    tt, notes = TrackedText.from_source(raw.text), Notes()
    for rule in rules:
        tt = rule.func(tt, notes)
    cleaned, blocks = _assemble(tt)
    starts = line_starts(raw.text)
    removed = _with_lines(notes.removed, starts)
    report = CleanReport(removed, tuple(r.name for r in rules), markdown)
    doc = Document(
        id=doc_id or Path(raw.path).stem or "doc",
        lang=lang,
        text=cleaned.text,
        blocks=blocks,
        meta=_meta(raw, notes, report),
        source_map=SourceMap(cleaned.offsets, starts),
    )
    return doc, report


def clean(raw: RawText, *, lang: str, doc_id: str | None = None) -> Document:
    """Clean one read file into a ``Document`` of heading and paragraph blocks.

    Markdown/WeChat rules run on md input and on txt that looks like markdown; other input gets
    the generic rules only (see ``corpus.clean.rules.RULES``).

    Args:
        raw: the reader's output.
        lang: ISO 639-1 language of the text (``"zh"``, ``"en"``).
        doc_id: document id; defaults to the file stem.

    Returns:
        The document: ``text`` is the blocks joined by blank lines, ``meta`` holds front matter,
        article info, reader metadata and ``removed_blocks``/``removed_text``, and ``source_map``
        maps every cleaned character to its source offset and line.
    """
    return clean_with_report(raw, lang=lang, doc_id=doc_id)[0]
