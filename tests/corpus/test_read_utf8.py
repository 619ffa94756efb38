"""corpus.io.read_utf8_text: the one strict UTF-8 loader (glossaries, term lists, dictionaries)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.io import read_utf8_text

# (file bytes, expected text)
GOOD = [
    (b"", ""),
    ("核保护伞\nIAEA\r\n".encode(), "核保护伞\nIAEA\r\n"),
    (codecs.BOM_UTF8 + "延伸威慑".encode(), "延伸威慑"),
    (codecs.BOM_UTF16_LE + "威慑\n".encode("utf-16-le"), "威慑\n"),
    (codecs.BOM_UTF16_BE + "威慑".encode("utf-16-be"), "威慑"),
    (codecs.BOM_UTF32_LE + "威慑".encode("utf-32-le"), "威慑"),
]

# (file bytes, fragment of the reason, expected line)
BAD = [
    (b"en\tzh\n\x00\x01binary", "binary file, not a text glossary", None),
    (b"en\nzh\n" + "核".encode("gb18030") + b"\n", "not UTF-8 text (byte 6)", 3),
    (codecs.BOM_UTF8 + b"ok\n\xff\n", "not UTF-8 text", 2),
    (codecs.BOM_UTF16_LE + "a\nb\n".encode("utf-16-le") + b"\x00\xd8", "not UTF-16 text", 3),
]


@pytest.mark.parametrize(("data", "text"), GOOD)
def test_reads_utf8_and_bom_marked_unicode(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes(data)
    assert read_utf8_text(path, "glossary") == text


@pytest.mark.parametrize(("data", "reason", "line"), BAD)
def test_bad_content_names_file_and_line(tmp_path: Path, data: bytes, reason: str,
                                         line: int | None) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_utf8_text(path, "glossary")
    assert reason in err.value.reason and err.value.line == line
    assert err.value.path == str(path)


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: None, "no such file"),
    (lambda p: p.mkdir(), "is a directory"),
])
def test_missing_file_and_directory(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "terms.txt"
    make(path)
    with pytest.raises(InputError, match=reason) as err:
        read_utf8_text(path)
    assert err.value.path == str(path)
