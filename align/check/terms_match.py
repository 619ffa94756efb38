"""Shared per-run term analysis of the term checks: glossary hits of every row, built once.

``CheckInput.resources`` keys read here: ``"glossary"`` (a ``corpus.glossary.Glossary``; without
it the glossary checks find nothing), ``"zh_tokens"`` (optional: the segmentation of every
Chinese row, reused instead of segmenting again). Keys written: ``"term_matcher"`` (the
``GlossaryMatcher``), ``"term_rows"`` (the ``RowTerms`` of the input) and ``"en_words"`` (the
words of every English row, ``align.termmatch.en.words``).

*Reading* of a Chinese occurrence: the concepts its form belongs to, narrowed to those the row
names in English (the English side of the pair, or an inline gloss right after the form, as in
常规威慑（general deterrence）); when neither names one of them the reading stays open (all
concepts of the form), which is always the case for monolingual rows without inline glosses.

Bilingual rows also count a preferred or admitted form of a concept their English names inside a
longer word that is no glossary form (强制 in the jieba word 强制手段, 威慑 in 威慑力) when no
token-boundary occurrence renders that concept: such a row uses the form, for the consistency
checks as for ``term-missing``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from align.check.base import CheckInput
from align.termmatch.en import Word, words
from align.termmatch.glossary import EnHit, FormUse, GlossaryMatcher, ZhHit
from align.termmatch.zh import ZhMatch

_INLINE_GLOSS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z'’ \-]{2,80}?)\s*[）)]")


@dataclass(frozen=True, slots=True)
class RowTerms:
    """Glossary terms of one row.

    Attributes:
        zh: Chinese occurrences, in text order.
        en: English occurrences (none in monolingual mode), in text order.
        glosses: per Chinese occurrence, concepts named by an inline English gloss after it.
    """

    zh: tuple[ZhHit, ...]
    en: tuple[EnHit, ...]
    glosses: tuple[frozenset[int], ...]

    @property
    def en_concepts(self) -> frozenset[int]:
        return frozenset(c for h in self.en for c in h.concepts)

    def reading(self, k: int) -> tuple[tuple[FormUse, ...], bool]:
        """Uses of Chinese occurrence ``k`` in context and whether the context decided them."""
        named = self.en_concepts | self.glosses[k]
        uses = self.zh[k].uses
        narrowed = tuple(u for u in uses if u.concept in named)
        return (narrowed, True) if narrowed else (uses, False)


def glossary_matcher(data: CheckInput) -> GlossaryMatcher | None:
    """The run's matcher for ``resources["glossary"]`` (None without a glossary)."""
    res = data.resources
    glossary = res.get("glossary")
    if glossary is None:
        return None
    matcher = res.get("term_matcher")
    if not isinstance(matcher, GlossaryMatcher) or matcher.glossary is not glossary:
        matcher = GlossaryMatcher(glossary)  # type: ignore[arg-type]
        res["term_matcher"] = matcher
    return matcher


def en_words(data: CheckInput) -> list[list[Word]]:
    """The words of every English row (empty in monolingual mode; cached in ``resources``)."""
    return _cached(data, "en_words", lambda: [words(data.en_text(i)) for i in range(len(data.zh))])


def row_terms(data: CheckInput) -> list[RowTerms] | None:
    """Glossary terms of every row (cached in ``resources``); None without a glossary."""
    matcher = glossary_matcher(data)
    if matcher is None:
        return None
    return _cached(data, "term_rows", lambda: _rows(data, matcher))


def _rows(data: CheckInput, matcher: GlossaryMatcher) -> list[RowTerms]:
    tokens: Sequence[Sequence[str]] | None = data.resources.get("zh_tokens")  # type: ignore[assignment]
    if tokens is not None and len(tokens) != len(data.zh):
        tokens = None
    en = en_words(data)
    return [_row(data, i, matcher, tokens[i] if tokens is not None else None, en[i])
            for i in range(len(data.zh))]


def zh_readings(data: CheckInput
                ) -> Iterator[tuple[GlossaryMatcher, int, ZhHit, list[FormUse], bool]]:
    """Every glossary form found in the Chinese of every row, with how it can be read:
    ``(matcher, row, hit, uses, decided)`` (nothing when there is no glossary)."""
    rows, matcher = row_terms(data), glossary_matcher(data)
    if rows is None or matcher is None:
        return
    for row, rt in enumerate(rows):
        for k, hit in enumerate(rt.zh):
            uses, decided = rt.reading(k)
            yield matcher, row, hit, list(uses), decided


def _row(data: CheckInput, i: int, matcher: GlossaryMatcher, tokens: Sequence[str] | None,
         en_words: list[Word]) -> RowTerms:
    zh = data.zh[i]
    en = data.en_text(i)
    zh_hits = tuple(matcher.zh(zh, tokens)) if zh.strip() else ()
    en_hits = tuple(matcher.en(en, en_words)) if en_words else ()
    if en_hits:
        zh_hits = _with_embedded(zh, zh_hits, en_hits, matcher)
    return RowTerms(zh_hits, en_hits, tuple(_gloss(zh, h, matcher) for h in zh_hits))


def _with_embedded(zh: str, hits: tuple[ZhHit, ...], en_hits: tuple[EnHit, ...],
                   matcher: GlossaryMatcher) -> tuple[ZhHit, ...]:
    """``hits`` plus forms inside longer non-glossary words (强制 in 强制手段, 威慑 in 威慑力).

    Only for concepts the English names that no token-boundary hit renders yet: jieba holds many
    compounds of a term as one word, and the translation still renders the concept with it.
    """
    named = dict.fromkeys(c for h in en_hits for c in h.concepts)
    rendered = {u.concept for h in hits for u in h.uses if u.status != "forbidden"}
    taken = [h.span for h in hits]
    extra: list[ZhHit] = []
    for c in named:
        if c in rendered:
            continue
        for form in matcher.acceptable(c):
            at = zh.find(form)
            while at >= 0:
                end = at + len(form)
                if not any(s <= at and end <= e for s, e in taken):
                    extra.append(ZhHit(ZhMatch(form, at, end), matcher.zh_uses[form]))
                    taken.append((at, end))
                at = zh.find(form, at + 1)
    if not extra:
        return hits
    return tuple(sorted((*hits, *extra), key=lambda h: (h.match.start, -h.match.end)))


def _gloss(zh: str, hit: ZhHit, matcher: GlossaryMatcher) -> frozenset[int]:
    m = _INLINE_GLOSS.match(zh, hit.match.end)
    if not m:
        return frozenset()
    return frozenset(c for h in matcher.en(m.group(1)) for c in h.concepts)


@dataclass(frozen=True)
class _Cached:
    zh: Sequence[str]
    en: Sequence[str]
    rows: list


def _cached(data: CheckInput, key: str, build: Callable[[], list]) -> list:
    """``resources[key]`` when it was built for these very rows, else ``build()`` (stored)."""
    found = data.resources.get(key)
    if isinstance(found, _Cached) and found.zh is data.zh and found.en is data.en:
        return found.rows
    rows = build()
    data.resources[key] = _Cached(data.zh, data.en, rows)
    return rows
