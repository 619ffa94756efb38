"""Glossary term checks of one row: ``term-missing``, ``term-forbidden``, ``term-variant``.

The glossary comes from ``CheckInput.resources["glossary"]``; occurrences and readings from
``terms_match`` (Chinese forms on jieba token boundaries, English terms by lemma family, see
``align.termmatch``). Severities:

- ``term-missing`` (bilingual pairs): the English names a glossary concept but the Chinese holds
  neither its preferred nor an admitted form. ``error``; ``warning`` when the English matched
  only by derivation ("deterred" for "deterrence": another part of speech may rightly be
  translated otherwise), ``info`` when that derived match is one everyday word (wordfreq Zipf
  ≥ ``EVERYDAY_ZIPF``). A form also counts as present inside a longer word that is not itself a
  glossary form (威慑 in 威慑力), never inside another glossary form (核武器 in 战术核武器).
  ``rule``: the English rule that matched (exact, inflection, derivation).
- ``term-forbidden`` (both modes): a deprecated/superseded form. ``error``; ``warning`` (rule
  ``forbidden-ambiguous``) when nothing tells which concept is meant and the form is also right
  for another concept (常规威慑: rejected for general deterrence, preferred for conventional
  deterrence).
- ``term-variant`` (both modes): an admitted form where the glossary prefers another; ``info``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from align.check.base import Check, CheckInput, Evidence
from align.check.country_short import short_form_present
from align.check.terms_match import RowTerms, glossary_matcher, row_terms, zh_readings
from align.check.terms_text import en_name, listing, zh_choices
from align.termmatch.en import RULES
from align.termmatch.glossary import EnHit, GlossaryMatcher

#: Derived words at least this frequent (wordfreq Zipf) are everyday words: a hint only.
EVERYDAY_ZIPF = 4.0


class TermMissing(Check):
    """A glossary term of the English without its Chinese rendering."""

    id = "term-missing"
    severity = "error"
    bilingual_only = True

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        rows, matcher = row_terms(data), glossary_matcher(data)
        if rows is None or matcher is None:
            return
        for row, rt in enumerate(rows):
            if not data.zh[row].strip():
                continue  # an empty translation is the ``untranslated`` check's finding
            groups: dict[tuple[int, ...], list[EnHit]] = {}
            for hit in rt.en:
                groups.setdefault(hit.concepts, []).append(hit)
            for concepts, hits in groups.items():
                ev = self._group(row, data.zh[row], rt, matcher, concepts, hits)
                if ev is not None:
                    yield ev

    def _group(self, row: int, zh: str, rt: RowTerms, matcher: GlossaryMatcher,
               concepts: tuple[int, ...], hits: list[EnHit]) -> Evidence | None:
        forms = tuple(dict.fromkeys(f for c in concepts for f in matcher.acceptable(c)))
        if not forms or _rendered(zh, rt, concepts, forms):
            return None
        best = min(hits, key=lambda h: RULES.index(h.match.rule))  # the strongest rule
        concept = matcher.concepts[concepts[0]]
        shown = en_name(concept)
        if best.match.rule != "exact" or best.match.text.lower() != concept.en.lower():
            shown += f' (matched "{best.match.text}", {best.match.rule})'
        msg = f"{shown} should be rendered {zh_choices(forms)}; none found in the Chinese"
        wrong = [h for h in rt.zh if any(u.concept in concepts and u.status == "forbidden"
                                         for u in h.uses)]
        if wrong:
            msg += f" (found {listing(h.match.form for h in wrong)}, which the glossary rejects)"
        return Evidence(row, 1.0, msg, tuple(h.span for h in wrong), tuple(h.span for h in hits),
                        best.match.rule, _severity(best))


def _severity(hit: EnHit) -> str | None:
    """None (the check's error) for exact/inflected matches; warning or info for derivations."""
    if hit.match.rule != "derivation":
        return None
    words = hit.match.text.split()
    return "info" if len(words) == 1 and _zipf(words[0].lower()) >= EVERYDAY_ZIPF else "warning"


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loaded on first use

    return float(zipf_frequency(word, "en"))


def _rendered(zh: str, rt: RowTerms, concepts: tuple[int, ...], forms: tuple[str, ...]) -> bool:
    """A preferred/admitted form of the concepts occurs (``rt.zh`` also holds the forms inside
    non-glossary words, ``terms_match``), or a country's short form stands in a compound."""
    if any(u.concept in concepts and u.status != "forbidden" for h in rt.zh for u in h.uses):
        return True
    return any(short_form_present(zh, form) for form in forms)


class TermForbidden(Check):
    """A Chinese form the glossary rejects."""

    id = "term-forbidden"
    severity = "error"

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        for matcher, row, hit, uses, decided in zh_readings(data):
            bad = [u.concept for u in uses if u.status == "forbidden"]
            good = [u.concept for u in uses if u.status != "forbidden"]
            if not bad or (decided and good):
                continue
            concept = matcher.concepts[bad[0]]
            msg = (f"{hit.match.form} is rejected for {en_name(concept)}: use "
                   f"{zh_choices(matcher.acceptable(bad[0]))}")
            if good:
                others = listing(en_name(matcher.concepts[c]) for c in good)
                msg += f"; keep it only where it means {others}"
                yield Evidence(row, 1.0, msg, (hit.span,), rule="forbidden-ambiguous",
                               severity="warning")
            else:
                yield Evidence(row, 1.0, msg, (hit.span,), rule="forbidden")


class TermVariant(Check):
    """An admitted form where the glossary prefers another one."""

    id = "term-variant"
    severity = "info"

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        for matcher, row, hit, uses, _ in zh_readings(data):
            admitted = [u.concept for u in uses if u.status == "admitted"]
            if not admitted or any(u.status == "preferred" for u in uses):
                continue
            concept = matcher.concepts[admitted[0]]
            msg = (f"{hit.match.form} is an admitted variant for {en_name(concept)}; "
                   f"the preferred form is {concept.zh}")
            yield Evidence(row, 1.0, msg, (hit.span,), rule="variant")
