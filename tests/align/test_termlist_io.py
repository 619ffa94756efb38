"""Term-list files: reading (encodings, bad files) and the output TSV."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from align.terms.termlist_io import HEADER, dump_pairs, parse_terms, read_term_list
from corpus.errors import InputError
from corpus.types import TermPair

GOOD_CASES = [
    # (file bytes, expected terms)
    (b"extended deterrence\nIAEA\n", ["extended deterrence", "IAEA"]),
    (b"\n  nuclear   umbrella \r\n\r\n# a comment\nDMZ", ["nuclear umbrella", "DMZ"]),
    (codecs.BOM_UTF8 + "prot\u00e9g\u00e9\n".encode(), ["prot\u00e9g\u00e9"]),
    (codecs.BOM_UTF16_LE + "Gorbachev\nRoehrig\n".encode("utf-16-le"), ["Gorbachev", "Roehrig"]),
    (b"nuclear umbrella\nnuclear umbrella\n", ["nuclear umbrella", "nuclear umbrella"]),
]

BAD_CASES = [
    # (file bytes, words expected in the message)
    (b"", "empty"),
    (b"\n\n  \n# only a comment\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"deterrence\nprot\xe9g\xe9\n", "not UTF-8 text"),
    (b"deterrence\n\x01\x02\x03 control\n", "control characters"),
    (("x" * 300).encode(), "too long"),
]


@pytest.mark.parametrize(("data", "expected"), GOOD_CASES)
def test_read_term_list(tmp_path: Path, data: bytes, expected: list[str]) -> None:
    path = tmp_path / "terms.txt"
    path.write_bytes(data)
    assert read_term_list(path) == expected


@pytest.mark.parametrize(("data", "words"), BAD_CASES)
def test_bad_term_list_names_the_file(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "bad terms.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_term_list(path)
    assert str(path) in str(err.value) and words in str(err.value)
    assert "\n" not in str(err.value)


def test_wrong_encoding_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("deterrence\numbrella\nprot\u00e9g\u00e9\n".encode("latin-1"))
    with pytest.raises(InputError) as err:
        read_term_list(path)
    assert err.value.line == 3


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.txt", tmp_path):
        with pytest.raises(InputError) as err:
            read_term_list(path)
        assert str(path) in str(err.value)


def test_parse_terms_keeps_order_and_collapses_spaces() -> None:
    assert parse_terms("b  c\na\n\n b\tc ") == ["b c", "a", "b c"]


def test_dump_writes_header_then_rows_in_order() -> None:
    pairs = [TermPair("nuclear umbrella", "核保护伞", 0.98765, "glossary+dictionary", 19,
                      "核保护伞的\t政治\n价值"),
             TermPair("compellence", "", 0.0, "none", 0)]
    buf = io.StringIO()
    assert dump_pairs(pairs, buf) == 2
    lines = buf.getvalue().split("\n")
    assert lines[0] == HEADER == "en\tzh\tscore\tmethod\tfreq\texample_zh"
    assert lines[1].split("\t") == ["nuclear umbrella", "核保护伞", "0.9877", "glossary+dictionary",
                                    "19", "核保护伞的\\t政治\\n价值"]
    assert lines[2].split("\t") == ["compellence", "", "0.0000", "none", "0", ""]
    assert lines[3] == ""
