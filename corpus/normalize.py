"""Character-level normalisation of Chinese/English text (pure functions).

Every function takes a ``str`` or a ``corpus.tracked.TrackedText`` and returns the same type, so the
cleaner applies them to tracked text (keeping source offsets) and tests call them on plain strings.
Nothing here applies NFKC: only full-width ASCII letters/digits and odd spaces are folded; Chinese
punctuation (，。；：！？“”（）、《》【】…) is kept as it is.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import TypeVar

from corpus.tracked import TrackedText

T = TypeVar("T", str, TrackedText)

#: CJK ideographs (BMP blocks and the supplementary ideograph planes).
IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f"
#: Punctuation that only Chinese/Japanese text uses (CJK symbols, full-width forms), no spaces.
FULLWIDTH_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe10-\ufe1f\ufe30-\ufe4f"
#: Punctuation shared by Chinese and Western text; it counts as CJK only beside an ideograph.
SHARED_PUNCT = "\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"
CJK_LIKE = IDEOGRAPH + FULLWIDTH_PUNCT + SHARED_PUNCT
#: Dots used as a name interpunct (特伦斯·罗里格): middle dot, katakana/half-width dots, bullets.
INTERPUNCTS = "\u00b7\u30fb\uff65\u2022\u2027\u2219\u22c5"

_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
    0x3000: ord(" "),
}
_FULLWIDTH_ALNUM_RX = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]+")
_ODD_SPACES = {c: ord(" ") for c in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000)}
_ODD_SPACES.update({c: ord(" ") for c in range(0x2000, 0x200B)})
_ODD_SPACES_RX = re.compile("[\t\x0b\x0c\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

# Hot patterns start with the character they consume (' ' or '\n') and look behind afterwards, so
# the regex engine can scan for that character instead of testing a look-behind at every position.
_IDEOGRAPH_RX = re.compile(f"[{IDEOGRAPH}]")
_INVISIBLE_RX = re.compile("[\r\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACE_BETWEEN_CJK_RX = re.compile(
    f" (?:(?<=[{IDEOGRAPH}{FULLWIDTH_PUNCT}] ) *(?=[{CJK_LIKE}])"
    f"|(?<=[{CJK_LIKE}] ) *(?=[{IDEOGRAPH}{FULLWIDTH_PUNCT}]))"
)
# a space after '#' is a markdown heading mark ("# 【作者介绍】") and stays
_SPACE_AT_FULLWIDTH_RX = re.compile(
    f" (?:(?<=[{FULLWIDTH_PUNCT}] ) *|(?<!# ) *(?=[{FULLWIDTH_PUNCT}]))"
)
_SPACE_RUN_RX = re.compile(r"  +")
_LINE_END_SPACE_RX = re.compile(r"  *(?=\n|\Z)")
_LINE_START_SPACE_RX = re.compile(r"\n  *")
_BLANK_RUN_RX = re.compile(r"\n\n\n+")


def sub(text: T, rx: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> T:
    """``rx.sub`` on a str (``repl`` taken literally) or a TrackedText.

    On tracked text, kept characters keep their offsets; a replacement that occurs inside the
    matched text keeps the offsets of that occurrence, any other takes the offset of the match
    start (as ``TrackedText.sub``, but with the offsets rebuilt in bulk: many matches stay fast).
    """
    if isinstance(text, TrackedText):
        return _tracked_sub(text, rx, repl)
    if isinstance(repl, str):
        return rx.sub(repl.replace("\\", "\\\\"), text)
    return rx.sub(repl, text)


_FEW_MATCHES = 64


def _tracked_sub(
    tt: TrackedText, rx: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]
) -> TrackedText:
    if isinstance(repl, str) and rx.groups == 0:
        return _tracked_sub_literal(tt, rx, repl)
    spans: list[int] = []
    sizes: list[int] = []
    found: list[int] = []

    def record(m: re.Match[str]) -> str:
        new = repl if isinstance(repl, str) else repl(m)
        spans.extend(m.span())
        sizes.append(len(new))
        found.append(m.group().find(new) if new else 0)
        return new

    new_text = rx.sub(record, tt.text)
    if len(sizes) <= _FEW_MATCHES:
        return tt.sub(rx, repl) if sizes else tt
    return TrackedText(new_text, _rebuild_offsets(tt.offsets, spans, sizes, found))


@lru_cache(maxsize=256)
def _splitter(rx: re.Pattern[str]) -> re.Pattern[str]:
    pattern = re.sub(r"\A\(\?[aiLmsux]+\)", "", rx.pattern)  # inline flags are in rx.flags
    return re.compile(f"({pattern})", rx.flags)


def _tracked_sub_literal(tt: TrackedText, rx: re.Pattern[str], repl: str) -> TrackedText:
    """Literal replacement with C-level loops only: split keeps the matches, lengths give spans."""
    import numpy as np

    parts = _splitter(rx).split(tt.text)
    if len(parts) <= 2 * _FEW_MATCHES + 1:
        return tt.sub(rx, repl) if len(parts) > 1 else tt
    matches = parts[1::2]
    ends = np.cumsum(np.fromiter(map(len, parts), np.int64, len(parts)))[1::2]
    starts = ends - np.fromiter(map(len, matches), np.int64, len(matches))
    spans = np.column_stack((starts, ends)).ravel()
    found = (
        np.fromiter(map(str.find, matches, repeat(repl)), np.int64, len(matches))
        if repl else np.zeros(len(matches), np.int64)
    )
    sizes = np.full(len(matches), len(repl), np.int64)
    new_text = repl.join(parts[0::2])
    return TrackedText(new_text, _rebuild_offsets(tt.offsets, spans, sizes, found))


def _rebuild_offsets(offsets: array, spans: Sequence[int], sizes: Sequence[int],
                     found: Sequence[int]) -> array:
    """Offsets after replacing each span by ``sizes[i]`` characters, vectorised.

    Args:
        offsets: source offsets of the text, shape (n,).
        spans: flat (start0, end0, start1, end1, ...) of the matches, in order, shape (2m,).
        sizes: length of each replacement, shape (m,).
        found: where each replacement occurs inside its matched text (its characters keep those
            offsets) or a negative number (they all take the offset of the match start), (m,).
    """
    import numpy as np

    n = len(offsets)
    src = np.frombuffer(offsets, dtype=np.int64) if n else np.zeros(0, np.int64)
    flat = np.asarray(spans, dtype=np.int64)
    start, end = flat[0::2], flat[1::2]
    cover = np.bincount(start, minlength=n + 1) - np.bincount(end, minlength=n + 1)
    out = src[np.cumsum(cover[:n]) == 0]
    k = np.asarray(sizes, dtype=np.int64)
    if k.any():
        where = np.asarray(found, dtype=np.int64)
        exact = where >= 0
        first = np.cumsum(k) - k
        step = (np.arange(int(k.sum())) - np.repeat(first, k)) * np.repeat(exact, k)
        index = np.repeat(np.where(exact, start + where, start), k) + step
        padded = np.append(src, src[-1] + 1 if n else 0)
        removed_before = np.cumsum(end - start) - (end - start)
        out = np.insert(out, np.repeat(start - removed_before, k), padded[index])
    result = array("l")
    result.frombytes(memoryview(np.ascontiguousarray(out, dtype=np.int64)).cast("B"))
    return result


def _map_chars(text: T, rx: re.Pattern[str], table: dict[int, int]) -> T:
    """Translate the runs ``rx`` finds with a 1→1 ``table`` (str.translate over a whole CJK text is
    slow; runs of odd characters are rare)."""
    plain = text.text if isinstance(text, TrackedText) else text
    if rx.search(plain) is None:
        return text
    new = rx.sub(lambda m: m.group().translate(table), plain)
    return TrackedText(new, text.offsets) if isinstance(text, TrackedText) else new


def _ideograph_before(m: re.Match[str]) -> bool:
    return m.start() > 0 and _IDEOGRAPH_RX.match(m.string, m.start() - 1) is not None


def fullwidth_to_ascii(text: T) -> T:
    """Map full-width letters/digits (Ａ-Ｚ, ａ-ｚ, ０-９) and the ideographic space to ASCII.

    Full-width punctuation (，。（）％＆…) is left alone.
    """
    return _map_chars(text, _FULLWIDTH_ALNUM_RX, _FULLWIDTH_ALNUM)


def normalize_space_chars(text: T) -> T:
    """Tabs, no-break and other odd spaces become ' '; zero-width characters, soft hyphens and
    carriage returns are removed."""
    return sub(_map_chars(text, _ODD_SPACES_RX, _ODD_SPACES), _INVISIBLE_RX, "")


def normalize_interpunct(text: T) -> T:
    """A name interpunct between two ideographs becomes '·' with no spaces around it.

    ``特伦斯 ·罗里格`` → ``特伦斯·罗里格``; ``・``, ``•``, ``‧`` between ideographs → ``·``.
    """
    return _tighten_between_ideographs(text, INTERPUNCTS, "\u00b7")


def normalize_cjk_spacing(text: T) -> T:
    """Remove spaces between CJK characters and around full-width punctuation.

    ``简 介`` → ``简介``, ``Quarterly ，Volume`` → ``Quarterly，Volume``, ``理论 &核`` → ``理论&核``.
    Spaces between Latin words, between Latin and CJK, and after a ``#`` heading mark are kept.
    """
    text = sub(text, _SPACE_BETWEEN_CJK_RX, "")
    text = sub(text, _SPACE_AT_FULLWIDTH_RX, "")
    return _tighten_between_ideographs(text, "&/+", "")


def _tighten_between_ideographs(text: T, symbols: str, replacement: str) -> T:
    """Remove spaces around any of ``symbols`` standing between two ideographs, and replace the
    symbol by ``replacement`` (when given)."""
    plain = text.text if isinstance(text, TrackedText) else text
    present = "".join(c for c in symbols if c in plain)
    if not present:
        return text
    cls = re.escape(present)
    before = re.compile(f"  *(?=[{cls}] *[{IDEOGRAPH}])")
    text = sub(text, before, lambda m: "" if _ideograph_before(m) else m.group())
    symbol = re.compile(f"[{cls}] *(?=[{IDEOGRAPH}])")
    new = replacement or None
    return sub(text, symbol, lambda m: (new or m.group()[0]) if _ideograph_before(m) else m.group())


def collapse_whitespace(text: T) -> T:
    """Collapse runs of spaces, trim spaces at line ends, keep at most one blank line in a row and
    no blank lines at the start or end."""
    text = sub(text, _SPACE_RUN_RX, " ")
    text = sub(text, _LINE_END_SPACE_RX, "")
    text = sub(text, _LINE_START_SPACE_RX, "\n")
    text = sub(text, _BLANK_RUN_RX, "\n\n")
    return _strip(text, " \n")


def _strip(text: T, chars: str) -> T:
    """``str.strip(chars)`` for str or TrackedText."""
    plain = text.text if isinstance(text, TrackedText) else text
    start = len(plain) - len(plain.lstrip(chars))
    end = len(plain.rstrip(chars))
    if isinstance(text, TrackedText):
        return text if (start, end) == (0, len(plain)) else text.slice(start, max(start, end))
    return plain[start:end]


def count_ideographs(text: str) -> int:
    """Number of CJK ideographs in ``text``."""
    return len(_IDEOGRAPH_RX.findall(text))
