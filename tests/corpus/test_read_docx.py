"""DOCX reader: fixtures generated with python-docx in tmp_path."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.read import read_raw

# (style or "table", content) in document order
BODY = [
    ("Title", "美国对韩“核保护伞”"),
    ("Heading 1", "简介"),
    (None, "核保护伞的政治和象征价值远高于其军事及安全价值。"),
    (None, ""),
    ("Heading 2", "Extended Deterrence"),
    ("table", [["术语", "Term"], ["扩展威慑", "extended deterrence"], ["", ""]]),
    (None, "The U.S. nuclear umbrella over South Korea."),
    ("Heading 3", "结论"),
    ("List Bullet", "它只是更广泛的安全结构的一部分。"),
]
EXPECTED = "\n\n".join(
    [
        "# 美国对韩“核保护伞”",
        "# 简介",
        "核保护伞的政治和象征价值远高于其军事及安全价值。",
        "## Extended Deterrence",
        "术语\tTerm",
        "扩展威慑\textended deterrence",
        "The U.S. nuclear umbrella over South Korea.",
        "### 结论",
        "它只是更广泛的安全结构的一部分。",
    ]
)


def _docx(body, *, title="核保护伞", author="李桐") -> bytes:
    import docx

    document = docx.Document()
    for style, content in body:
        if style == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row, values in zip(table.rows, content):
                for cell, value in zip(row.cells, values):
                    cell.text = value
        else:
            document.add_paragraph(content, style=style)
    props = document.core_properties
    props.title, props.author = title, author
    props.created = dt.datetime(2018, 10, 29, 19, 37, 51)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _write(tmp_path: Path, data: bytes, name: str = "doc.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_docx_paragraphs_headings_and_tables_in_order(tmp_path):
    raw = read_raw(_write(tmp_path, _docx(BODY)))
    assert raw.text == EXPECTED
    assert raw.format == "docx"
    assert raw.encoding == ""
    assert raw.meta == {
        "title": "核保护伞",
        "author": "李桐",
        "created": "2018-10-29T19:37:51+00:00",
    }


def test_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "威慑 deterrence"
    for cell, value in zip(table.rows[1].cells, ["a", "b\nc", "d"]):
        cell.text = value
    buf = io.BytesIO()
    document.save(buf)
    raw = read_raw(_write(tmp_path, buf.getvalue()))
    assert raw.text == "威慑 deterrence\n\na\tb c\td"


def test_empty_core_properties_give_empty_meta_fields(tmp_path):
    raw = read_raw(_write(tmp_path, _docx(BODY[2:3], title="", author="")))
    assert "title" not in raw.meta and "author" not in raw.meta
    assert raw.text == BODY[2][1]


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    return buf.getvalue()


DOCX_ERROR_CASES = [
    (lambda: b"PK\x03\x04 this zip is cut short", "not a valid .docx file"),
    (lambda: _docx(BODY)[:500], "not a valid .docx file"),
    (lambda: "纯文本，不是 Word 文档。".encode(), "not a valid .docx file"),
    (_zip_without_document, "not a valid .docx file"),
    (lambda: b"", "not a valid .docx file"),
    (lambda: _docx([(None, ""), (None, "   ")]), "empty file"),
]


@pytest.mark.parametrize(("make", "reason"), DOCX_ERROR_CASES)
def test_bad_docx_raises_input_error(tmp_path, make, reason):
    path = _write(tmp_path, make(), "bad.docx")
    with pytest.raises(InputError) as info:
        read_raw(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)
