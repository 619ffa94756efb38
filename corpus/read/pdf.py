"""PDF reader: the text layer via ``pypdf``, then furniture removal and de-hyphenation."""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from corpus.errors import InputError
from corpus.read.base import RawText, Reader
from corpus.read.files import load_bytes
from corpus.read.pdf_layout import layout_text

if TYPE_CHECKING:
    import pypdf


class PdfReader(Reader):
    """Reads the text layer of ``.pdf`` files (no OCR).

    ``RawText.meta`` holds ``pages`` and, when the PDF declares them, ``title``, ``author`` and
    ``created`` (ISO 8601).
    """

    name: ClassVar[str] = "pdf"
    extensions: ClassVar[tuple[str, ...]] = (".pdf",)

    def read(self, path: Path) -> RawText:
        """Extract, clean up and join the text of every page of ``path``."""
        pages, meta = _extract(load_bytes(path), path)
        if not any(page.strip() for page in pages):
            raise InputError(path, "PDF has no text layer (scanned?)")
        text = layout_text(pages)
        if not text.strip():
            raise InputError(path, "PDF has no text besides headers and page numbers")
        return RawText(text=text, path=str(path), format=self.name, meta=meta)


def _extract(data: bytes, path: Path) -> tuple[list[str], dict[str, str]]:
    """Return (text of each page, metadata); any pypdf failure becomes an InputError."""
    import pypdf  # lazy: heavy

    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "not a PDF file (no %PDF- header)")
    _quiet_pypdf_logger()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns about harmless oddities of real PDFs
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            _unlock(reader, path)
            if len(reader.pages) == 0:
                raise InputError(path, "PDF has no pages")
            pages = [(page.extract_text() or "").replace("\x00", "") for page in reader.pages]
        except InputError:
            raise
        except Exception as exc:  # pypdf raises many types on damaged files
            raise InputError(path, f"broken or unsupported PDF ({_describe(exc)})") from None
        return pages, _metadata(reader)


def _quiet_pypdf_logger() -> None:
    """Keep pypdf's repair notices off stderr unless the application configured logging.

    With no handler anywhere, ``logging`` prints warnings through its last-resort handler, which
    would add lines to the CLI's one-line error. A NullHandler stops that; records still
    propagate to handlers the application installs.
    """
    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _unlock(reader: pypdf.PdfReader, path: Path) -> None:
    """Open an encrypted PDF with the empty user password, or raise InputError."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # DependencyError (AES needs 'cryptography'), bad encryption dict
        raise InputError(
            path, f"PDF is encrypted and cannot be opened ({_describe(exc)})"
        ) from None
    if not opened:
        raise InputError(path, "PDF is encrypted (password required)")


def _metadata(reader: pypdf.PdfReader) -> dict[str, str]:
    """Page count plus title/author/created when present; a damaged info dict is ignored."""
    meta = {"pages": str(len(reader.pages))}
    try:
        info = reader.metadata
        fields: dict[str, Any] = {
            "title": info and info.title,
            "author": info and info.author,
            "created": info and info.creation_date,
        }
    except Exception:  # metadata is optional: never fail a readable PDF over it
        return meta
    for key, value in fields.items():
        if value:
            meta[key] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return meta


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
