"""Line layout rules: blank lines, paragraph breaks, hard-wrapped lines, numbers broken over lines."""

from __future__ import annotations

import re

from corpus.cjk import FULLWIDTH_PUNCT, IDEOGRAPH, SHARED_PUNCT
from corpus.tracked import T, sub

_STRONG = IDEOGRAPH + FULLWIDTH_PUNCT
#: What may follow digits that continue a number or a date: CJK units, %, or a digit group.
NUMBER_CONTINUATION = "年月日号时点分秒%‰万亿千百"

_BROKEN_NUMBER_RX = re.compile(
    rf"(?m)^ *(\d{{1,3}}) *\n *(?=\d+(?:[{NUMBER_CONTINUATION}]|[.,:/-]\d))"
)
# Patterns start with the '\n' they consume and look behind afterwards (fast scanning).
_INDENTED_RX = re.compile(r"\n(?<=[^\n]\n)(?=  +\S)")
_SENTENCE_END_RX = re.compile(r"\n(?=[^\n])(?:(?<=[。！？]\n)|(?<=[。！？][”’」』）)]\n))")
_JOIN_TIGHT_RX = re.compile(
    rf"\n(?<=[^\n]\n)(?=[^\n])"
    rf"(?:(?<=[{_STRONG}-]\n)|(?=[{_STRONG}])|(?<=[{_STRONG}][{SHARED_PUNCT}]\n)"
    rf"|(?=[{SHARED_PUNCT}][{_STRONG}]))"
)
_JOIN_SPACE_RX = re.compile(r"\n(?<=[^\n]\n)(?=[^\n])")


def rejoin_broken_numbers(text: T) -> T:
    """Rejoin a number broken over two lines: a line of only 1–3 digits followed by a line that
    starts with digits continuing a number/date (``1`` + ``958年1月`` → ``1958年1月``)."""
    return sub(text, _BROKEN_NUMBER_RX, lambda m: m.group(1))


def indented_paragraphs(text: T) -> T:
    """A line indented by 2+ spaces (``　　`` in Chinese txt) starts a new paragraph."""
    return sub(text, _INDENTED_RX, "\n\n")


def sentence_end_paragraphs(text: T) -> T:
    """A line ending with 。！？ (maybe before a closing quote/bracket) ends its paragraph."""
    return sub(text, _SENTENCE_END_RX, "\n\n")


def join_wrapped_lines(text: T) -> T:
    """Join the lines of each paragraph: with nothing when a CJK character or full-width
    punctuation (or a hyphen before the break) touches the break, else with one space."""
    text = sub(text, _JOIN_TIGHT_RX, "")
    return sub(text, _JOIN_SPACE_RX, " ")

