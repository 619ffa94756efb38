"""Blocks of a text: runs of non-empty lines separated by blank lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A block: one or more consecutive non-empty lines (blank lines separate blocks).
BLOCK_RX = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def iter_blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every block of ``text``, in order."""
    for m in BLOCK_RX.finditer(text):
        yield m.span()
