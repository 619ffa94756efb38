"""Glossary as delimited text (TSV, CSV): one concept per row, lists joined with ``;``.

Columns (any order): ``en`` and ``zh`` required; ``zh_variants`` (admitted), ``zh_forbidden``
(deprecated), ``en_variants``, ``status``, ``note``, ``source``, ``subject`` optional; other
columns are ignored (so the ``en zh score method freq example_zh`` table of ``zhenkit glossary``
reads as a glossary), and ``status`` is free text (the bundled glossaries use
``CONCEPT_STATUSES``). Reading is strict, and every error names the file and line: UTF-8 only;
``#`` comment lines, then the header row (no blank line before it; no repeated column); every row
with the header's field count and a non-empty ``en``, no empty item in a list, no form both
admitted and forbidden, and no concept twice (same English term). A row whose ``zh`` is empty
(an English term with no Chinese equivalent yet) is skipped: it gives nothing to check; a
file where every row is like that is an error.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from corpus.errors import FormatError
from corpus.glossary.model import Concept, Glossary, make_concept
from corpus.io import atomic_write, read_utf8_text

COLUMNS = ("en", "zh", "zh_variants", "zh_forbidden", "en_variants", "status", "note", "source",
           "subject")
REQUIRED = ("en", "zh")
LIST_COLUMNS = ("zh_variants", "zh_forbidden", "en_variants")


def concept_to_row(c: Concept) -> dict[str, str]:
    return {"en": c.en, "zh": c.zh, "zh_variants": ";".join(c.zh_variants),
            "zh_forbidden": ";".join(c.zh_forbidden), "en_variants": ";".join(c.en_variants),
            "status": c.status, "note": c.note, "source": c.source, "subject": c.subject}


def read_delimited(path: str | Path, delimiter: str) -> Glossary:
    """Read a TSV (``delimiter="\\t"``) or CSV glossary.

    Raises:
        InputError: the file is missing, unreadable or not UTF-8.
        FormatError: the content breaks a rule of the module docstring (file and line named).
    """
    path = Path(path)
    lines = read_utf8_text(path, "glossary").splitlines()
    first = _header_index(path, lines)
    if delimiter == "\t":
        rows = [ln.split("\t") for ln in lines[first:]]
    else:
        rows = list(csv.reader(lines[first:]))
    header = _parse_header(path, rows[0], first + 1)
    return Glossary(tuple(_concepts(path, header, rows[1:], first + 2)), path.stem)


def _header_index(path: Path, lines: list[str]) -> int:
    """Index of the header row: the first line after the ``#`` comment lines."""
    first = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
    if not any(ln.strip() for ln in lines[first:]):
        raise FormatError(path, "empty glossary (no header row)")
    if not lines[first].strip():
        raise FormatError(path, "blank header line: the header row must follow the # comment "
                                "lines directly", first + 1)
    return first


def _parse_header(path: Path, cells: list[str], line: int) -> list[str]:
    header = [h.strip().lower() for h in cells]
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise FormatError(path, f"repeated column(s) {', '.join(map(repr, repeated))}", line)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FormatError(path, f"missing column(s) {', '.join(missing)}; header is {cells}", line)
    return header


def _concepts(path: Path, header: list[str], rows: list[list[str]], line0: int) -> list[Concept]:
    out: list[Concept] = []
    seen: dict[str, int] = {}
    skipped = 0
    for no, cells in enumerate(rows, start=line0):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise FormatError(path, f"expected {len(header)} fields, found {len(cells)}", no)
        row = {h: c.strip() for h, c in zip(header, cells)}
        if not row["en"]:
            raise FormatError(path, "empty 'en' cell", no)
        if not row["zh"]:
            skipped += 1
            continue
        concept = _row_concept(path, no, f"c{len(out) + 1}", row)
        key = concept.en.casefold()
        if key in seen:
            raise FormatError(path, f"duplicate concept {concept.en!r}: repeats the row on line "
                                    f"{seen[key]}", no)
        seen[key] = no
        out.append(concept)
    if skipped and not out:
        raise FormatError(path, f"no row has a Chinese form: the 'zh' cell is empty in all "
                                f"{skipped} rows")
    return out


def _row_concept(path: Path, no: int, cid: str, row: dict[str, str]) -> Concept:
    lists = {c: _split_list(path, no, c, row.get(c, "")) for c in LIST_COLUMNS}
    clash = set(lists["zh_forbidden"]) & {row["zh"], *lists["zh_variants"]}
    if clash:
        raise FormatError(path, f"form(s) both admitted and forbidden: {', '.join(sorted(clash))}",
                          no)
    return make_concept(cid, row["en"], row["zh"], **lists, status=row.get("status", ""),
                        note=row.get("note", ""), source=row.get("source", ""),
                        subject=row.get("subject", ""), line=no)


def _split_list(path: Path, no: int, column: str, cell: str) -> tuple[str, ...]:
    """Items of a ``;``-separated list cell (``；`` too); an empty item is an error."""
    if not cell:
        return ()
    items = tuple(item.strip() for item in cell.replace("；", ";").split(";"))
    if not all(items):
        raise FormatError(path, f"empty item in {column!r} list {cell!r}", no)
    return items


def write_delimited(path: str | Path, glossary: Iterable[Concept], delimiter: str,
                    signature: str = "") -> int:
    """Atomically write concepts with the full column set; return the row count."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    write_row = writer.writerow if delimiter == "," else (lambda r: buf.write("\t".join(r) + "\n"))
    write_row(list(COLUMNS))
    n = 0
    for concept in glossary:
        row = concept_to_row(concept)
        write_row([" ".join(row[c].split()) for c in COLUMNS])
        n += 1
    with atomic_write(path) as fh:
        if signature:
            fh.write(f"# {signature}\n")
        fh.write(buf.getvalue())
    return n
