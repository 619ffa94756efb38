"""Glossary data model: concepts with English and Chinese terms and TBX-Basic statuses.

A ``Concept`` holds terms in both languages; each term has an administrative status
(``preferred``, ``admitted``, ``deprecated``, ``superseded``: the TBX-Basic values without the
``Term-admn-sts`` suffix). ``status`` on the concept is the verification label of the entry
(``verified``, ``partly-verified``, ``zh-attested``, ``unverified``...), ``source`` says who
attests it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

TermStatus = Literal["preferred", "admitted", "deprecated", "superseded"]
TERM_STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated", "superseded")
#: Verification labels of a concept (``Concept.status``), strongest evidence first.
CONCEPT_STATUSES: tuple[str, ...] = (
    "verified", "partly-verified", "zh-attested", "low-authority", "unverified",
)


@dataclass(frozen=True, slots=True)
class Term:
    """One written form of a concept in one language."""

    text: str
    lang: str
    status: TermStatus = "preferred"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Concept:
    """A glossary entry: terms of both languages plus provenance.

    ``status`` is one of ``CONCEPT_STATUSES`` (or "" when unknown); ``line`` is the 1-based line of
    the entry in the file it was read from (0 when not read from a file).
    """

    id: str
    terms: tuple[Term, ...]
    status: str = ""
    note: str = ""
    source: str = ""
    subject: str = ""
    line: int = field(default=0, compare=False)

    def forms(self, lang: str, *statuses: str) -> tuple[str, ...]:
        """Term texts of ``lang`` with one of ``statuses`` (all statuses if none given)."""
        return tuple(t.text for t in self.terms
                     if t.lang == lang and (not statuses or t.status in statuses))

    def preferred(self, lang: str) -> str:
        """The preferred term of ``lang`` ("" if none)."""
        forms = self.forms(lang, "preferred")
        return forms[0] if forms else ""

    @property
    def en(self) -> str:
        return self.preferred("en")

    @property
    def zh(self) -> str:
        return self.preferred("zh")

    @property
    def zh_variants(self) -> tuple[str, ...]:
        return self.forms("zh", "admitted")

    @property
    def en_variants(self) -> tuple[str, ...]:
        return self.forms("en", "admitted")

    @property
    def zh_forbidden(self) -> tuple[str, ...]:
        return self.forms("zh", "deprecated", "superseded")

    @property
    def en_forbidden(self) -> tuple[str, ...]:
        return self.forms("en", "deprecated", "superseded")


def make_concept(cid: str, en: str, zh: str, *, zh_variants: Iterable[str] = (),
                 zh_forbidden: Iterable[str] = (), en_variants: Iterable[str] = (),
                 status: str = "", note: str = "", source: str = "", subject: str = "",
                 line: int = 0) -> Concept:
    """Build a concept from the flat glossary columns."""
    terms = [Term(en, "en")] if en else []
    terms += [Term(t, "en", "admitted") for t in en_variants if t and t != en]
    terms += [Term(zh, "zh")] if zh else []
    terms += [Term(t, "zh", "admitted") for t in zh_variants if t and t != zh]
    terms += [Term(t, "zh", "deprecated") for t in zh_forbidden if t]
    return Concept(cid, tuple(terms), status, note, source, subject, line)


@dataclass(frozen=True)
class Glossary:
    """An ordered collection of concepts with lookups by term."""

    concepts: tuple[Concept, ...] = ()
    name: str = ""
    _by_form: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict, repr=False,
                                                             compare=False)

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, concept in enumerate(self.concepts):
            for term in concept.terms:
                key = (term.lang, _key(term.text, term.lang))
                if i not in index[key]:
                    index[key].append(i)
        self._by_form.update({k: tuple(v) for k, v in index.items()})

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def find(self, text: str, lang: str) -> tuple[Concept, ...]:
        """Concepts having ``text`` as a term of ``lang`` (any status; English case-insensitive)."""
        return tuple(self.concepts[i] for i in self._by_form.get((lang, _key(text, lang)), ()))

    def ambiguous_forms(self, lang: str = "zh") -> dict[str, tuple[Concept, ...]]:
        """Forms of ``lang`` that belong to more than one concept (e.g. 常规威慑)."""
        return {form: tuple(self.concepts[i] for i in ids)
                for (lg, form), ids in self._by_form.items() if lg == lang and len(ids) > 1}

    def merged(self, other: Glossary) -> Glossary:
        """This glossary plus concepts of ``other`` whose English term is new (ids renumbered)."""
        seen = {c.en.lower() for c in self.concepts}
        extra = [c for c in other.concepts if c.en.lower() not in seen]
        start = len(self.concepts)
        extra = [replace(c, id=f"c{start + i + 1}") for i, c in enumerate(extra)]
        return Glossary(self.concepts + tuple(extra), self.name)

    def to_frame(self):
        """The glossary as a pandas DataFrame with the flat TSV columns."""
        import pandas as pd

        from corpus.glossary.tsv import COLUMNS, concept_to_row

        return pd.DataFrame([concept_to_row(c) for c in self.concepts], columns=list(COLUMNS))


def _key(text: str, lang: str) -> str:
    return text.strip().lower() if lang == "en" else text.strip()
