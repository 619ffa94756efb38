"""``typography``: punctuation and script slips that a Chinese reader notices at once.

Rules (``Evidence.rule``), all also in monolingual mode except where noted:

- ``ascii-punct`` (warning): ASCII , . ; : ? ! ( ) ... written against Chinese characters
  (``北京,上海`` ``他来了.`` ``北京(首都)``). Not flagged: decimals (0.426), times, URLs, English
  fragments and abbreviations (``U.S.``, ``(NATO)``, an English title with its own colon).
- ``cjk-punct-in-english`` (warning, bilingual): full-width ，。；：！？（） in an English text
  that quotes no Chinese characters.
- ``unbalanced-bracket`` (warning): an unclosed or unopened （ ） 【 】 《 》 「 」 『 』 〈 〉 ( ) [ ]
  (list markers ``1)`` ``a)`` excepted).
- ``unbalanced-quote`` (info): an unclosed “ or unopened ” (or an odd number of ASCII ``"``); quotes
  are often split across sentences, so it is only info.
  Both balance rules are skipped for a pair when *both* sides are unbalanced: the quotation or
  parenthesis was split across sentences, not broken by the translator.
- ``traditional-char`` / ``simplified-char`` (warning): characters of the other script mixed into
  a text written (as a whole document) in simplified / traditional characters (see ``han_script``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from align.check.base import Check, CheckInput, Evidence
from align.check.han_script import HanScript, Script, default_han_script
from corpus.normalize import FULLWIDTH_PUNCT, IDEOGRAPH
from corpus.types import Severity

_CJK = re.compile(f"[{IDEOGRAPH}{FULLWIDTH_PUNCT}]")
_HAN = re.compile(f"[{IDEOGRAPH}]")
_ASCII_PUNCT = re.compile(r"\.{3}|[,.;:?!()]")
_URL = re.compile(r"(?:https?://|www\.)[\w./:%#?=&~+-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FULLWIDTH_OF = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（",
                 ")": "）", "...": "……"}
_CJK_PUNCT = re.compile("[，。；：！？（）、【】《》]")
_PAIRS = [("(（", ")）"), ("[", "]"), ("【", "】"), ("《", "》"), ("〈", "〉"), ("「", "」"),
          ("『", "』"), ("{", "}")]
_FAMILY = {ch: (k, side == 0) for k, pair in enumerate(_PAIRS)
           for side, chars in enumerate(pair) for ch in chars}
_BRACKET = re.compile(f"[{re.escape(''.join(_FAMILY))}]")
_QUOTE = re.compile('[“”"]')
_LIST_MARKER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[)）]")

Span = tuple[int, int]


def _neighbour(text: str, i: int, step: int) -> str:
    """Nearest character from ``i`` in direction ``step`` that is no space and no curly quote
    (quotes are shared by both languages); "" at the text edge."""
    while 0 <= i < len(text):
        if not text[i].isspace() and text[i] not in "“”‘’":
            return text[i]
        i += step
    return ""


def ascii_punct_spans(zh: str) -> list[Span]:
    """Spans of ASCII punctuation set against Chinese characters in ``zh``."""
    urls = [m.span() for m in _URL.finditer(zh)]
    out = []
    for m in _ASCII_PUNCT.finditer(zh):
        if any(a <= m.start() < b for a, b in urls):
            continue
        p, left, right = m.group(), _neighbour(zh, m.start() - 1, -1), _neighbour(zh, m.end(), 1)
        cjk_left, cjk_right = bool(_CJK.match(left)), bool(_CJK.match(right))
        if p == "(":
            bad = cjk_right
        elif p == ")":
            bad = cjk_left
        elif p in (".", "..."):
            bad = cjk_left and (not right or cjk_right)
        else:
            bad = cjk_left or cjk_right
        if bad:
            out.append(m.span())
    return out


def cjk_punct_spans(en: str) -> list[Span]:
    """Spans of full-width punctuation in English text that quotes no Chinese at all."""
    if _HAN.search(en):
        return []  # "the term 威慑（deterrence）": Chinese quoted with its own punctuation
    return [m.span() for m in _CJK_PUNCT.finditer(en)]


def bracket_spans(text: str) -> list[Span]:
    """Spans of brackets without a partner (same family: ( and （ pair with ) and ）)."""
    if not _BRACKET.search(text):
        return []
    markers = {m.end() - 1 for m in _LIST_MARKER.finditer(text)}
    stacks: dict[int, list[int]] = {}
    out: list[Span] = []
    for m in _BRACKET.finditer(text):
        family, is_open = _FAMILY[m.group()]
        stack = stacks.setdefault(family, [])
        if is_open:
            stack.append(m.start())
        elif m.start() not in markers:
            if stack:
                stack.pop()
            else:
                out.append(m.span())
    out.extend((i, i + 1) for stack in stacks.values() for i in stack)
    return sorted(out)


def quote_spans(text: str) -> list[Span]:
    """Spans of curly quotes without a partner, and the last ASCII ``"`` when their count is odd."""
    out: list[Span] = []
    stack: list[int] = []
    straight = []
    for m in _QUOTE.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "“":
            stack.append(i)
        elif ch == '"':
            straight.append(i)
        elif stack:
            stack.pop()
        else:
            out.append((i, i + 1))
    out.extend((i, i + 1) for i in stack)
    if len(straight) % 2:
        out.append((straight[-1], straight[-1] + 1))
    return sorted(out)


def _shown(text: str, spans: list[Span]) -> str:
    return ", ".join(f"'{text[a:b]}'" for a, b in spans[:5]) + (" …" if len(spans) > 5 else "")


class Typography(Check):
    """Punctuation, bracket/quote balance and mixed simplified/traditional characters.

    Args:
        threshold: issues tolerated per row and rule (default 0).
        han_script: traditional/simplified character tables (default: from OpenCC, lazily).
    """

    id = "typography"
    severity = "warning"
    direction = "high"
    bilingual_only = False

    def __init__(self, threshold: float = 0.0, han_script: HanScript | None = None):
        self.threshold = threshold
        self._han_script = han_script

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        """Evidence per row and rule that found something (value = number of spans)."""
        script = self._han_script or default_han_script()
        major = script.majority(data.zh)
        for row, zh in enumerate(data.zh):
            en = "" if data.monolingual or not data.en else data.en[row]
            yield from self._row(row, zh, en, script, major)

    def _row(self, row: int, zh: str, en: str, script: HanScript,
             major: Script) -> Iterator[Evidence]:
        spans = ascii_punct_spans(zh)
        if spans:
            fixes = ", ".join(f"'{zh[a:b]}' → '{_FULLWIDTH_OF[zh[a:b]]}'" for a, b in spans[:5])
            yield Evidence(row, len(spans), f"ASCII punctuation in the Chinese ({fixes})",
                           zh_spans=tuple(spans), rule="ascii-punct")
        spans = cjk_punct_spans(en)
        if spans:
            yield Evidence(row, len(spans), f"Chinese punctuation in the English ({_shown(en, spans)})",
                           en_spans=tuple(spans), rule="cjk-punct-in-english")
        yield from _unbalanced(row, zh, en, bracket_spans, "unbalanced-bracket", "bracket")
        yield from _unbalanced(row, zh, en, quote_spans, "unbalanced-quote", "quotation mark",
                               "info")
        strays = script.strays(zh, major)
        if strays:
            other = "traditional" if major == "simplified" else "simplified"
            chars = ", ".join(f"{s.char}→{s.suggestion}" for s in strays[:8])
            yield Evidence(row, len(strays), f"{other} characters in a {major} text ({chars})",
                           zh_spans=tuple((s.pos, s.pos + 1) for s in strays),
                           rule=f"{other}-char")


def _unbalanced(row: int, zh: str, en: str, find: Callable[[str], list[Span]], rule: str,
                what: str, severity: Severity | None = None) -> Iterator[Evidence]:
    zh_spans, en_spans = find(zh), find(en)
    if zh_spans and en_spans:
        return  # a bracket or quotation split across sentences on both sides
    for side, text, spans in (("zh", zh, zh_spans), ("en", en, en_spans)):
        if spans:
            yield _side_evidence(row, side, spans, rule, f"unbalanced {what} {_shown(text, spans)}",
                                 severity)


def _side_evidence(row: int, side: str, spans: list[Span], rule: str, message: str,
                   severity: Severity | None = None) -> Evidence:
    where = "the Chinese" if side == "zh" else "the English"
    zh_spans, en_spans = (tuple(spans), ()) if side == "zh" else ((), tuple(spans))
    return Evidence(row, len(spans), f"{message} in {where}", zh_spans, en_spans, rule, severity)
