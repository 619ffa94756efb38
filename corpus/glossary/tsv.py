"""Glossary as delimited text (TSV, CSV): one concept per row, lists joined with ``;``.

Columns: ``en`` and ``zh`` required; ``zh_variants`` (admitted), ``zh_forbidden`` (deprecated),
``en_variants``, ``status``, ``note``, ``source``, ``subject`` optional; unknown columns ignored.
Reading is strict: UTF-8 only, a header row first (``#`` lines before it are skipped), every row
with the header's field count, no concept twice (same English term), and errors name file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from corpus.errors import FormatError, InputError
from corpus.glossary.model import Concept, Glossary, make_concept
from corpus.io import atomic_write

COLUMNS = ("en", "zh", "zh_variants", "zh_forbidden", "en_variants", "status", "note", "source",
           "subject")
REQUIRED = ("en", "zh")


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.replace("；", ";").split(";") if p.strip()]


def concept_to_row(c: Concept) -> dict[str, str]:
    return {"en": c.en, "zh": c.zh, "zh_variants": ";".join(c.zh_variants),
            "zh_forbidden": ";".join(c.zh_forbidden), "en_variants": ";".join(c.en_variants),
            "status": c.status, "note": c.note, "source": c.source, "subject": c.subject}


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a glossary file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 (byte {exc.start}); save the glossary as UTF-8",
                         line) from None


def read_delimited(path: str | Path, delimiter: str) -> Glossary:
    """Read a TSV (``delimiter="\\t"``) or CSV glossary."""
    path = Path(path)
    lines = _decode(path).splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")), None)
    if first is None:
        raise FormatError(path, "empty glossary (no header row)")
    if delimiter == "\t":
        rows = [ln.split("\t") for ln in lines[first:]]
    else:
        rows = list(csv.reader(lines[first:]))
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FormatError(path, f"missing column(s) {', '.join(missing)}; header is {rows[0]}", first + 1)
    return Glossary(tuple(_concepts(path, header, rows[1:], first + 2)), path.stem)


def _concepts(path: Path, header: list[str], rows: list[list[str]], line0: int) -> list[Concept]:
    out: list[Concept] = []
    seen: dict[str, int] = {}
    for no, cells in enumerate(rows, start=line0):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise FormatError(path, f"expected {len(header)} fields, got {len(cells)}", no)
        row = {h: c.strip() for h, c in zip(header, cells)}
        if not row["en"] or not row["zh"]:
            raise FormatError(path, "empty 'en' or 'zh' cell", no)
        key = row["en"].lower()
        if key in seen:
            raise FormatError(path, f"duplicate concept {row['en']!r} (first on line {seen[key]})", no)
        seen[key] = no
        out.append(_row_concept(f"c{len(out) + 1}", row))
    return out


def _row_concept(cid: str, row: dict[str, str]) -> Concept:
    return make_concept(cid, row["en"], row["zh"],
                        zh_variants=split_list(row.get("zh_variants", "")),
                        zh_forbidden=split_list(row.get("zh_forbidden", "")),
                        en_variants=split_list(row.get("en_variants", "")),
                        status=row.get("status", ""), note=row.get("note", ""),
                        source=row.get("source", ""), subject=row.get("subject", ""))


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
