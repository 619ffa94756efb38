"""Run a function over chunks in forked worker processes (for pure-Python + BLAS-bound encoders).

Forking after the model is loaded shares its memory copy-on-write, so workers start in
milliseconds. Where ``fork`` is unavailable (Windows, macOS default) or only one worker is
asked for, or this process is itself a daemonic pool worker, the chunks run in this process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_TASK: dict[str, Callable[[Any], Any]] = {}


def can_fork() -> bool:
    """True when this process may fork workers (``fork`` exists; not inside a daemon worker)."""
    daemon = multiprocessing.current_process().daemon
    return not daemon and "fork" in multiprocessing.get_all_start_methods()


def _call(chunk: Any) -> Any:
    return _TASK["fn"](chunk)


def fork_map(fn: Callable[[T], R], chunks: Sequence[T], workers: int) -> list[R]:
    """``[fn(c) for c in chunks]``, spread over ``workers`` forked processes, in order."""
    if workers <= 1 or len(chunks) <= 1 or not can_fork():
        return [fn(c) for c in chunks]
    _TASK["fn"] = fn
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(workers, len(chunks))) as pool:
            return pool.map(_call, chunks, chunksize=1)
    finally:
        _TASK.clear()


def split_even(sizes: Sequence[int], parts: int) -> list[slice]:
    """Cut a sequence into ``parts`` contiguous slices of about equal total ``sizes``."""
    total = sum(sizes)
    if not sizes:
        return []
    bounds, acc, cut = [0], 0, 1
    for i, s in enumerate(sizes):
        acc += s
        if cut < parts and acc >= total * cut / parts and i + 1 < len(sizes):
            bounds.append(i + 1)
            cut += 1
    bounds.append(len(sizes))
    return [slice(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
