"""Glossary-free ``term-inconsistent`` (rule ``alignment``): English terms rendered two ways.

English term candidates are runs of 2-3 adjacent content words (no stop words, not all
capitalised: names are the ``name-mismatch`` check's business) seen in ``MIN_ROWS`` rows or more,
glossary terms included (a rendering outside the glossary, 弹道飞弹 for a glossary's 弹道导弹, is
still an inconsistency); stretches the glossary comparison already reported are skipped. In every
such row the term is aligned to Chinese spans by dictionary (``align.terms.pairing.renderings``);
renderings of which one contains the other count as one (战略稳定 / 战略稳定性). When one rendering is used in two or more rows, rows using another
one (and not it) are reported. Rows where the dictionary finds no rendering say nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from align.check.base import CheckInput, Evidence
from align.check.terms_consistency import odd_ones
from align.check.terms_match import en_words
from align.check.terms_text import rows_word

MIN_ROWS = 2
MAX_WORDS = 3
Spans = list[tuple[int, int]]


def term_candidates(data: CheckInput
                    ) -> dict[tuple[str, ...], dict[int, tuple[tuple[str, ...], Spans]]]:
    """Family-key tuple → row → (the words as written, lower-cased; English spans)."""
    found: dict[tuple[str, ...], dict[int, tuple[tuple[str, ...], Spans]]] = {}
    for row, row_words in enumerate(en_words(data)):
        en = data.en[row]
        ws = [w for w in row_words if _content(w.low)]
        joined = [not en[a.end:b.start].strip(" -") for a, b in zip(ws, ws[1:])]
        for i in range(len(ws) - 1):
            for n in range(2, MAX_WORDS + 1):
                if i + n > len(ws) or not joined[i + n - 2]:
                    break  # not adjacent: a stop word, a number or punctuation between
                run = ws[i:i + n]
                if all(w.text[:1].isupper() for w in run):
                    continue
                key = tuple(w.family for w in run)
                entry = found.setdefault(key, {}).setdefault(row, (tuple(w.low for w in run), []))
                entry[1].append((run[0].start, run[-1].end))
    return {k: v for k, v in found.items() if len(v) >= MIN_ROWS}


@lru_cache(maxsize=100_000)
def _content(low: str) -> bool:
    from align.dictionary.english import is_stop_word

    return low.isalpha() and len(low) > 1 and not is_stop_word(low)


def free_inconsistencies(data: CheckInput, reported: dict[int, Spans]) -> Iterator[Evidence]:
    """``term-inconsistent`` evidence from dictionary alignment (bilingual rows).

    Args:
        data: the rows.
        reported: row → Chinese spans already reported (updated): overlapping ones are skipped.
    """
    from align.terms.pairing.renderings import RenderingFinder, grams

    finder = data.resources.get("term_renderings")
    if not isinstance(finder, RenderingFinder):
        finder = RenderingFinder()
        data.resources["term_renderings"] = finder
    row_grams: dict[int, frozenset[str]] = {}
    for by_row in term_candidates(data).values():
        variants: dict[str, dict[int, Spans]] = {}
        for row, (ws, _) in by_row.items():
            zh = data.zh[row]
            if row not in row_grams:
                row_grams[row] = grams(zh)
            for r in finder.find(ws, zh, row_grams[row]):
                variants.setdefault(zh[r.start:r.end], {}).setdefault(row, []).append(
                    (r.start, r.end))
        yield from _report(_merge_nested(variants), by_row, reported)


def _merge_nested(variants: dict[str, dict[int, Spans]]) -> dict[str, dict[int, Spans]]:
    """Variants contained in a longer one are merged into it (战略稳定 into 战略稳定性)."""
    merged: dict[str, dict[int, Spans]] = {}
    for form in sorted(variants, key=lambda f: (-len(f), f)):
        host = next((m for m in merged if form in m), None)
        target = merged.setdefault(host or form, {})
        for row, spans in variants[form].items():
            target.setdefault(row, []).extend(spans)
    return {f: dict(sorted(rows.items())) for f, rows in merged.items()}


def _report(variants: dict[str, dict[int, Spans]],
            by_row: dict[int, tuple[tuple[str, ...], Spans]],
            reported: dict[int, Spans]) -> Iterator[Evidence]:
    if len(variants) < 2:
        return
    ref, odd = odd_ones(variants)
    if len(variants[ref]) < MIN_ROWS:
        return
    for form, row in odd:
        spans = variants[form][row]
        if any(a < e and s < b for s, e in spans for a, b in reported.get(row, [])):
            continue  # a longer or earlier term already reported this stretch
        reported.setdefault(row, []).extend(spans)
        ws, en_spans = by_row[row]
        msg = (f'"{" ".join(ws)}" is rendered {form} here but {ref} in '
               f"{rows_word(len(variants[ref]))}; use one form throughout")
        yield Evidence(row, 1.0, msg, tuple(spans), tuple(en_spans), rule="alignment")
