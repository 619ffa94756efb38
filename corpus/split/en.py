"""Latin-script sentence splitter (English; German and French through their lexicons).

One compiled regex finds end marks (``.``, ``?``, ``!``, ``…``, ``...``, also ``。！？``) followed
by optional closing quotes/brackets and whitespace; each candidate is then judged from the word
before the period and the token after it (see ``decide_period``). Abbreviations and sentence
starters are data (``corpus/data/split/<lang>.tsv``).

Choices (see also ``tests/corpus/test_split_en.py``):

* Never break before a lowercase word (``"Stop!" he said``, ``e.g. the``); ``iPhone``-style words
  count as capitalised.
* ``?``/``!`` break before anything else; an ellipsis breaks before a capitalised word or quote.
* Closing quotes and brackets stay with the sentence (``He said, "Stop." Then`` → break after
  ``."``); a straight ``"`` closes only when one is open. No break inside open ``(…)``/``[…]``.
* Numbered lists: a short number, a single letter or a roman numeral opening a sentence
  (``1.``, ``2.3.``, ``a.``, ``IV.``) is an enumerator and stays with its item.
* All-caps heading lines (``INTRODUCTION`` followed by a newline, or two or more all-caps words
  opening the paragraph before a capitalised word) are sentences of their own.
* URLs, e-mails, decimals and section numbers (``Section 2.3``) have no space after the period
  and so never break.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from corpus.cjk import IDEOGRAPH, IDEOGRAPH_RX
from corpus.split.lexicon import Lexicon, lexicon_for
from corpus.split.spans import Span, bracket_blocks, quote_aware_end, spans_from_cuts

_OPEN = "\"'“‘„«»([{¿¡"
_CLOSE_CHARS = "\"'”’»)\\]}“«"
_CANDIDATE = re.compile(
    rf"(?P<run>[.?!‽…。！？]+)(?:[{_CLOSE_CHARS}]|[ \u00a0\u202f]»|\[\d{{1,3}}\])*"
    rf"(?=\s|\Z|[{IDEOGRAPH}])"
)
_NEXT = re.compile(r"\s*(\S+)")
_NONSPACE = re.compile(r"\S")
_LEAD_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_INITIAL = re.compile(r"[A-Z]\.")
_ENUMERATOR = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[IVXL]{1,6}|[ivxl]{1,6}")
_ORDINAL = re.compile(r"\d{1,2}")
_PAIRS = (("(", ")"), ("[", "]"))
_OPENERS = re.compile(r"[(\[]")
_CAPS_LINE = re.compile(r"^[^\S\n]*([^a-z\n]{2,80}?)[^\S\n]*\n", re.M)
_CAPS_LEAD = re.compile(r"^[^\S\n]*(?:[A-Z][A-Z0-9'&-]+[^\S\n]+){2,}(?=[A-Z][a-z])", re.M)
_ACRONYM = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_LOWER = re.compile(r"[a-z]")


def split_en(text: str, lang: str = "en", *, lexicon: Lexicon | None = None) -> list[Span]:
    """Split one paragraph of English (or another Latin-script language) into sentences.

    Args:
        text: a paragraph (may contain newlines, treated as spaces).
        lang: ISO 639-1 code choosing the bundled lexicon (``en``, ``de``, ``fr``; others use
            the English one).
        lexicon: a custom lexicon (see ``corpus.split.lexicon.read_lexicon``) overriding ``lang``.

    Returns:
        ``(start, end)`` offsets into ``text``, in order, non-overlapping, whitespace-trimmed,
        never empty, together covering every non-space character of ``text``.
    """
    lex = lexicon if lexicon is not None else lexicon_for(lang)
    heads = sorted(set(_heading_cuts(text)))
    cuts = sorted(set(heads) | set(_punct_cuts(text, lex, heads)))
    return spans_from_cuts(text, cuts)


def split_de(text: str) -> list[Span]:
    """``split_en`` with the German lexicon."""
    return split_en(text, "de")


def split_fr(text: str) -> list[Span]:
    """``split_en`` with the French lexicon."""
    return split_en(text, "fr")


def _punct_cuts(text: str, lex: Lexicon, heads: list[int]) -> list[int]:
    """Cuts after end marks; ``heads`` (sorted heading cuts) also start new sentences."""
    cuts: list[int] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if heads:
            h = bisect_right(heads, m.start())
            start = max(start, heads[h - 1]) if h else start
        end = quote_aware_end(text, m.end("run"), m.end(), start)
        nxt = _NEXT.match(text, end)
        if nxt is None:
            break
        shape = next_shape(nxt.group(1), lex)
        if shape == "lower" or bracket_blocks(text, start, end, _PAIRS, _OPENERS):
            continue
        run = m.group("run")
        if run.strip(".…"):  # contains ? ! or a CJK mark
            ok = True
        elif run != ".":  # an ellipsis
            ok = shape != "digit"
        else:
            ok = decide_period(text, m.start(), start, shape, lex)
        if ok:
            cuts.append(end)
            start = end
    return cuts


def next_shape(token: str, lex: Lexicon) -> str:
    """Classify the token after an end mark.

    Returns:
        ``"lower"``, ``"digit"``, ``"starter"`` (in the lexicon's starters) or ``"upper"``
        (capitalised, Han, a single-letter initial, punctuation...).
    """
    core = token.lstrip(_OPEN) or token
    first = core[0]
    if first.isdigit():
        return "digit"
    if first.islower():
        return "upper" if _CAMEL.match(core) else "lower"
    if _INITIAL.fullmatch(core):
        return "upper"
    word = _LEAD_WORD.match(core)
    return "starter" if word and word.group() in lex.starters else "upper"


def decide_period(text: str, dot: int, start: int, shape: str, lex: Lexicon) -> bool:
    """Whether the single period at ``dot`` ends the sentence begun at ``start``.

    ``shape`` is the ``next_shape`` of the following token (never ``"lower"`` here).
    """
    raw = _word_before(text, max(start, dot - 80), dot)
    token = raw.lstrip(_OPEN)
    if not token:
        return True
    if not _NONSPACE.search(text, start, dot - len(raw)) and _ENUMERATOR.fullmatch(token):
        return False  # "1. First item", "IV. Results": the enumerator opens its item
    kind = lex.kind(token)
    if kind in ("title", "inner"):
        return False
    if kind == "final":
        return shape == "starter" or (shape == "upper" and not lex.capitalised_nouns)
    if kind == "number" or _ACRONYM.fullmatch(token):  # No. 4, Jan. 5; U.S. Army, a.m., Ph.D.
        return shape == "starter"
    if len(token) == 1 and token.isupper():  # an initial: J. R. R. Tolkien, George H. W. Bush
        return shape == "starter"
    if lex.ordinal_numbers and _ORDINAL.fullmatch(token):  # am 3. Oktober
        return shape == "starter"
    return True


def _word_before(text: str, lo: int, dot: int) -> str:
    """The whitespace-free run of characters ending at ``dot`` (within ``text[lo:dot]``)."""
    j = max(text.rfind(" ", lo, dot), text.rfind("\n", lo, dot))
    word = text[max(lo, j + 1):dot]
    if word and not word[-1].isspace():
        parts = word.split()  # other whitespace: tabs, no-break spaces
        return parts[-1] if parts else ""
    return ""


def _heading_cuts(text: str) -> list[int]:
    """Cuts around all-caps heading lines and after all-caps titles opening a line."""
    if not _LOWER.search(text):
        return []  # all-caps paragraph: headings cannot be told apart
    cuts = [cut for m in _CAPS_LINE.finditer(text) if _is_heading(m.group(1))
            for cut in (m.start(), m.end())]
    cuts.extend(m.end() for m in _CAPS_LEAD.finditer(text))
    return cuts


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 2
        and not any(c.islower() for c in letters)
        and line[-1] not in ".?!:;,"
        and not IDEOGRAPH_RX.search(line)
    )
