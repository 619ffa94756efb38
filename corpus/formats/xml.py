"""Safe XML parsing for the XML formats (TMX, TBX): no entities, no network, errors name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus.errors import FormatError, InputError


def parse_xml(path: str | Path) -> Any:
    """Root element of the XML file at ``path`` (lxml).

    Raises:
        InputError: the file cannot be read (missing, a directory, no permission).
        FormatError: the file is not well-formed XML (with the line lxml reports).
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    if Path(path).is_dir():
        raise InputError(path, "is a directory, not a file")
    try:
        return etree.parse(str(path), parser).getroot()
    except OSError:
        raise InputError(path, "cannot read file (missing or unreadable)") from None
    except etree.XMLSyntaxError as exc:
        raise FormatError(path, f"broken XML: {exc.msg}", exc.lineno) from None
