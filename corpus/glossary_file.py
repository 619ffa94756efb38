"""Strict reader of the glossary TSV format (one concept per row).

Columns (header required, any order): ``en``, ``zh``, ``zh_variants``, ``zh_forbidden``, ``status``,
``note``, ``source`` and optionally ``en_variants``. List cells are ``;``-separated. A fuller
Glossary model (merge, conflicts) lives elsewhere; this module only reads rows and rejects bad ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from corpus.errors import InputError

REQUIRED_COLUMNS = ("en", "zh", "zh_variants", "zh_forbidden", "status", "note", "source")
OPTIONAL_COLUMNS = ("en_variants",)
STATUSES = ("verified", "partly-verified", "zh-attested", "low-authority", "unverified")
DOMAIN_GLOSSARY = "deterrence.tsv"


@dataclass(frozen=True, slots=True)
class GlossaryRow:
    """One concept of a glossary file.

    Attributes:
        en: preferred English term.
        zh: preferred Chinese form.
        en_variants: other English spellings/abbreviations.
        zh_variants: admitted Chinese variants (incl. traditional-character forms).
        zh_forbidden: Chinese forms that must not render this concept (a check flags them).
        status: one of ``STATUSES`` (evidence for the preferred form; see ``note``).
        note: free text: caveats, provenance of variants, reasons for forbidden forms.
        source: evidence text, verbatim from the reference it came from ("" for project additions).
        line: 1-based line of the row in its file.
    """

    en: str
    zh: str
    en_variants: tuple[str, ...] = ()
    zh_variants: tuple[str, ...] = ()
    zh_forbidden: tuple[str, ...] = ()
    status: str = "unverified"
    note: str = ""
    source: str = ""
    line: int = 0

    @property
    def zh_forms(self) -> tuple[str, ...]:
        """Preferred form first, then admitted variants."""
        return (self.zh, *self.zh_variants)


def domain_glossary_path() -> Path:
    """Path of the bundled domain glossary (``corpus/data/glossaries/deterrence.tsv``)."""
    ref = resources.files("corpus").joinpath("data", "glossaries", DOMAIN_GLOSSARY)
    return Path(str(ref))


def load_glossary_rows(path: str | Path) -> list[GlossaryRow]:
    """Read a glossary TSV strictly.

    Raises:
        InputError: naming the file and line for an unreadable file, a wrong header (missing,
            unknown or repeated column), a row with the wrong number of fields, an empty ``en``/``zh``,
            an unknown status, an empty list item, a form both admitted and forbidden, or a repeated
            ``en``.
    """
    path = Path(path)
    lines = _read_lines(path)
    if not lines[0].strip():
        raise InputError(path, "empty glossary file or blank header line: expected a header", 1)
    columns = _parse_header(path, lines[0])
    rows: list[GlossaryRow] = []
    seen: dict[str, int] = {}
    for number, text in enumerate(lines[1:], start=2):
        if not text.strip():
            continue
        row = _parse_row(path, number, columns, text)
        key = row.en.casefold()
        if key in seen:
            raise InputError(path, f"en {row.en!r} repeats the row on line {seen[key]}", number)
        seen[key] = number
        rows.append(row)
    return rows


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(path, f"cannot read glossary: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError(path, "glossary is not valid UTF-8", line) from None
    return text.replace("\r\n", "\n").split("\n")


def _parse_header(path: Path, header: str) -> list[str]:
    columns = [c.strip() for c in header.split("\t")]
    known = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise InputError(
            path, f"unknown column(s) {', '.join(map(repr, unknown))}; known: {', '.join(known)}", 1
        )
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise InputError(path, f"repeated column(s) {', '.join(map(repr, repeated))}", 1)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(path, f"missing required column(s): {', '.join(missing)}", 1)
    return columns


def _parse_row(path: Path, number: int, columns: list[str], text: str) -> GlossaryRow:
    fields = text.split("\t")
    if len(fields) != len(columns):
        raise InputError(
            path, f"expected {len(columns)} tab-separated fields, found {len(fields)}", number
        )
    cell = {c: f.strip() for c, f in zip(columns, fields)}
    for name in ("en", "zh", "status"):
        if not cell[name]:
            raise InputError(path, f"empty {name!r} cell", number)
    if cell["status"] not in STATUSES:
        raise InputError(
            path, f"unknown status {cell['status']!r}; valid: {', '.join(STATUSES)}", number
        )
    lists = {c: _split_list(path, number, c, cell.get(c, "")) for c in _LIST_COLUMNS}
    clash = set(lists["zh_forbidden"]) & {cell["zh"], *lists["zh_variants"]}
    if clash:
        raise InputError(path, f"form(s) both admitted and forbidden: {', '.join(sorted(clash))}", number)
    return GlossaryRow(
        en=cell["en"], zh=cell["zh"], status=cell["status"], note=cell["note"],
        source=cell["source"], line=number, **lists,
    )


_LIST_COLUMNS = ("en_variants", "zh_variants", "zh_forbidden")


def _split_list(path: Path, number: int, column: str, value: str) -> tuple[str, ...]:
    if not value:
        return ()
    items = tuple(item.strip() for item in value.split(";"))
    if any(not item for item in items):
        raise InputError(path, f"empty item in {column!r} list {value!r}", number)
    return items
