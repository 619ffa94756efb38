"""Character-level normalisation of Chinese/English text (pure functions).

Every function takes a ``str`` or a ``corpus.tracked.TrackedText`` and returns the same type, so the
cleaner applies them to tracked text (keeping source offsets) and tests call them on plain strings.
Nothing here applies NFKC: only full-width ASCII letters/digits and odd spaces are folded; Chinese
punctuation (，。；：！？“”（）、《》【】…) is kept as it is.
"""

from __future__ import annotations

import re

from corpus.cjk import CJK_LIKE, FULLWIDTH_PUNCT, IDEOGRAPH, IDEOGRAPH_RX, INTERPUNCTS
from corpus.tracked import T, TrackedText, plain, sub

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


def _map_chars(text: T, rx: re.Pattern[str], table: dict[int, int]) -> T:
    """Translate the runs ``rx`` finds with a 1→1 ``table`` (str.translate over a whole CJK text is
    slow; runs of odd characters are rare)."""
    s = plain(text)
    if rx.search(s) is None:
        return text
    new = rx.sub(lambda m: m.group().translate(table), s)
    return TrackedText(new, text.offsets) if isinstance(text, TrackedText) else new


def _ideograph_before(m: re.Match[str]) -> bool:
    return m.start() > 0 and IDEOGRAPH_RX.match(m.string, m.start() - 1) is not None


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
    present = "".join(c for c in symbols if c in plain(text))
    if not present:
        return text
    cls = re.escape(present)
    before = re.compile(f"  *(?=[{cls}] *[{IDEOGRAPH}])")
    text = sub(text, before, lambda m: "" if _ideograph_before(m) else m.group())
    symbol = re.compile(f"[{cls}] *(?=[{IDEOGRAPH}])")
    new = replacement or None
    return sub(text, symbol, lambda m: (new or m.group()[0]) if _ideograph_before(m) else m.group())


def trim_line_ends(text: T) -> T:
    """Remove spaces at line ends, so lines holding only spaces become blank lines."""
    return sub(text, _LINE_END_SPACE_RX, "")


def collapse_whitespace(text: T) -> T:
    """Collapse runs of spaces, trim spaces at line ends, keep at most one blank line in a row and
    no blank lines at the start or end."""
    text = trim_line_ends(sub(text, _SPACE_RUN_RX, " "))
    text = sub(text, _LINE_START_SPACE_RX, "\n")
    text = sub(text, _BLANK_RUN_RX, "\n\n")
    return _strip(text, " \n")


def _strip(text: T, chars: str) -> T:
    """``str.strip(chars)`` for str or TrackedText."""
    s = plain(text)
    start = len(s) - len(s.lstrip(chars))
    end = len(s.rstrip(chars))
    if isinstance(text, TrackedText):
        return text if (start, end) == (0, len(s)) else text.slice(start, max(start, end))
    return s[start:end]
