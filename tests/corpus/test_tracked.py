"""corpus.tracked: substitution and span edits that keep per-character source offsets."""

from __future__ import annotations

import random
import re

import pytest

from corpus import tracked
from corpus.tracked import TrackedText, sub

# (text, pattern, replacement, expected text, expected offsets)
OFFSET_CASES = [
    ("a  b", r" +", " ", "a b", [0, 1, 3]),
    ("a\nb", r"\n", "", "ab", [0, 2]),
    ("ab", r"a", "XY", "XYb", [0, 0, 1]),
    ("中 文", r" ", "", "中文", [0, 2]),
    ("x\n\n\ny", r"\n+", "\n\n", "x\n\ny", [0, 1, 2, 4]),  # replacement inside the match: exact
    ("ab", r"\Z", "E", "abE", [0, 1, 2]),  # insertion at the end takes the end offset
    ("ab", r"(?=b)", "-", "a-b", [0, 1, 1]),
    ("**粗体**", r"\*\*", "", "粗体", [2, 3]),
    ("[链接](u)", r"\[([^\]]+)\]\([^)]*\)", lambda m: m.group(1), "链接", [1, 2]),
    ("no match", r"z", "y", "no match", list(range(8))),
]


@pytest.mark.parametrize(("text", "pattern", "repl", "new", "offsets"), OFFSET_CASES)
def test_sub_keeps_source_offsets(text, pattern, repl, new, offsets) -> None:  # type: ignore[no-untyped-def]
    got = TrackedText.from_source(text).sub(pattern, repl)
    assert (got.text, list(got.offsets)) == (new, offsets)
    assert got.text == re.sub(pattern, repl if callable(repl) else repl.replace("\\", "\\\\"), text)


SUB_CASES = [  # pattern, replacement: many matches exercise the bulk offset rebuild
    (r" +", " "), (r"\n", ""), (r"a", "XY"), (r"b|", "-"), (r"(?=a)", "\n"), (r"中文", "文"),
    (r"\n+", "\n\n"), (r"\Z", "E"), (r"(?m)^", "#"), (r"(a)(b)", "Q"), (r"\n ", "\n"),
    (r"x+", lambda m: m.group() * 2), (r"a\n", lambda m: ""),
]


def _random_texts(seed: str) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("ab \n\n中文x") for _ in range(rng.randint(0, 600)))
            for _ in range(40)]


@pytest.mark.parametrize(("pattern", "repl"), SUB_CASES)
def test_bulk_and_looped_offsets_agree(monkeypatch, pattern: str, repl) -> None:  # type: ignore[no-untyped-def]
    rx = re.compile(pattern)
    for text in _random_texts(pattern):
        tt = TrackedText.from_source(text)
        monkeypatch.setattr(tracked, "FEW_EDITS", 10**9)
        looped = tt.sub(rx, repl)
        monkeypatch.setattr(tracked, "FEW_EDITS", 0)
        bulk = tt.sub(rx, repl)
        assert bulk.text == looped.text == rx.sub(repl, text)
        assert list(bulk.offsets) == list(looped.offsets)
        if isinstance(repl, str):  # the literal fast path and the match-function path agree
            via_function = tt.sub(rx, lambda m, r=repl: r)
            assert (via_function.text, via_function.offsets) == (bulk.text, bulk.offsets)


@pytest.mark.parametrize("count", [1, 2, 5])
def test_sub_count_limits_replacements(count: int) -> None:
    text = "a b c d e f"
    for repl in ("_", lambda m: "_"):
        got = TrackedText.from_source(text).sub(r" ", repl, count)
        assert got.text == re.sub(" ", "_", text, count=count)
        assert list(got.offsets) == list(range(len(text)))


# (text, edits, expected text, expected offsets)
SPLICE_CASES = [
    ("abc", [], "abc", [0, 1, 2]),
    ("abc", [(1, 2, "")], "ac", [0, 2]),
    ("abc", [(0, 0, "# ")], "# abc", [0, 0, 0, 1, 2]),
    ("abc", [(1, 1, "\n"), (3, 3, "\n")], "a\nbc\n", [0, 1, 1, 2, 3]),
    ("abcd", [(0, 1, "XY"), (2, 4, "")], "XYb", [0, 0, 1]),
]


@pytest.mark.parametrize(("text", "edits", "new", "offsets"), SPLICE_CASES)
@pytest.mark.parametrize("few", [0, 10**9], ids=["bulk", "looped"])
def test_splice(monkeypatch, text: str, edits, new: str, offsets: list[int], few: int) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tracked, "FEW_EDITS", few)
    got = TrackedText.from_source(text).splice(edits)
    assert (got.text, list(got.offsets)) == (new, offsets)


@pytest.mark.parametrize("n", [0, 5, 250_000])
def test_from_source_numbers_every_character(n: int) -> None:
    tt = TrackedText.from_source("字" * n)
    assert len(tt.offsets) == n and list(tt.offsets[-3:]) == list(range(n))[-3:]
    assert tt.offsets.typecode == "l"


def test_sub_on_str_takes_replacement_literally() -> None:
    assert sub("a1b", re.compile(r"\d"), r"\n") == r"a\nb"
