"""The bead format of sentence alignments (Vecalign / Bertalign style), one bead per line.

A line is ``[source ids]:[target ids]`` with an optional ``:score`` appended::

    [0]:[0]
    [1,2]:[1,2,3]
    [5]:[]            deletion (source sentence 5 has no target)
    []:[7]            insertion
    [1]:[1, 2]:0.123  spaces are allowed, the score is optional

Ids are 0-based sentence (line) numbers of the source and target text. An optional first line
starting with ``#`` holds the run signature; blank lines are ignored.

Writing uses the compact form ``[0,1]:[2]``; a bead's score, when it has one, is appended as
``:score`` with 6 decimals (Vecalign's precision), so reading a written file gives the scores back
rounded to 6 decimals. Pass ``with_scores=False`` to write the gold-style form without scores.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path

from corpus.errors import FormatError, InputError
from corpus.io import atomic_write
from corpus.signature import SIGNATURE_PREFIX, is_signature_line
from corpus.types import Bead

_IDS = r"\[\s*(\d+(?:\s*,\s*\d+)*)?\s*\]"
_BEAD_RE = re.compile(rf"^\s*{_IDS}\s*:\s*{_IDS}\s*(?::\s*(\S+))?\s*$")


def parse_bead(line: str) -> Bead:
    """Parse one bead line such as ``[1,2]:[3]`` or ``[1]:[1, 2]:0.5``.

    Raises:
        ValueError: the line is not a bead (message says why, without file or line).
    """
    m = _BEAD_RE.match(line)
    if m is None:
        raise ValueError(f"not a bead '[ids]:[ids]' or '[ids]:[ids]:score': {line.strip()!r}")
    src, tgt = _ids(m.group(1)), _ids(m.group(2))
    for side, ids in (("source", src), ("target", tgt)):
        if len(set(ids)) != len(ids):
            raise ValueError(f"{side} ids repeat a sentence: {line.strip()!r}")
    return Bead(src=src, tgt=tgt, score=_score(m.group(3)))


def _ids(group: str | None) -> tuple[int, ...]:
    if not group:
        return ()
    return tuple(int(x) for x in group.split(","))


def _score(token: str | None) -> float | None:
    if token is None:
        return None
    try:
        value = float(token)
    except ValueError:
        raise ValueError(f"score is not a number: {token!r}") from None
    if math.isnan(value):
        raise ValueError("score is NaN")
    return value


def read_beads(path: str | Path) -> list[Bead]:
    """Read a bead file (gold or system output) strictly.

    Args:
        path: UTF-8 text file, one bead per line; optional ``#`` signature first line.

    Returns:
        The beads in file order (``Bead.src`` = first bracket, ``Bead.tgt`` = second).

    Raises:
        InputError: the file cannot be read or decoded.
        FormatError: a line is not a bead (names the file and the 1-based line).
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "bead file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, expected a bead file") from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from None
    return _parse_lines(path, text.splitlines())


def _parse_lines(path: str | Path, lines: list[str]) -> list[Bead]:
    beads: list[Bead] = []
    first = True
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if first and is_signature_line(line):
            first = False
            continue
        first = False
        try:
            beads.append(parse_bead(line))
        except ValueError as exc:
            raise FormatError(path, str(exc), line=number) from None
    return beads


def format_bead(bead: Bead, with_score: bool = True) -> str:
    """One bead as a line without newline: ``[0,1]:[2]`` (``:score`` appended if wanted)."""
    text = f"[{','.join(map(str, bead.src))}]:[{','.join(map(str, bead.tgt))}]"
    if with_score and bead.score is not None:
        text += f":{bead.score:.6f}"
    return text


def write_beads(
    path: str | Path,
    beads: Iterable[Bead],
    signature: str | None = None,
    *,
    with_scores: bool = True,
) -> None:
    """Write beads atomically, one per line, after an optional ``# signature`` line.

    Args:
        path: output file (written to a temp file first, then renamed).
        beads: beads in order.
        signature: run signature (see ``corpus.signature``); written as ``# <signature>``.
        with_scores: append ``:score`` (6 decimals) to beads that have a score.

    Raises:
        ValueError: ``signature`` spans several lines.
    """
    if signature is not None and ("\n" in signature or "\r" in signature):
        raise ValueError("a signature must be one line")
    with atomic_write(path) as fh:
        if signature is not None:
            fh.write(f"{SIGNATURE_PREFIX}{signature}\n")
        for bead in beads:
            fh.write(format_bead(bead, with_scores) + "\n")
