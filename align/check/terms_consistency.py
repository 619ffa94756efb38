"""Document-level term checks: ``term-inconsistent`` and ``term-ambiguous`` (both ``warning``).

``term-inconsistent``: one concept, several Chinese forms in one document. Bilingual: the rows
whose English names a glossary concept are compared by the concept's forms they use (any
status); without a glossary entry, English terms are aligned to Chinese spans by dictionary
(``terms_free``, rule ``alignment``). Monolingual: forms that belong to one concept only
(扩展威慑 and 延伸威慑 for extended deterrence; shared forms say nothing), rule ``variants``.
Rejected forms take no part (``term-forbidden`` reports them). The form used in most rows (ties:
the one seen first) is the reference; rows using another form and not the reference are reported.

``term-ambiguous``: one Chinese form, several glossary concepts in one document, each reading
decided by the row's English (or an inline English gloss). The concept for which the form is
preferred (else the one of most rows) is the reference; rows reading it otherwise are reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from align.check.base import Check, CheckInput, Evidence
from align.check.terms_match import RowTerms, glossary_matcher, row_terms, zh_readings
from align.check.terms_text import en_name, rows_word
from align.termmatch.glossary import GlossaryMatcher

RowSpans = dict[int, list[tuple[int, int]]]  # row → Chinese spans
Usage = dict[int, dict[str, RowSpans]]  # concept → form → row → spans
V = TypeVar("V")  # a variant: a Chinese form, or a concept index


def odd_ones(variants: dict[V, RowSpans], reference: V | None = None
             ) -> tuple[V, list[tuple[V, int]]]:
    """The reference variant and the ``(variant, row)`` uses that deviate from it (pure).

    Args:
        variants: variant → rows using it (in first-use order) → spans.
        reference: the reference variant (default: most rows, ties: first used).
    """
    if reference is None:
        firsts = {v: min(rows) for v, rows in variants.items()}
        reference = max(variants, key=lambda v: (len(variants[v]), -firsts[v]))
    ref_rows = variants.get(reference, {})
    odd = [(v, row) for v, rows in variants.items() if v != reference
           for row in rows if row not in ref_rows]
    return reference, sorted(odd, key=lambda x: x[1])


class TermInconsistent(Check):
    """One term, several renderings in one document."""

    id = "term-inconsistent"
    severity = "warning"

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        rows, matcher = row_terms(data), glossary_matcher(data)
        reported: dict[int, list[tuple[int, int]]] = {}
        if rows is not None and matcher is not None:
            mono = data.monolingual
            usage = _mono_usage(rows, matcher) if mono else _pair_usage(rows)
            for ev in _report(usage, matcher, "variants" if mono else "glossary"):
                reported.setdefault(ev.row, []).extend(ev.zh_spans)
                yield ev
        if not data.monolingual:
            from align.check.terms_free import free_inconsistencies

            yield from free_inconsistencies(data, reported)


def _pair_usage(rows: Sequence[RowTerms]) -> Usage:
    usage: Usage = {}
    for row, rt in enumerate(rows):
        for c in rt.en_concepts:
            for hit in rt.zh:
                if any(u.concept == c and u.status != "forbidden" for u in hit.uses):
                    usage.setdefault(c, {}).setdefault(hit.match.form, {}).setdefault(
                        row, []).append(hit.span)
    return usage


def _mono_usage(rows: Sequence[RowTerms], matcher: GlossaryMatcher) -> Usage:
    usage: Usage = {}
    for row, rt in enumerate(rows):
        for hit in rt.zh:
            concepts = {u.concept for u in hit.uses}
            if len(concepts) == 1 and hit.uses[0].status != "forbidden":
                usage.setdefault(concepts.pop(), {}).setdefault(hit.match.form, {}).setdefault(
                    row, []).append(hit.span)
    return usage


def _report(usage: Usage, matcher: GlossaryMatcher, rule: str) -> Iterator[Evidence]:
    for concept, variants in usage.items():
        if len(variants) < 2:
            continue
        name = en_name(matcher.concepts[concept])
        ref, odd = odd_ones(variants)
        n_ref = len(variants[ref])
        for form, row in odd:
            if rule == "variants":
                msg = (f"{form} and {ref} both stand for {name} in this text ({ref} in "
                       f"{rows_word(n_ref)}); use one form throughout")
            else:
                msg = (f"{name} is rendered {form} here but {ref} in {rows_word(n_ref)}; "
                       "use one form throughout")
            yield Evidence(row, 1.0, msg, tuple(variants[form][row]), rule=rule)


class TermAmbiguous(Check):
    """One Chinese form for several glossary concepts in one document."""

    id = "term-ambiguous"
    severity = "warning"

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        readings: dict[str, dict[int, RowSpans]] = {}  # form → concept → row → spans
        matcher = glossary_matcher(data)
        for _, row, hit, uses, decided in zh_readings(data):
            concepts = {u.concept for u in uses}
            if decided and len(concepts) == 1:
                readings.setdefault(hit.match.form, {}).setdefault(
                    concepts.pop(), {}).setdefault(row, []).append(hit.span)
        for form, by_concept in readings.items():
            if len(by_concept) > 1:
                yield from self._form(form, by_concept, matcher)

    def _form(self, form: str, by_concept: dict[int, RowSpans],
              matcher: GlossaryMatcher) -> Iterator[Evidence]:
        preferred = [c for c in by_concept
                     if any(u.concept == c and u.status == "preferred"
                            for u in matcher.zh_uses[form])]
        ref, odd = odd_ones(by_concept, preferred[0] if len(preferred) == 1 else None)
        ref_name = en_name(matcher.concepts[ref])
        for c, row in odd:
            msg = (f"{form} stands for {en_name(matcher.concepts[c])} here but for "
                   f"{ref_name} in {rows_word(len(by_concept[ref]))}; give each concept its "
                   "own Chinese term")
            yield Evidence(row, 1.0, msg, tuple(by_concept[c][row]), rule="ambiguous")
