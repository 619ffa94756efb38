"""Steps shared by the Chinese and English extractors: digit folding, list markers, year ranges."""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.numerals.types import Quantity

_FOLD = {0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF05: ord("%"), 0xFF0E: ord(".")}
_WIDE = re.compile("[０-９％．]")
_RANGE_DASHES = frozenset({"-", "–", "—", "－", "~", "～", "至", "到", "to"})
_TWO_DIGITS = re.compile(r"[1-9][0-9]年?")
_MARKER_CLOSE = frozenset({"、", ".", "．", ")", "）"})
_MARKDOWN = " \t*#>_-"
_CLAUSE_END = frozenset("；;。：:")


def to_ascii_digits(text: str) -> str:
    """Full-width digits, ％ and ． folded to ASCII (same length, so offsets stay valid)."""
    return text.translate(_FOLD) if _WIDE.search(text) else text


def marker_at(text: str, start: int, end: int, value: float) -> bool:
    """True when ``text[start:end]`` is a list enumerator: ``(1)`` ``（一）`` anywhere; ``1.``
    ``一、`` ``2)`` at the start of the text (markdown ``**`` ``#`` ``-`` allowed before) or after
    ；。：; ``1.5`` and ``1.2.3`` are no markers."""
    if value != int(value) or value > 99:
        return False
    before, after = text[:start], text[end:end + 1]
    if before[-1:] in ("(", "（") and after in (")", "）"):
        return True
    if after not in _MARKER_CLOSE or (after in ".．" and text[end + 1:end + 2].isdigit()):
        return False
    lead = before.rstrip(_MARKDOWN)
    return lead in ("", "(", "（") or lead[-1] in _CLAUSE_END


def _merge_century_decade(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "century" and q.kind == "decade"
                and q.start == prev.end and q.value < 100):
            value = (prev.value - 1) * 100 + q.value
            out[-1] = replace(q, value=value, start=prev.start, text=text[prev.start:q.end])
        else:
            out.append(q)
    return out


def _expand_year_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``1958-59`` → 1958, 1959 (the second year is written with two digits)."""
    out = list(qs)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.form == b.form == "digits" and 1000 <= a.value <= 2999 and a.value == int(a.value)
                and _TWO_DIGITS.fullmatch(b.text)
                and text[a.end:b.start].strip() in _RANGE_DASHES
                and b.value > a.value % 100 and text[b.end:b.end + 1] not in ("-", "/", ".")):
            out[i] = replace(b, value=a.value // 100 * 100 + b.value)
    return out


def finish(norm: str, qs: list[Quantity], lang: str, text: str) -> list[Quantity]:
    """Post-process raw quantities found in ``norm`` (``text`` with ASCII digits): merge
    20世纪70年代, expand 1958-59, sort, and take the written forms from ``text``."""
    if len(qs) > 1:
        qs = sorted(qs, key=lambda q: (q.start, q.end))
        if lang == "zh":
            qs = _merge_century_decade(norm, qs)
        qs = _expand_year_ranges(norm, qs)
    if norm is not text and norm != text:
        qs = [replace(q, text=text[q.start:q.end]) for q in qs]
    return qs
