"""Shared pieces of the benchmark and calibration scripts: the Bible bench pair, resource usage.

The scripts import it as a sibling module (``python scripts/bench_check.py`` puts ``scripts/`` on
``sys.path``); the ``corpus``/``align`` packages never import scripts.

The Bible pair lives in ``../shared/bench/bible-enzh`` beside the checkout: ``en/001`` and
``zh/001`` hold one sentence per line, ``gold/001.align`` the gold beads ``[en ids]:[zh ids]``
(English first).
"""

from __future__ import annotations

import resource
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench"
BIBLE = BENCH / "bible-enzh"


def bible_lines(lang: str, root: Path = BIBLE) -> list[str]:
    """The sentences of the ``lang`` side (``en`` or ``zh``), indexed like the gold ids (lines
    split at ``\n`` only, as ``--presplit`` reads them; no empty item after the final newline)."""
    lines = (root / lang / "001").read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def bible_pairs(root: Path = BIBLE, one_to_one: bool = False) -> list[tuple[str, str]]:
    """``(zh, en)`` of every gold bead with both sides (sentences of a bead joined: Chinese
    without a separator, English with a space); ``one_to_one``: only beads of one sentence a side.
    """
    from corpus.formats.beads import read_beads

    en, zh = bible_lines("en", root), bible_lines("zh", root)
    out = []
    for bead in read_beads(root / "gold" / "001.align"):  # src = English ids, tgt = Chinese ids
        if not bead.src or not bead.tgt or one_to_one and len(bead.src) + len(bead.tgt) > 2:
            continue
        out.append(("".join(zh[i] for i in bead.tgt), " ".join(en[i] for i in bead.src)))
    return out


def cpu_seconds() -> float:
    """CPU time of this process and its finished children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def hwm_mb(pid: int | str = "self") -> float | None:
    """``VmHWM`` (peak resident memory, MB) of a live process from ``/proc``; None where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        return None


def peak_mb() -> tuple[float, float]:
    """Peak resident memory in MB: ``(this process, its largest finished child)``.

    This process's own peak is ``hwm_mb()`` where there is one: Linux's ``ru_maxrss`` of a process
    started by fork + exec also counts its parent's resident size at the fork, which would charge a
    benchmark child with its parent's memory. A child's figure (``RUSAGE_CHILDREN``) has that flaw,
    so children should be started by a small parent (or watched with ``hwm_mb(pid)``).
    """
    own = hwm_mb()
    if own is None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids
