"""Choosing one form per term: near-ties, then competition between terms (pure functions).

Within a term, candidates whose probabilities lie within ``tie`` of the best are near-ties: a
form that contains another near-tie wins over it (战术核武器 over 战术核武, 核武器 over 核武),
otherwise the more frequent form wins (可信性 ×3 over 可信度 ×1).

Between terms, one Chinese form should not be claimed by two English terms unless evidence
supports it: terms are served best claim first; a term may take a form an earlier term holds only
when its option is ``supported`` (strong evidence of its own: a glossary entry, full dictionary
coverage, an acronym gloss — ROK and South Korea both get 韩国) or its probability is at least
``support`` times the holder's; otherwise it falls back to its next candidate above the
threshold, or to none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Option:
    """A scored candidate of one term."""

    cid: int
    text: str
    p: float
    freq: int
    supported: bool = False


def _beats(a: Option, b: Option) -> bool:
    """Near-tie preference: ``a`` contains ``b`` (longer form), or neither nests and ``a`` is
    more frequent."""
    if b.text in a.text and len(a.text) > len(b.text):
        return True
    if a.text in b.text:
        return False
    return a.freq > b.freq


def order_options(options: Sequence[Option], tie: float = 0.02) -> list[Option]:
    """Options best first; the head is chosen among near-ties of the best (see module doc)."""
    ranked = sorted(options, key=lambda o: (-o.p, -len(o.text), o.cid))
    if not ranked:
        return []
    near = [o for o in ranked if o.p >= ranked[0].p - tie]
    head = near[0]
    for other in near[1:]:
        if _beats(other, head):
            head = other
    return [head] + [o for o in ranked if o is not head]


def choose(per_term: Sequence[Sequence[Option]], threshold: float, support: float = 0.9,
           tie: float = 0.02) -> list[Option | None]:
    """One option (or None) per term.

    Args:
        per_term: scored options of each term (any order).
        threshold: least probability of a reported form.
        support: share of the holder's probability a second claimant needs.
        tie: probability margin of near-ties.

    Returns:
        the chosen option per term, in input order; None = no form in the document.
    """
    ordered = [[o for o in order_options(opts, tie) if o.p >= threshold] for opts in per_term]
    order = sorted(range(len(ordered)), key=lambda i: -(ordered[i][0].p if ordered[i] else 0.0))
    holder: dict[int, float] = {}
    chosen: list[Option | None] = [None] * len(ordered)
    for i in order:
        for opt in ordered[i]:
            held = holder.get(opt.cid)
            if held is None or opt.supported or opt.p >= support * held:
                chosen[i] = opt
                holder[opt.cid] = max(held or 0.0, opt.p)
                break
    return chosen
