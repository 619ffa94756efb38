"""read_raw / reader_for / READERS: text files in every encoding, dispatch, and user errors."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.errors import ConfigError, InputError
from corpus.read import READERS, RawText, read_raw, reader_for, supported_extensions

SEED = (
    Path(__file__).resolve().parents[2] / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt"
)
SEED_TEXT = SEED.read_text(encoding="utf-8")

# Every variant of the seed sample must read back as exactly the same text.
SEED_VARIANTS = [
    ("utf8.txt", lambda t: t.encode("utf-8"), "utf-8"),
    ("bom.txt", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("gb.txt", lambda t: t.encode("gb18030"), "gb18030"),
    ("le.txt", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
    ("be.txt", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
    ("crlf.txt", lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ("cr.txt", lambda t: t.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ("gbcrlf.txt", lambda t: t.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
    (
        "le_crlf.txt",
        lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
        "utf-16-le",
    ),
    ("seed.md", lambda t: t.encode("utf-8"), "utf-8"),
    ("SEED.TXT", lambda t: t.encode("utf-8"), "utf-8"),
    ("noext", lambda t: t.encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize(("name", "encode", "encoding"), SEED_VARIANTS)
def test_seed_variants_read_identically(tmp_path, name, encode, encoding):
    path = tmp_path / name
    path.write_bytes(encode(SEED_TEXT))
    raw = read_raw(path)
    assert isinstance(raw, RawText)
    assert raw.text == SEED_TEXT
    assert raw.encoding == encoding
    assert raw.path == str(path)
    assert raw.format == ("md" if name.endswith(".md") else "txt")


DISPATCH_CASES = [
    ("a.txt", "txt"),
    ("a.text", "txt"),
    ("README", "txt"),
    ("a.md", "md"),
    ("a.Markdown", "md"),
    ("dir.v1/a.pdf", "pdf"),
    ("a.PDF", "pdf"),
    ("a.docx", "docx"),
]


@pytest.mark.parametrize(("name", "reader"), DISPATCH_CASES)
def test_reader_for_dispatches_by_extension(name, reader):
    assert reader_for(name).name == reader


def test_registry_contents():
    assert READERS.names() == ["docx", "md", "pdf", "txt"]
    assert supported_extensions() == {
        ".docx": "docx",
        ".md": "md",
        ".markdown": "md",
        ".pdf": "pdf",
        ".txt": "txt",
        ".text": "txt",
        "": "txt",
    }


def test_format_overrides_extension(tmp_path):
    path = tmp_path / "notes.dat"
    path.write_text("# 标题\n\n正文。\n", encoding="utf-8")
    assert read_raw(path, format="md").format == "md"
    with pytest.raises(InputError, match="unsupported file type '.dat'"):
        read_raw(path)
    with pytest.raises(ConfigError, match="valid names: docx, md, pdf, txt"):
        read_raw(path, format="rtf")


def _make(tmp_path: Path, kind: str) -> Path:
    """Create the offending input for ERROR_CASES."""
    files = {
        "empty": ("empty.txt", b""),
        "blank": ("blank.md", b"\n  \r\n\t\n"),
        "png": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        "unsupported": ("slides.pptx", b"PK\x03\x04"),
        "doc": ("old.doc", b"\xd0\xcf\x11\xe0"),
    }
    if kind == "missing":
        return tmp_path / "nope.txt"
    if kind == "directory":
        (tmp_path / "folder.txt").mkdir()
        return tmp_path / "folder.txt"
    name, data = files[kind]
    (tmp_path / name).write_bytes(data)
    return tmp_path / name


ERROR_CASES = [
    ("empty", "empty file"),
    ("blank", "empty file"),
    ("png", "binary file, not text"),
    ("missing", "no such file"),
    ("directory", "is a directory"),
    ("unsupported", "unsupported file type '.pptx'; supported: .docx, .markdown, .md, .pdf"),
    ("doc", "unsupported file type '.doc'"),
]


@pytest.mark.parametrize(("kind", "reason"), ERROR_CASES)
def test_user_errors_name_the_file(tmp_path, kind, reason):
    path = _make(tmp_path, kind)
    with pytest.raises(InputError) as info:
        read_raw(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path))


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot read file (Input/output error)"),
    ],
)
def test_os_errors_become_input_errors(tmp_path, monkeypatch, exc, reason):
    path = tmp_path / "locked.txt"
    path.write_text("text\n", encoding="utf-8")

    def refuse(self):
        raise exc

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as info:
        read_raw(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)


def test_one_megabyte_line_reads_fine(tmp_path):
    line = "威慑理论" * (1 << 18) + "\n"  # 1 Mi characters, no punctuation
    path = tmp_path / "long.txt"
    path.write_bytes(line.encode("utf-8"))
    raw = read_raw(path)
    assert raw.text == line
    assert raw.text.count("\n") == 1


def test_heavy_libraries_are_imported_lazily():
    code = (
        "import sys, corpus.read, corpus.langid\n"
        "corpus.read.reader_for('a.pdf'); corpus.read.reader_for('a.docx')\n"
        "print(sorted(m for m in ('pypdf', 'docx', 'charset_normalizer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
