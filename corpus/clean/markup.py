"""Markdown/HTML inline syntax: patterns and rules that strip it, keeping the visible text.

The functions take a ``str`` or a ``TrackedText`` (see ``corpus.tracked.sub``); the rule wrappers
in ``corpus.clean.rules`` apply them to the whole text. ``visible_text`` gives the plain view of a
block that other rules use to decide (drop it? is it a heading?).
"""

from __future__ import annotations

import html
import re
from itertools import chain

from corpus.tracked import Edit, T, TrackedText, plain, sub

_URL_CHARS = r"[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]"
_DEST = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"

HTML_COMMENT_RX = re.compile(r"<!--.*?-->", re.S)
HTML_BREAK_RX = re.compile(r"<br\s*/?>|</(?:p|div|section|h[1-6]|li|tr|blockquote)>", re.I)
HTML_TAG_RX = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
HTML_ENTITY_RX = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
IMAGE_RX = re.compile(r"!\[[^\]\n]*\]" + _DEST)
#: ``[text](url)``; the text may wrap over lines but not over a blank line.
LINK_RX = re.compile(r"\[((?:[^\[\]\n]|\n(?!\n))*)\]" + _DEST)
AUTOLINK_RX = re.compile(r"<(?:https?|ftp)://[^>\s]+>")
URL_RXS = (  # one literal-led pattern each, so the regex engine scans fast
    re.compile(rf"https?://{_URL_CHARS}+(?<![.,;:!?'])"),
    re.compile(rf"ftp://{_URL_CHARS}+(?<![.,;:!?'])"),
    re.compile(rf"www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/{_URL_CHARS}*)?(?<![.,;:!?'])"),
)
STAR_RUN_RX = re.compile(r"\*\*+")
ITALIC_RX = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
LONE_STAR_RX = re.compile(r"\*(?<![^ \n]\*)(?=[ \n]|\Z)")
UNDERSCORE_RUN_RX = re.compile(r"__+")
STRIKE_RX = re.compile(r"~~+")
CODE_RX = re.compile(r"`+")
_MARKER_LINE = r" *(?:[*_~][ *_~]*|[-=]{3,} *)(?=\n|\Z)"
#: A line holding only emphasis markers, or a thematic break / setext underline (first line and
#: other lines apart: a leading literal '\n' lets the regex engine scan fast).
MARKER_FIRST_LINE_RX = re.compile(r"\A" + _MARKER_LINE)
MARKER_LINE_RX = re.compile(r"\n" + _MARKER_LINE)
LIST_ITEM_RX = re.compile(r"(?m)^ {0,3}(?:([*+-])|\d{1,3}[.)]) +(?=\S)")
_ITEM = r"( {0,3}(?:([*+-])|\d{1,3}[.)]) +)(?=\S)"
_ITEM_RXS = (re.compile(r"\A" + _ITEM), re.compile(r"\n" + _ITEM))
BLOCKQUOTE_RX = re.compile(r"(?m)^ {0,3}> ?")


def _underscores(m: re.Match[str]) -> str:
    """``__`` is markup unless it sits inside a word (``__init__`` keeps its underscores)."""
    s, e, text = m.start(), m.end(), m.string
    inside = s > 0 and e < len(text) and text[s - 1].isalnum() and text[e].isalnum()
    return m.group() if inside else ""


def _unescape(m: re.Match[str]) -> str:
    return html.unescape(m.group(0))


def _has(text: str | TrackedText, *needles: str) -> bool:
    return any(n in plain(text) for n in needles)


def strip_html(text: T) -> T:
    """Remove HTML comments and tags (line breaks and closing block tags become ``\\n``) and
    decode character entities (``&amp;`` → ``&``)."""
    if _has(text, "<"):
        text = sub(text, HTML_COMMENT_RX, "")
        text = sub(text, HTML_BREAK_RX, "\n")
        text = sub(text, HTML_TAG_RX, "")
    return sub(text, HTML_ENTITY_RX, _unescape) if _has(text, "&") else text


def strip_images(text: T) -> T:
    """Remove image links ``![alt](src)`` (alt text included)."""
    return sub(text, IMAGE_RX, "") if _has(text, "![") else text


def strip_links(text: T) -> T:
    """``[text](url)`` → ``text``; ``<http://…>`` autolinks are removed."""
    if _has(text, "]("):
        text = sub(text, LINK_RX, lambda m: m.group(1))
    return sub(text, AUTOLINK_RX, "") if _has(text, "<") else text


def strip_urls(text: T) -> T:
    """Remove bare ``http(s)://``, ``ftp://`` and ``www.`` URLs."""
    for needle, rx in zip(("http", "ftp://", "www."), URL_RXS):
        if _has(text, needle):
            text = sub(text, rx, "")
    return text


def strip_emphasis(text: T) -> T:
    """Remove ``**``/``__`` markers, runs like ``******``, ``*italic*`` stars, lone stars, ``~~``
    and backticks, keeping the text they wrap."""
    if _has(text, "*"):
        text = sub(text, STAR_RUN_RX, "")
        text = sub(text, ITALIC_RX, lambda m: m.group(1))
        text = sub(text, LONE_STAR_RX, "")
    if _has(text, "__"):
        text = sub(text, UNDERSCORE_RUN_RX, _underscores)
    if _has(text, "~~"):
        text = sub(text, STRIKE_RX, "")
    return sub(text, CODE_RX, "") if _has(text, "`") else text


def blank_marker_lines(text: T) -> T:
    """Empty the lines that hold only emphasis markers (``** **``, ``****``) or ``---``/``===``."""
    if not _has(text, "*", "_", "~", "---", "==="):
        return text
    text = sub(text, MARKER_FIRST_LINE_RX, "")
    return sub(text, MARKER_LINE_RX, "\n")


def strip_blockquotes(text: T) -> T:
    """Remove ``>`` blockquote prefixes."""
    return sub(text, BLOCKQUOTE_RX, "") if _has(text, ">") else text


def split_list_items(tt: TrackedText) -> TrackedText:
    """Make every list item (``* a``, ``- a``, ``1. a``) its own block; drop bullet marks, keep
    numbers."""
    text = tt.text
    edits: list[Edit] = []
    for m in sorted(chain(*(rx.finditer(text) for rx in _ITEM_RXS)), key=lambda m: m.start(1)):
        s = m.start(1)
        gap = "\n" if s >= 2 and text[s - 2] != "\n" else ""  # previous line is not blank
        if m.group(2):
            edits.append((s, m.end(1), gap))
        elif gap:
            edits.append((s, s, gap))
    return tt.splice(edits)


_INVISIBLE_MARKUP_RX = re.compile(r"[\s*_~`]+")


def visible_text(text: str) -> str:
    """What a reader sees of a markdown snippet, for decisions only: images, link targets, URLs,
    emphasis characters, list bullets and all whitespace removed."""
    if "![" in text:
        text = IMAGE_RX.sub("", text)
    if "](" in text:
        text = LINK_RX.sub(r"\1", text)
    if "<" in text:
        text = AUTOLINK_RX.sub("", text)
    if "://" in text or "www." in text:
        for rx in URL_RXS:
            text = rx.sub("", text)
    if "- " in text or "+ " in text:
        text = LIST_ITEM_RX.sub(lambda m: "" if m.group(1) else m.group(0), text)
    return _INVISIBLE_MARKUP_RX.sub("", text)


def link_share(text: str) -> tuple[int, float]:
    """Links in a markdown snippet: (number of links and bare URLs, share of the visible text that
    is link text). A snippet with links but no visible text has share 1.0."""
    links = LINK_RX.findall(text)
    rest = LINK_RX.sub("", text)
    n = len(links) + sum(len(rx.findall(rest)) for rx in URL_RXS)
    if n == 0:
        return 0, 0.0
    total = len(visible_text(text))
    if total == 0:
        return n, 1.0
    return n, sum(len(visible_text(t)) for t in links) / total
