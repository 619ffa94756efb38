"""Encoding detection for plain-text inputs (UTF-8/16/32, GB18030, Big5, cp1252, then a detector).

Statistical detectors fail on short Chinese files, so the order is fixed and strict:

1. a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. BOM-less UTF-16, recognised by NUL bytes at only odd (LE) or only even (BE) offsets;
3. binary data (other NULs, many control bytes) is rejected;
4. strict UTF-8;
5. strict GB18030, then strict Big5, each accepted only if the text looks like real Chinese;
6. a file that is UTF-8 or GB18030 except for a few bad bytes is reported as damaged, with offset;
7. strict cp1252, if the text looks like a Western European language;
8. ``charset-normalizer``; then a strict CJK decoding that looked odd; else the file is undecodable.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from corpus.errors import InputError
from corpus.read import plausible

SAMPLE_BYTES = 1 << 16
"""Bytes examined for the binary and UTF-16 heuristics."""

MAX_CONTROL_RATIO = 0.05
"""Share of control characters above which data counts as binary."""

MIN_PLAUSIBILITY = 0.9
"""Score a legacy decoding (GB18030, Big5, cp1252, sparse-NUL UTF-16) needs to be accepted."""

MAX_DAMAGE = 0.05
"""Share of bad characters up to which a mostly-UTF-8/GB18030 file is reported as damaged."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_CJK = (("gb18030", plausible.common_gb), ("big5", plausible.common_big5))
# C0 controls except \t \n \v \f \r, plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

PathLike = str | Path | None


def decode_bytes(data: bytes, path: PathLike) -> tuple[str, str]:
    """Decode a text file's bytes.

    Args:
        data: the raw file content.
        path: the file, used in error messages only.

    Returns:
        ``(text, encoding)``: the text with ``\\n`` line ends and no BOM, and the codec that decoded
        it: ``utf-8``, ``utf-8-sig``, ``gb18030``, ``big5``, ``utf-16-le``, ``utf-16-be``,
        ``utf-32-le``, ``utf-32-be``, ``cp1252`` or a name ``charset-normalizer`` chose.

    Raises:
        InputError: empty or whitespace-only data ("empty file"), binary data ("binary file, not
            text"), or bytes no candidate decodes (names the byte offset and line).
    """
    if not data:
        raise InputError(path, "empty file")
    text, encoding = _decode(data, path)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "empty file")
    if _control_ratio(text[:SAMPLE_BYTES]) > MAX_CONTROL_RATIO:
        raise InputError(path, "binary file, not text")
    return text, encoding


def _decode(data: bytes, path: PathLike) -> tuple[str, str]:
    """Pick the encoding in the order given in the module docstring."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, path, skipped=len(bom)), name
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data or _looks_binary(data[:SAMPLE_BYTES]):
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    fallback: tuple[str, str] | None = None
    for codec, common in _CJK:
        text = _try(data, codec)
        if text is None:
            continue
        if plausible.share(text, common) >= MIN_PLAUSIBILITY:
            return text, codec
        fallback = fallback or (text, codec)
    _reject_damaged(data, path)
    text = _try(data, "cp1252")
    if text is not None and plausible.latin_score(text) >= MIN_PLAUSIBILITY:
        return text, "cp1252"
    result = _detect(data) or fallback
    if result is None:
        raise _undecodable(data, path, _first_error(data, "utf-8"), "utf-8")
    return result


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _first_error(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)


def _strict(data: bytes, codec: str, path: PathLike, skipped: int = 0) -> str:
    """Decode ``data`` with ``codec`` or raise InputError at the first bad byte."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, path, exc.start, codec, skipped) from None


def _reject_damaged(data: bytes, path: PathLike) -> None:
    """Raise if ``data`` is UTF-8 or GB18030 apart from a few bad bytes (a damaged file)."""
    for codec, common in (("utf-8", None), ("gb18030", plausible.common_gb)):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        wide = len(text) - len(text.encode("ascii", "ignore")) - bad
        good = float(wide)
        if common is not None and wide:
            good *= plausible.share(text[:SAMPLE_BYTES].replace("\ufffd", ""), common)
        if good and 0 < bad <= MAX_DAMAGE * (good + bad):
            raise _undecodable(data, path, _first_error(data, codec), codec)


def _undecodable(
    data: bytes, path: PathLike, offset: int, codec: str, skipped: int = 0
) -> InputError:
    """InputError naming the codec, byte offset and 1-based line of the first bad byte."""
    if codec.startswith(("utf-16", "utf-32")):
        line = data[:offset].decode(codec, errors="replace").count("\n") + 1
    else:
        line = data[:offset].count(b"\n") + 1
    bad = data[offset : offset + 4].hex(" ")
    return InputError(
        path,
        f"cannot decode text: invalid {codec} bytes ({bad}) at byte offset {offset + skipped}",
        line=line,
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode BOM-less UTF-16, recognised by where its NUL bytes fall.

    Mostly-ASCII UTF-16 has a NUL in most units, all at odd (LE) or all at even (BE) offsets.
    Chinese UTF-16 has few NULs (newlines, U+4E00...), so there the decoded text must also look
    like Chinese.
    """
    sample = data[: SAMPLE_BYTES & ~1]
    if len(data) % 2 or len(sample) < 4 or b"\x00" not in sample:
        return None
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    units = len(sample) // 2
    candidates = [("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)]
    candidates.sort(key=lambda c: c[2] - c[1])
    for codec, many, few in candidates:
        text = _try(data, codec)
        if text is None:
            continue
        ascii_like = many >= 0.1 * units and few <= 0.25 * many
        if ascii_like or plausible.share(text, plausible.common_cjk) >= MIN_PLAUSIBILITY:
            return text, codec
    return None


def _looks_binary(sample: bytes) -> bool:
    """True when control bytes make up more than ``MAX_CONTROL_RATIO`` of ``sample``."""
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > MAX_CONTROL_RATIO * max(len(sample), 1)


def _control_ratio(text: str) -> float:
    return len(_CONTROL_CHARS.findall(text)) / max(len(text), 1)


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer; return ``(text, codec)`` or None when it finds nothing."""
    from charset_normalizer import from_bytes  # lazy: slow to import

    best = from_bytes(data).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    text = _try(data, codec)
    return None if text is None else (text, codec)
