"""``name-mismatch``: person/place names of the English missing or spelled otherwise in the Chinese.

Bilingual rows: every name of ``en`` (``align.translit.names``; conventional names such as
*United States* are left out) is looked for in ``zh`` (``TranslitIndex``). The evidence value is
the best transliteration score, so a row is reported when it falls below ``threshold``
(rule ``missing``). When ``resources["glossary"]`` holds a ``corpus.glossary.Glossary`` with an
entry for the name, its preferred or admitted form is required: another rendering is reported as
``glossary-variant`` (or ``glossary-deprecated`` when the glossary lists it as deprecated).
Likewise a person or place of the names table (``align/data/names/known_names.tsv``, also a
surname of it) must be written in a listed form: a sound-alike (格尔巴乔夫 for 戈尔巴乔夫, 赫鲁雪夫
for 赫鲁晓夫) is reported as ``table-variant``. Other names are judged by sound alone.

Every row, also in monolingual mode: interpunct forms of foreign names — parts joined without
interpunct (``乔治布什``, rule ``interpunct-missing``), with another dot (``乔治.布什``, ``乔治・布什``,
``interpunct-wrong``) or with spaces around it (``特伦斯 ·罗里格``, ``interpunct-space``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

from align.check.base import Check, CheckInput, Evidence
from align.check.country_short import short_form_present
from align.translit.data import KnownName, NameTable, default_table
from align.translit.index import Match, TranslitIndex, form_pattern
from align.translit.names import EnName, find_en_names
from align.translit.score import THRESHOLD, name_parts
from align.translit.zh_names import INTERPUNCT, dotted_names, undotted_names
from corpus.glossary.model import Concept

#: Kinds of names-table entries whose listed forms a translation is held to.
_USUAL_KINDS = frozenset({"person", "place", "surname"})
_DOT_NAMES = {".": "a full stop", "\uff0e": "a full-width full stop", "\u30fb": "U+30FB",
              "\u2022": "a bullet (U+2022)", "\u2027": "U+2027", "\uff65": "U+FF65",
              "\u2219": "U+2219", "\u22c5": "U+22C5"}


class NameMismatch(Check):
    """Names missing or differently transliterated in the Chinese; interpunct forms of names."""

    id = "name-mismatch"
    severity = "warning"
    direction = "low"
    threshold = THRESHOLD

    def __init__(self, threshold: float | None = None, table: NameTable | None = None):
        if threshold is not None:
            self.threshold = threshold
        self.table = table or default_table()

    def score(self, data: CheckInput) -> Iterator[Evidence]:
        glossary = data.resources.get("glossary")
        dotted_forms = self._dotted_forms(glossary)
        for row, zh in enumerate(data.zh):
            yield from self._interpuncts(row, zh, dotted_forms)
            en = data.en_text(row)
            if en:
                yield from self._names(row, zh, en, glossary)

    # -- interpunct forms ----------------------------------------------------------------------

    @cached_property
    def _given(self) -> frozenset[str]:
        return self.table.zh_forms("given")

    @cached_property
    def _surnames(self) -> frozenset[str]:
        parts = {f.split(INTERPUNCT)[-1] for f in self.table.zh_forms("person")}
        return self.table.zh_forms("surname") | frozenset(p for p in parts if len(p) > 1)

    def _dotted_forms(self, glossary: object) -> tuple[str, ...]:
        forms = set(self.table.zh_forms("person", "place"))
        for concept in getattr(glossary, "concepts", ()):
            forms.update(concept.forms("zh", "preferred", "admitted"))
        return tuple(sorted(f for f in forms if INTERPUNCT in f))

    def _interpuncts(self, row: int, zh: str, dotted_forms: tuple[str, ...]) -> Iterator[Evidence]:
        for name in dotted_names(zh):
            for s, e in name.seps:
                sep = zh[s:e]
                if sep == INTERPUNCT:
                    continue
                fixed = INTERPUNCT.join(zh[a:b] for a, b in name.parts)
                dot = sep.strip()
                if dot != INTERPUNCT:
                    what, rule = f"joins its parts with {_DOT_NAMES.get(dot, repr(dot))}", "wrong"
                else:
                    what, rule = "has spaces around the interpunct", "space"
                yield Evidence(row, 0.0, f"name {zh[name.start:name.end]} {what}; write {fixed}",
                               zh_spans=((name.start, name.end),), rule=f"interpunct-{rule}")
                break
        for u in undotted_names(zh, self._given, self._surnames, dotted_forms):
            yield Evidence(row, 0.0, f"name {zh[u.start:u.end]} is written without the "
                           f"interpunct; write {u.suggestion}",
                           zh_spans=((u.start, u.end),), rule="interpunct-missing")

    # -- names of the English ------------------------------------------------------------------

    def _names(self, row: int, zh: str, en: str, glossary: object) -> Iterator[Evidence]:
        index: TranslitIndex | None = None
        seen: set[str] = set()
        zh_lower = zh.lower()
        for name in find_en_names(en, self.table):
            key = name.text.lower()
            if key in seen or key in zh_lower:
                continue
            seen.add(key)
            index = index or TranslitIndex(zh, table=self.table)
            concept = _concept(glossary, name)
            entry = self._entry(name)
            if concept is not None:
                yield self._against_glossary(row, zh, name, concept, index)
            elif entry is not None:
                yield self._against_table(row, zh, name, entry, index)
            else:
                yield self._against_sound(row, name, index.find(name.text, limit=1))

    def _against_sound(self, row: int, name: EnName, matches: list[Match]) -> Evidence:
        best = matches[0] if matches else None
        value = best.score if best else 0.0
        en_span = ((name.start, name.end),)
        if best is not None and value >= self.threshold:
            return _rendered(row, name, best.text, best.start, best.end, value)
        msg = f"name '{name.text}' has no transliteration in the Chinese"
        expected = self._expected(name)
        if expected:
            msg += f" (expected something like {expected})"
        if best is not None:
            msg += f"; closest: {best.text} ({best.score:.2f})"
        return Evidence(row, value, msg, en_spans=en_span, rule="missing")

    def _entry(self, name: EnName) -> KnownName | None:
        """The names-table entry of a person or place name (or of its surname), if any."""
        if name.known is not None:
            return None if name.known.kind not in _USUAL_KINDS else name.known
        parts = name_parts(name.text)
        entry = self.table.lookup(parts[-1]) if len(parts) > 1 else None
        return entry if entry is not None and entry.kind in ("surname", "person") else None

    def _usual_forms(self, name: EnName, entry: KnownName) -> list[str]:
        """The listed forms and metonyms of the name (美方 for Washington), the surname part of
        its dotted forms and its surname's own forms (布什 for George W. Bush)."""
        forms = [*entry.forms, *entry.metonyms]
        forms += [f.split(INTERPUNCT)[-1] for f in entry.forms if INTERPUNCT in f]
        parts = name_parts(name.text)
        surname = self.table.lookup(parts[-1]) if len(parts) > 1 else None
        if surname is not None and surname.kind == "surname":
            forms += surname.forms
        return [f for f in dict.fromkeys(forms) if len(f) > 1]

    def _against_table(self, row: int, zh: str, name: EnName, entry: KnownName,
                       index: TranslitIndex) -> Evidence:
        """A listed form is required; a sound-alike is reported as ``table-variant``."""
        en_span = ((name.start, name.end),)
        for form in self._usual_forms(name, entry):
            m = re.search(form_pattern(form), zh)
            if m:
                return _rendered(row, name, m.group(), m.start(), m.end())
            if short_form_present(zh, form):  # 美韩 for "Washington and Seoul"
                return Evidence(row, 1.0, f"name '{name.text}' is rendered by the short form of "
                                f"{form}", en_spans=en_span, rule="found")
        best = next(iter(index.find(name.text, limit=1)), None)
        if best is not None and best.score >= self.threshold:
            return Evidence(row, 0.0, f"name '{name.text}' is written {best.text}; the usual form "
                            f"is {entry.zh}", zh_spans=((best.start, best.end),),
                            en_spans=en_span, rule="table-variant")
        msg = f"name '{name.text}' has no transliteration in the Chinese (expected {entry.zh})"
        if best is not None:
            msg += f"; closest: {best.text} ({best.score:.2f})"
        return Evidence(row, best.score if best else 0.0, msg, en_spans=en_span, rule="missing")

    def _against_glossary(self, row: int, zh: str, name: EnName, concept: Concept,
                          index: TranslitIndex) -> Evidence:
        preferred = concept.zh
        allowed = (preferred, *concept.zh_variants)
        en_span = ((name.start, name.end),)
        for form in allowed:
            m = re.search(form_pattern(form), zh)
            if m:
                return _rendered(row, name, m.group(), m.start(), m.end())
        for form in concept.zh_forbidden:
            m = re.search(form_pattern(form), zh)
            if m:
                return Evidence(row, 0.0, f"name '{name.text}' is written {m.group()}, which the "
                                f"glossary deprecates; use {preferred}",
                                zh_spans=((m.start(), m.end()),), en_spans=en_span,
                                rule="glossary-deprecated")
        best = next(iter(index.find(name.text, limit=1)), None)
        if best is not None and best.score >= self.threshold:
            return Evidence(row, 0.0, f"name '{name.text}' is written {best.text}; the glossary "
                            f"form is {preferred}", zh_spans=((best.start, best.end),),
                            en_spans=en_span, rule="glossary-variant")
        return Evidence(row, best.score if best else 0.0,
                        f"name '{name.text}' has no transliteration in the Chinese (expected "
                        f"something like {preferred})", en_spans=en_span, rule="missing")

    def _expected(self, name: EnName) -> str:
        parts = name_parts(name.text)
        entry = name.known or self.table.lookup(parts[-1] if parts else name.text)
        return entry.zh if entry is not None else ""


def _rendered(row: int, name: EnName, text: str, start: int, end: int,
              value: float = 1.0) -> Evidence:
    """Evidence (rule ``found``) that ``name`` is rendered as ``text`` at ``start:end``."""
    return Evidence(row, value, f"name '{name.text}' is rendered {text}", zh_spans=((start, end),),
                    en_spans=((name.start, name.end),), rule="found")


def _concept(glossary: object, name: EnName) -> Concept | None:
    """The glossary concept of the name (whole, known spelling, or surname) with a zh form."""
    find = getattr(glossary, "find", None)
    if find is None:
        return None
    parts = name_parts(name.text)
    keys: Iterable[str] = (name.text, name.known.en if name.known else "",
                           parts[-1] if len(parts) > 1 else "")
    for key in keys:
        for concept in find(key, "en") if key else ():
            if concept.zh:
                return concept
    return None


