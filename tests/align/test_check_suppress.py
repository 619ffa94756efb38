"""Suppression fingerprints and files: stable where they must be, different where they must not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from align.check.suppress import (
    fingerprint,
    read_suppressions,
    split_suppressed,
    write_suppressions,
)
from corpus.errors import InputError
from corpus.types import Finding

BASE = Finding(3, "number-mismatch", "error", "1958 is missing", "他于1957年抵达。",
               "He arrived in 1958.", ((3, 8),), ((14, 18),), "")

# (case, change, same fingerprint?)
CHANGES = [
    ("other row", {"row": 41}, True),
    ("reworded message", {"message": "the year differs"}, True),
    ("other severity", {"severity": "warning"}, True),
    ("extra whitespace", {"zh": " 他于1957年抵达。 ", "zh_spans": ((4, 9),)}, True),
    ("spaces inside english", {"en": "He  arrived\tin 1958.", "en_spans": ((15, 19),)}, True),
    ("other check", {"check": "untranslated"}, False),
    ("other rule", {"rule": "missing"}, False),
    ("other chinese text", {"zh": "他于1957年到达。"}, False),
    ("other english text", {"en": "He came in 1958."}, False),
    ("other zh span", {"zh_spans": ((2, 8),)}, False),
    ("other en span", {"en_spans": ((3, 10),)}, False),
    ("full-width comma kept apart", {"zh": "他于1957年抵达，"}, False),
]


@pytest.mark.parametrize(("case", "change", "same"), CHANGES, ids=[c[0] for c in CHANGES])
def test_fingerprint_depends_on_content_not_position(case: str, change: dict, same: bool) -> None:
    assert (fingerprint(replace(BASE, **change)) == fingerprint(BASE)) is same


def test_fingerprint_is_16_hex_digits() -> None:
    fp = fingerprint(BASE)
    assert len(fp) == 16 and int(fp, 16) >= 0


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    other = replace(BASE, row=5, check="typography", rule="ascii-punct", zh_spans=((0, 1),))
    path = tmp_path / "accepted.txt"
    n = write_suppressions(path, [BASE, other, replace(BASE, row=9)], keep={"00000000deadbeef"},
                           signature="zhenkit test")
    assert n == 3  # the repeated finding is written once
    assert read_suppressions(path) == {fingerprint(BASE), fingerprint(other), "00000000deadbeef"}
    text = path.read_text("utf-8")
    assert "# zhenkit test" in text and "number-mismatch row 3" in text


def test_split_suppressed_drops_every_copy(tmp_path: Path) -> None:
    moved = replace(BASE, row=100)
    other = replace(BASE, check="length-ratio")
    kept, dropped = split_suppressed([BASE, other, moved], {fingerprint(BASE)})
    assert kept == [other] and dropped == [BASE, moved]


def test_read_ignores_comments_blank_lines_and_case(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("# header\n\nABCDEF0123456789  # a finding\n   \n0123456789abcdef\n", "utf-8")
    assert read_suppressions(path) == {"abcdef0123456789", "0123456789abcdef"}


BAD_FILES = [
    ("short fingerprint", "abc123\n", 1),
    ("two on one line", "# x\n0123456789abcdef 0123456789abcdef\n", 2),
    ("not hex", "0123456789abcdeg\n", 1),
]


@pytest.mark.parametrize(("case", "text", "line"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_suppression_line_names_file_and_line(tmp_path: Path, case: str, text: str,
                                                   line: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as err:
        read_suppressions(path)
    assert err.value.line == line and err.value.path == str(path)


def test_missing_suppression_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such suppression file"):
        read_suppressions(tmp_path / "nope.txt")


def test_non_utf8_suppression_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(b"0123456789abcdef\n# \xba\xcb\n")  # GBK bytes on line 2
    with pytest.raises(InputError, match="suppression file as UTF-8") as err:
        read_suppressions(path)
    assert err.value.line == 2


def test_utf16_suppression_file_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("0123456789ABCDEF\n".encode("utf-16"))
    assert read_suppressions(path) == frozenset({"0123456789abcdef"})
