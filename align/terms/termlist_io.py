"""Term-list files: reading English term lists, writing ``en zh score method freq example_zh``.

A term list is UTF-8 text (a BOM is allowed; UTF-16/32 only with a BOM), one term per line;
blank lines and lines starting with ``#`` are skipped. The output TSV starts with the header
line ``HEADER`` (no signature line: the run signature goes to stderr), one row per input term in
input order, ``zh`` empty when the document has no form for the term; cells are escaped like
every project TSV (``corpus.formats.escape``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from corpus.errors import InputError
from corpus.formats.escape import escape
from corpus.io import atomic_write, read_utf8_text, write_sidecar
from corpus.types import TermPair

COLUMNS = ("en", "zh", "score", "method", "freq", "example_zh")
HEADER = "\t".join(COLUMNS)
#: ``--pairs`` output (term pairs mined from sentence pairs) adds the English example.
PAIR_COLUMNS = (*COLUMNS, "example_en")
MAX_TERM_CHARS = 200


def parse_terms(text: str, path: str | Path = "<terms>") -> list[str]:
    """Terms of a term-list text, in order (blank and ``#`` lines skipped)."""
    terms: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        term = " ".join(line.split())
        if not term or term.startswith("#"):
            continue
        if any(ord(ch) < 32 for ch in term) or len(term) > MAX_TERM_CHARS:
            reason = "control characters" if len(term) <= MAX_TERM_CHARS else "a line too long"
            raise InputError(path, f"not a term list ({reason}: one term per line)", number)
        terms.append(term)
    if not terms:
        raise InputError(path, "empty term list (one English term per line)")
    return terms


def read_term_list(path: str | Path) -> list[str]:
    """English terms of the file at ``path``, one per non-blank line, in order.

    Raises:
        InputError: missing, unreadable, empty, binary or non-UTF-8 file (file and line named).
    """
    return parse_terms(read_utf8_text(path, "term list"), path)


def format_pair(pair: TermPair, columns: Sequence[str] = COLUMNS) -> str:
    """One output row (no newline) with ``columns`` (``COLUMNS`` or ``PAIR_COLUMNS``)."""
    cells = {"en": pair.en, "zh": pair.zh, "score": f"{pair.score:.4f}", "method": pair.method,
             "freq": str(pair.freq), "example_zh": pair.example_zh,
             "example_en": pair.example_en}
    return "\t".join(escape(cells[c]) for c in columns)


def dump_pairs(pairs: Iterable[TermPair], fh: IO[str], columns: Sequence[str] = COLUMNS
               ) -> int:
    """Write header and rows to ``fh``; return the number of rows."""
    fh.write("\t".join(columns) + "\n")
    n = 0
    for pair in pairs:
        fh.write(format_pair(pair, columns) + "\n")
        n += 1
    return n


def write_pairs(path: str | Path, pairs: Iterable[TermPair], columns: Sequence[str] = COLUMNS,
                signature: str = "") -> int:
    """Atomically write the term-list TSV (header first) and its ``.meta.json`` signature sidecar."""
    with atomic_write(path) as fh:
        n = dump_pairs(pairs, fh, columns)
    write_sidecar(path, signature, rows=n, columns=list(columns))
    return n


def term_pairs_from_frame(frame) -> list[TermPair]:
    """Rows of a mined term-pair DataFrame (``mine_term_pairs``) as ``TermPair`` objects."""
    return [TermPair(en=str(r["en"]), zh=str(r["zh"]), score=float(r["score"]),
                     method=str(r["method"]), freq=int(r["freq"]),
                     example_zh=str(r["example_zh"]), example_en=str(r["example_en"]))
            for r in frame.to_dict("records")]
