"""English form occurrences as word sequences compared by lemma families.

A form ("nuclear umbrella") occurs where the text has the same number of words in a row,
separated only by spaces, hyphens or slashes, each word matching the form's word at one of
three levels; the weakest level needed names the rule of the match:

- ``exact``: the same word ignoring case ("Nuclear Umbrella");
- ``inflection``: the same lemma ("nuclear umbrellas", "deterred" for "deter");
- ``derivation``: the same lemma family (``align.dictionary.english.family_key``: "deterrent"
  for "deterrence"); never for function words, which must match at least by lemma.

All-capital forms (acronyms: NPT, MAD) match only exactly, case included. A one-word noun form
that can also be a verb (no noun ending: "resolve", not "deterrence") does not occur where the
text uses it as a verb (``verb_use``: "to resolve the issue", "should resolve", "resolved"). Of forms matching the
same words, only those of the strongest rule are kept ("nuclear deterrence" is no occurrence of
"nuclear deterrent" when the glossary has both). Longer occurrences
shadow shorter ones inside them (``spans.drop_shadowed``): "extended deterrence" is no
occurrence of "deterrence".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from align.termmatch.spans import drop_shadowed

RULES = ("exact", "inflection", "derivation")
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)*")
_GAP = re.compile(r"[ \t\u00a0\-\u2010\u2011\u2013/]+|")
#: Endings of nouns that are never verbs (a form without one may be a verb too: "resolve").
NOUN_ENDINGS = ("ence", "ance", "tion", "sion", "ment", "ity", "ism", "ness", "ship", "acy",
                "ure", "age", "ery", "ist", "or", "er", "um", "ion", "ing", "ics")
#: Words before a verb ("to resolve", "should resolve") ...
_VERB_BEFORE = frozenset("to will would can could should must may might shall cannot not never "
                         "jointly".split())
#: ... and after one ("resolve the", "resolve it").
_VERB_AFTER = frozenset("the a an this that these those its their his her our your my any all "
                        "such it them".split())


class Word(NamedTuple):
    """A text word: surface, offsets and its three comparison keys."""

    text: str
    start: int
    end: int
    low: str
    lemma: str
    family: str


@dataclass(frozen=True, slots=True)
class EnMatch:
    """One occurrence of ``form`` at ``start:end``, matched by ``rule``."""

    form: str
    start: int
    end: int
    rule: str
    text: str


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[str, str, str]:
    """``(lower-case, lemma, family key)`` of a word (possessive 's removed)."""
    from align.dictionary.english import family_key, lemma, normal_form

    low = normal_form(word)
    return low, lemma(low) if low.isalpha() else low, family_key(low) if low.isalpha() else low


def words(text: str) -> list[Word]:
    """The words of ``text`` with offsets and keys."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        out.append(Word(w, m.start(), m.end(), *word_keys(w)))
    return out


@dataclass(frozen=True, slots=True)
class _Form:
    form: str
    words: tuple[Word, ...]
    acronym: bool


class EnFormIndex:
    """English forms indexed by the family keys of their first two words.

    Args:
        forms: the forms to find.
        max_rule: weakest rule allowed (``"derivation"`` by default).
    """

    def __init__(self, forms: Iterable[str], max_rule: str = "derivation"):
        from align.dictionary.english import is_stop_word

        self.max_level = RULES.index(max_rule)
        self._stop = is_stop_word
        self._single: dict[str, list[_Form]] = {}
        self._multi: dict[tuple[str, str], list[_Form]] = {}
        for form in dict.fromkeys(f.strip() for f in forms if f.strip()):
            ws = tuple(words(form))
            if len(ws) == 1:
                self._single.setdefault(ws[0].family, []).append(
                    _Form(form, ws, _is_acronym(form)))
            elif ws:
                self._multi.setdefault((ws[0].family, ws[1].family), []).append(
                    _Form(form, ws, False))

    def find(self, text: str, text_words: Sequence[Word] | None = None) -> list[EnMatch]:
        """Occurrences in ``text`` (shadowed ones dropped), sorted by position.

        Args:
            text: English text.
            text_words: ``words(text)`` when already computed.
        """
        ws = words(text) if text_words is None else text_words
        found = []
        single, multi = self._single, self._multi
        for i, w in enumerate(ws):
            entries = single.get(w.family, [])
            if entries and verb_use(ws, i):
                entries = [e for e in entries if e.acronym or e.words[0].low.endswith(NOUN_ENDINGS)]
            if i + 1 < len(ws):
                entries = entries + multi.get((w.family, ws[i + 1].family), [])
            for entry in entries:
                level = self._level_at(text, ws, i, entry)
                if level is not None:
                    end = ws[i + len(entry.words) - 1].end
                    found.append(EnMatch(entry.form, w.start, end, RULES[level],
                                         text[w.start:end]))
        return drop_shadowed(_best_per_span(found))

    def _level_at(self, text: str, ws: Sequence[Word], i: int, entry: _Form) -> int | None:
        n = len(entry.words)
        if i + n > len(ws):
            return None
        if entry.acronym:
            return 0 if ws[i].text == entry.form else None
        level = 0
        for k, fw in enumerate(entry.words):
            tw = ws[i + k]
            if k and not _GAP.fullmatch(text, ws[i + k - 1].end, tw.start):
                return None
            step = _word_level(tw, fw, self._stop(fw.low))
            if step is None or step > self.max_level:
                return None
            level = max(level, step)
        return level


def verb_use(ws: Sequence[Word], i: int) -> bool:
    """True when word ``i`` reads as a verb: inflected with -ed/-ing, after "to" or a modal, or
    before a determiner or object pronoun (pure; a heuristic for noun/verb homographs)."""
    w = ws[i]
    if w.low != w.lemma and w.low.endswith(("ed", "ing")):
        return True
    before = ws[i - 1].low if i else ""
    after = ws[i + 1].low if i + 1 < len(ws) else ""
    return before in _VERB_BEFORE or after in _VERB_AFTER


def _best_per_span(found: list[EnMatch]) -> list[EnMatch]:
    """Of forms matching the same words, keep those matched by the strongest rule."""
    best: dict[tuple[int, int], int] = {}
    for m in found:
        level = RULES.index(m.rule)
        best[(m.start, m.end)] = min(best.get((m.start, m.end), level), level)
    return [m for m in found if RULES.index(m.rule) == best[(m.start, m.end)]]


def _word_level(tw: Word, fw: Word, function_word: bool) -> int | None:
    if tw.low == fw.low:
        return 0
    if tw.lemma == fw.lemma:
        return 1
    if tw.family == fw.family and not function_word:
        return 2
    return None


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
