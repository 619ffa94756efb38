"""Term-list TSV: ``# signature`` first line, then header ``term	score	freq	cvalue	keyness	example``
followed by the extra columns ``units	length	nested_in``; one term per row, best first.

Like the aligned TSV (``corpus.formats.tsv_pairs``), the first line is ``# `` + the run signature
and cells are escaped with ``corpus.formats.escape``. Scores are written with 4 decimals,
C-value and keyness with 3. ``read_terms`` accepts any such file whose header starts with the
six contract columns (``#`` lines skipped).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from align.terms.extract import TERM_COLUMNS
from corpus.errors import FormatError
from corpus.formats.escape import escape, unescape
from corpus.formats.tsv_pairs import read_lines
from corpus.io import atomic_write

if TYPE_CHECKING:
    import pandas as pd

#: The ``zhenkit terms`` contract columns (extra columns may follow).
CONTRACT_COLUMNS = TERM_COLUMNS[:6]
_FORMATS = {"score": "{:.4f}", "cvalue": "{:.3f}", "keyness": "{:.3f}"}
_TYPES = {"score": float, "freq": int, "cvalue": float, "keyness": float, "length": int,
          "nested_in": int}


def format_row(row: dict) -> str:
    """One TSV line (without newline) for a row given as ``{column: value}``."""
    cells = []
    for col in TERM_COLUMNS:
        value = row[col]
        cells.append(_FORMATS[col].format(value) if col in _FORMATS else escape(str(value)))
    return "\t".join(cells)


def dump_terms(frame: pd.DataFrame, fh: IO[str], signature: str = "") -> int:
    """Write the signature line, header and rows of ``frame`` to ``fh``; return the row count."""
    if signature:
        fh.write(f"# {signature}\n")
    fh.write("\t".join(TERM_COLUMNS) + "\n")
    for row in frame.to_dict("records"):
        fh.write(format_row(row) + "\n")
    return len(frame)


def write_terms(path: str | Path, frame: pd.DataFrame, signature: str = "") -> int:
    """Atomically write ``frame`` as a term TSV to ``path``; return the row count."""
    with atomic_write(path) as fh:
        return dump_terms(frame, fh, signature)


def read_terms(path: str | Path) -> pd.DataFrame:
    """Read a term TSV into a DataFrame (cells unescaped, numeric columns typed).

    Raises:
        FormatError: no header with the contract columns, a row with the wrong number of fields
            or a bad number (file and line named).
    """
    import pandas as pd

    lines = read_lines(path)
    start = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
    cols = lines[start].split("\t") if start < len(lines) else []
    if tuple(cols[:6]) != CONTRACT_COLUMNS:
        raise FormatError(path, f"expected header starting {' '.join(CONTRACT_COLUMNS)!r}",
                          start + 1)
    rows = [_row(path, no, ln, cols) for no, ln in enumerate(lines[start + 1:], start + 2)
            if ln.strip()]
    return pd.DataFrame(rows, columns=cols)


def _row(path: str | Path, no: int, line: str, cols: list[str]) -> list:
    cells = line.split("\t")
    if len(cells) != len(cols):
        raise FormatError(path, f"expected {len(cols)} fields, got {len(cells)}", no)
    out: list = []
    for col, cell in zip(cols, cells):
        try:
            out.append(_TYPES[col](cell) if col in _TYPES else unescape(cell))
        except ValueError:
            raise FormatError(path, f"bad {col} value {cell!r}", no) from None
    return out
