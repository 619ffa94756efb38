"""DOCX reader: body paragraphs and tables in document order via ``python-docx``.

Output is one block per paragraph, blocks separated by a blank line. Headings become Markdown
headings (``# `` for Title/Heading 1, ``## `` for Heading 2, ...) so cleaning can keep them as
headings; each table row becomes one block with its cells joined by a tab.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from corpus.errors import InputError
from corpus.read.base import RawText, Reader
from corpus.read.files import load_bytes

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_MAX_BASE_STYLES = 4


class DocxReader(Reader):
    """Reads Word ``.docx`` files (not legacy ``.doc``).

    ``RawText.meta`` holds ``title``, ``author`` and ``created`` (ISO 8601) when the document's
    core properties set them.
    """

    name: ClassVar[str] = "docx"
    extensions: ClassVar[tuple[str, ...]] = (".docx",)

    def read(self, path: Path) -> RawText:
        """Return the document's text, headings marked with ``#``, tables one row per block."""
        document = _open(load_bytes(path), path)
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if hasattr(item, "rows"):
                blocks.extend(_table_rows(item))
            else:
                blocks.extend(_paragraph(item))
        text = "\n\n".join(blocks).replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise InputError(path, "empty file (the document has no text)")
        return RawText(text=text, path=str(path), format=self.name, meta=_metadata(document))


def _open(data: bytes, path: Path) -> DocxDocument:
    """Parse the package; a broken zip or missing part becomes an InputError."""
    import docx  # lazy: heavy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return docx.Document(io.BytesIO(data))
        except Exception as exc:  # BadZipFile, KeyError, PackageNotFoundError, XMLSyntaxError...
            reason = f"{type(exc).__name__}: {exc}".strip()[:200]
            raise InputError(path, f"not a valid .docx file ({reason})") from None


def _paragraph(paragraph: Paragraph) -> list[str]:
    """The paragraph as zero or one block, with a Markdown heading prefix if it is a heading."""
    text = paragraph.text.strip()
    if not text:
        return []
    level = _heading_level(paragraph)
    return [f"{'#' * level} {text}" if level else text]


def _heading_level(paragraph: Paragraph) -> int:
    """1-6 for Title/Heading styles (also via a style's base styles), else 0."""
    style: Any = paragraph.style
    for _ in range(_MAX_BASE_STYLES):
        if style is None:
            return 0
        name = (style.name or "").strip()
        if name.lower() in ("title", "标题"):
            return 1
        match = _HEADING.match(name)
        if match:
            return min(max(int(match.group(1)), 1), 6)
        style = style.base_style
    return 0


def _table_rows(table: Table) -> list[str]:
    """One block per non-empty row; merged cells are counted once, inner line breaks are spaces."""
    rows: list[str] = []
    for row in table.rows:
        seen: list[Any] = []
        cells: list[str] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell repeats in each grid column
                continue
            seen.append(cell._tc)
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _metadata(document: DocxDocument) -> dict[str, str]:
    """Title, author and creation time from the core properties, when set."""
    try:
        props = document.core_properties
        values: dict[str, Any] = {
            "title": props.title,
            "author": props.author,
            "created": props.created,
        }
    except Exception:  # a damaged docProps/core.xml must not fail a readable document
        return {}
    meta: dict[str, str] = {}
    for key, value in values.items():
        if value:
            meta[key] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return meta
