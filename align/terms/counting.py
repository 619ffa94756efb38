"""Count term candidates over runs, nested occurrences included.

Two passes: the candidates are the unit keys of all pattern spans; then every unit-aligned
sub-span of every run whose key is a candidate, and whose last unit may end a term, counts as
one occurrence. So 核武器 is counted
inside 战术核武器 (units 战术|核|武器) and "nuclear weapon" inside "tactical nuclear weapons",
which is the frequency C-value expects.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from align.terms.base import Run


@dataclass(frozen=True, slots=True)
class CandidateStats:
    """One candidate: its key, frequency, most frequent written form and first sentence."""

    key: tuple[str, ...]
    freq: int
    surface: str
    first_segment: int


def count_candidates(runs: Iterable[Run], joiner: str) -> list[CandidateStats]:
    """Frequencies of all candidates of ``runs``, in order of first occurrence.

    Args:
        runs: the extractor's runs.
        joiner: joins unit surfaces into the written form (ties: the form seen first).
    """
    runs = list(runs)
    candidates = {run.units[s:e] for run in runs for s, e in run.spans}
    if not candidates:
        return []
    longest = max(len(k) for k in candidates)
    freq: Counter[tuple[str, ...]] = Counter()
    forms: dict[tuple[str, ...], Counter[str]] = {}
    first: dict[tuple[str, ...], int] = {}
    for run in runs:
        n = len(run.units)
        for start in range(n):
            for end in range(start + 1, min(n, start + longest) + 1):
                key = run.units[start:end]
                if not run.ends[end - 1] or key not in candidates:
                    continue
                freq[key] += 1
                forms.setdefault(key, Counter())[joiner.join(run.surfaces[start:end])] += 1
                first.setdefault(key, run.segment)
    return [CandidateStats(key, n, forms[key].most_common(1)[0][0], first[key])
            for key, n in freq.items()]
