"""TSV cell escaping so that every row keeps its number of fields.

Backslash, tab, newline and carriage return inside a cell are written as ``\\\\``, ``\\t``, ``\\n``
and ``\\r``; ``unescape`` reverses it exactly.
"""

from __future__ import annotations

import re

_ESC = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESC = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
_ESC_RX = re.compile(r"[\\\t\n\r]")
_UNESC_RX = re.compile(r"\\[\\tnr]")


def escape(cell: str) -> str:
    """Escape one TSV cell."""
    return _ESC_RX.sub(lambda m: _ESC[m.group(0)], cell)


def unescape(cell: str) -> str:
    """Undo ``escape``."""
    return _UNESC_RX.sub(lambda m: _UNESC[m.group(0)], cell)
