"""Chinese sentence splitter: rule-based, one compiled regex pass plus a check per end mark.

Choices (see also ``tests/corpus/test_split_zh.py``):

* A sentence ends after ``。！？；｡``, an ellipsis (``…``, ``……``, ``⋯``, ``...``, ``。。。``), or a
  full-width ``．`` right after a Han character. Runs of marks stay together (``！？``, ``……。``).
* Closing quotes and brackets after the marks stay with the sentence (``。”``, ``！」``,
  ``？）``, ``”）``); a straight ``"`` does only when a quote is open in the sentence.
* No break inside an open ``（…）``, ``(…)``, ``【…】``, ``[…]``, ``《…》`` or ``〈…〉`` (titles and
  notes), nor before ``，、：,:`` or a closing mark, nor between ``……`` and ``等``.
* Numbers with periods (``0.426``, ``2018.10.29``, ``10.29-11.2``, ``v2.0``), ``U.S.``, ``e.g.``
  and other English fragments never break: a period is an end mark only if it follows a word of
  two or more ASCII letters that is not an abbreviation of the English lexicon *and* Han text
  follows (``... it is over. 然后``). ASCII ``!``/``?`` end a sentence when Han text follows.
* Enumerations: ``1.``, ``（1）``, ``①`` are never end marks, so an inline list
  ``…包括：1.拥有…；2.采用…。`` splits at ``；``/``。`` with each enumerator leading its item; the
  intro (``…包括：``) stays with item 1 (``：`` is not an end mark).
* Quotes do not block breaks (``他说：“我们走。你们留下。”`` is two sentences), and a quoted
  exclamation before its attribution splits (``“快跑！”`` | ``他喊道。``), as in most Chinese
  splitters; telling it from ``…。”随后…`` would need syntax.
* A piece without letters, digits or Han (a leading ``...``, a trailing ``——``, a stray ``。``
  after ``！”``) is glued onto its neighbour, so every sentence has content.
* Newlines count as spaces (``split_sentences(..., hard_newlines=True)`` makes them breaks).
"""

from __future__ import annotations

import re

from corpus.cjk import IDEOGRAPH
from corpus.split.lexicon import lexicon_for
from corpus.split.spans import Span, bracket_blocks, quote_aware_end, spans_from_cuts

_STRONG = "。！？；｡…⋯"
_CLOSE = "”’」』）)】〕］\\]\"'"
#: What may follow a weak (ASCII) end mark for it to count: Han text or an opening CJK mark.
_HAN_START = f"[{IDEOGRAPH}“‘「『（【《〈]"
# Lookbehinds follow the literal they guard, so the scan skips ordinary text quickly.
_RUN = rf"(?:[{_STRONG}!?]|\.{{2,}}|．(?<=[{IDEOGRAPH}]．))+"
_WEAK_DOT = rf"\.(?<=[A-Za-z][A-Za-z]\.)(?=[{_CLOSE}]*\s*{_HAN_START})"
_CANDIDATE = re.compile(rf"(?P<run>{_RUN}|{_WEAK_DOT})[{_CLOSE}]*")
_NEXT = re.compile(r"\s*(\S)")
_HAN_START_RE = re.compile(_HAN_START)
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*\Z")
_NO_BREAK_BEFORE = frozenset("，、：,:；;”’」』）)】〕］]》〉")
_ELLIPSIS = re.compile(r"[…⋯.]+|。。+")
_PAIRS = (("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("《", "》"), ("〈", "〉"))
_OPENERS = re.compile("[（(【\\[《〈]")


def split_zh(text: str) -> list[Span]:
    """Split one Chinese paragraph into sentences.

    Args:
        text: a paragraph (may contain newlines, treated as spaces; English fragments allowed).

    Returns:
        ``(start, end)`` offsets into ``text``, in order, non-overlapping, whitespace-trimmed,
        never empty, together covering every non-space character of ``text``.
    """
    return spans_from_cuts(text, _cuts(text))


def _cuts(text: str) -> list[int]:
    cuts: list[int] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = quote_aware_end(text, m.end("run"), m.end(), start)
        if _breaks(text, m, start, end):
            cuts.append(end)
            start = end
    return cuts


def _breaks(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the end mark ``m`` (sentence ``text[start:end]``) ends a sentence."""
    nxt = _NEXT.match(text, end)
    if nxt is None or nxt.group(1) in _NO_BREAK_BEFORE:
        return False
    run = m.group("run")
    if run == "." or not run.strip("!?"):
        if not _HAN_START_RE.match(nxt.group(1)):
            return False
        if run == "." and _is_abbreviation(text, m.start()):
            return False
    elif nxt.group(1) == "等" and _ELLIPSIS.fullmatch(run):
        return False
    return not bracket_blocks(text, start, end, _PAIRS, _OPENERS)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, dot - 32), dot)
    token = word.group() if word else ""
    return "." in token or lexicon_for("en").kind(token) is not None
