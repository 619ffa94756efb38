"""Cutting a text into highlight pieces by the spans of several findings."""

from __future__ import annotations

import pytest

from align.report.spans import Piece, cut

CASES = [
    ("no marks", "abc", [], [Piece("abc")]),
    ("empty text", "", [], []),
    ("one span", "abcdef", [(0, [(1, 3)])], [Piece("a"), Piece("bc", (0,)), Piece("def")]),
    ("whole text", "abc", [(4, [(0, 3)])], [Piece("abc", (4,))]),
    ("overlap", "abcdef", [(0, [(0, 3)]), (1, [(2, 5)])],
     [Piece("ab", (0,)), Piece("c", (0, 1)), Piece("de", (1,)), Piece("f")]),
    ("two spans of one finding", "a,b,c", [(2, [(1, 2), (3, 4)])],
     [Piece("a"), Piece(",", (2,)), Piece("b"), Piece(",", (2,)), Piece("c")]),
    ("zero width", "abc", [(0, [(1, 1)])], [Piece("a"), Piece("", (0,)), Piece("bc")]),
    ("zero width at end", "ab", [(0, [(2, 2)])], [Piece("ab"), Piece("", (0,))]),
    ("clamped past end", "abc", [(0, [(2, 99)])], [Piece("ab"), Piece("c", (0,))]),
    ("reversed span ignored", "abc", [(0, [(2, 1)])], [Piece("abc")]),
    ("same span twice", "abc", [(1, [(0, 1)]), (0, [(0, 1)])], [Piece("a", (0, 1)), Piece("bc")]),
]


@pytest.mark.parametrize(("case", "text", "marks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cut(case: str, text: str, marks: list, expected: list[Piece]) -> None:
    pieces = cut(text, marks)
    assert pieces == expected
    assert "".join(p.text for p in pieces) == text
