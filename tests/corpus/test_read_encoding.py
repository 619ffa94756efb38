"""decode_bytes: encodings, BOMs, line ends, binary/empty/undecodable input."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from corpus.errors import InputError
from corpus.read.encoding import decode_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "read"
SEED = (
    Path(__file__).resolve().parents[2] / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt"
)


def _text(name: str) -> str:
    path = SEED if name == "seed" else DATA / f"{name}.txt"
    return path.read_text(encoding="utf-8")


# (fixture text, how to encode it, expected encoding name)
DECODE_CASES = [
    ("seed", lambda t: t.encode("utf-8"), "utf-8"),
    ("seed", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("seed", lambda t: t.encode("gb18030"), "gb18030"),
    ("seed", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
    ("seed", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
    ("seed", lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ("seed", lambda t: t.encode("utf-16-be"), "utf-16-be"),
    ("seed", lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), "utf-32-le"),
    ("zh_simplified", lambda t: t.encode("gb18030"), "gb18030"),
    ("zh_simplified", lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ("zh_simplified", lambda t: t.encode("utf-16-be"), "utf-16-be"),
    ("zh_traditional", lambda t: t.encode("big5"), "big5"),
    ("zh_traditional", lambda t: t.encode("utf-8"), "utf-8"),
    ("de", lambda t: t.encode("cp1252"), "cp1252"),
    ("fr", lambda t: t.encode("cp1252"), "cp1252"),
    ("fr", lambda t: t.encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize(("name", "encode", "encoding"), DECODE_CASES)
def test_decode_round_trip(name, encode, encoding):
    original = _text(name)
    text, detected = decode_bytes(encode(original), "f.txt")
    assert detected == encoding
    assert text == original


SHORT_ZH_CASES = [
    ("核保护伞。", "gb18030"),
    ("威慑", "gb18030"),
    ("價值", "big5"),
]


@pytest.mark.parametrize(("text", "codec"), SHORT_ZH_CASES)
def test_short_chinese_is_not_left_to_the_detector(text, codec):
    assert decode_bytes(text.encode(codec), "f.txt") == (text, codec)


NEWLINE_CASES = [
    (b"a\r\nb\r\n", "a\nb\n"),
    (b"a\rb\r", "a\nb\n"),
    (b"a\r\n\r\nb", "a\n\nb"),
    (b"a\r\r\nb\n", "a\n\nb\n"),
    ("\ufeff甲\r\n乙".encode("utf-16-le"), "甲\n乙"),
    (codecs.BOM_UTF8 + b"x\r\ny", "x\ny"),
]


@pytest.mark.parametrize(("data", "expected"), NEWLINE_CASES)
def test_line_ends_and_bom_are_normalised(data, expected):
    assert decode_bytes(data, "f.txt")[0] == expected


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def _random(nul: bool) -> bytes:
    data = random.Random(7).randbytes(4096)
    return data if nul else data.replace(b"\x00", b"x")


ERROR_CASES = [
    (b"", "empty file", None),
    (b" \n\t\r\n  ", "empty file", None),
    (codecs.BOM_UTF8, "empty file", None),
    (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file", None),
    (_png(), "binary file, not text", None),
    (_random(nul=True), "binary file, not text", None),
    (_random(nul=False), "binary file, not text", None),
    (b"text with a NUL\x00 in it\n", "binary file, not text", None),
    (b"ctrl\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\n", "binary file, not text", None),
    (
        ("正常的中文。" * 30 + "\n第二行").encode("utf-8") + b"\xff" + "後面".encode(),
        "invalid utf-8 bytes (ff",
        2,
    ),
    (
        ("正常的中文。" * 30 + "\n\n第三行").encode("gb18030")
        + b"\xff\xff"
        + "后面".encode("gb18030"),
        "invalid gb18030 bytes (ff ff",
        3,
    ),
    (codecs.BOM_UTF16_LE + b"a\x00\n\x00\x00\xd8b\x00", "invalid utf-16-le bytes", 2),
]


@pytest.mark.parametrize(("data", "reason", "line"), ERROR_CASES)
def test_bad_input_raises_input_error(data, reason, line):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "in/put.txt")
    assert info.value.path == "in/put.txt"
    assert reason in info.value.reason
    assert info.value.line == line
    assert str(info.value).startswith("in/put.txt")


@pytest.mark.parametrize(
    ("repeat", "codec"), [(30, "utf-8"), (40_000, "utf-8"), (40_000, "gb18030")]
)
def test_undecodable_error_names_byte_offset(repeat, codec):
    prefix = ("正常的中文。\n" * repeat).encode(codec)  # 40_000 lines: the bad byte is far in
    data = prefix + b"\xff" + "后面的文字".encode(codec)
    with pytest.raises(InputError) as info:
        decode_bytes(data, "x.txt")
    assert f"invalid {codec} bytes" in info.value.reason
    assert f"byte offset {len(prefix)}" in info.value.reason
    assert info.value.line == repeat + 1
