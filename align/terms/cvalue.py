"""C-value termhood (Frantzi, Ananiadou & Mima 2000) with the nested-term correction. Pure.

A candidate is a tuple of *units* (Chinese sub-words, English lemmas); ``a`` is *nested* in
``b`` when ``a`` is a proper contiguous sub-sequence of ``b``. With ``f(a)`` the frequency of
``a`` counting its occurrences inside longer candidates and ``T_a`` the longer candidates that
contain it::

    C(a) = w(|a|) * f(a)                                  if T_a is empty
    C(a) = w(|a|) * (f(a) - sum(f(b) for b in T_a) / |T_a|)  otherwise

The original weight ``w(n) = log2(n)`` gives every single word 0. We use ``w(n) = log2(n + 1)``
by default (Barrón-Cedeño et al. 2009), which keeps the ordering of multi-word lengths and lets
one-word terms (威慑, deterrence) compete; ``plus_one=False`` gives the classic weight.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def nested_parents(keys: Sequence[tuple[Hashable, ...]]) -> list[list[int]]:
    """For each candidate, the indices of the longer candidates containing it (``T_a``).

    Args:
        keys: distinct candidates as unit tuples, length n.

    Returns:
        n lists of indices into ``keys``, each in increasing order, without repeats.
    """
    index = {key: i for i, key in enumerate(keys)}
    parents: list[set[int]] = [set() for _ in keys]
    for j, key in enumerate(keys):
        n = len(key)
        for start in range(n):
            for end in range(start + 1, n + 1):
                i = index.get(key[start:end])
                if i is not None and i != j:
                    parents[i].add(j)
    return [sorted(p) for p in parents]


def length_weight(lengths: Sequence[int] | np.ndarray, plus_one: bool = True) -> np.ndarray:
    """``log2(n + 1)`` (default) or ``log2(n)`` for each length; float64 array of shape (n,)."""
    n = np.asarray(lengths, dtype=np.float64)
    return np.log2(n + 1.0) if plus_one else np.log2(n)


def c_values(
    freq: Sequence[int] | np.ndarray,
    lengths: Sequence[int] | np.ndarray,
    parents: Sequence[Sequence[int]],
    *,
    plus_one: bool = True,
) -> np.ndarray:
    """C-value of each candidate.

    Args:
        freq: (n,) frequency of each candidate, nested occurrences included.
        lengths: (n,) number of units of each candidate (≥ 1).
        parents: n index lists, ``parents[i]`` = the candidates containing candidate ``i``
            (see ``nested_parents``).
        plus_one: weight ``log2(len + 1)`` instead of the classic ``log2(len)``.

    Returns:
        float64 array (n,).
    """
    f = np.asarray(freq, dtype=np.float64)
    if len(parents) != len(f) or len(lengths) != len(f):
        raise ValueError("freq, lengths and parents must have the same length")
    nested = np.array([f[list(p)].mean() if len(p) else 0.0 for p in parents], dtype=np.float64)
    return length_weight(lengths, plus_one) * (f - nested)
