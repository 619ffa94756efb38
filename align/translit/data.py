"""Name data shipped with zhenkit: known names (``known_names.tsv``) and transliteration characters.

Both files live in ``align/data/names/`` (see their header comments for kinds and sources). They are
parsed on first use and shared per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from corpus.cjk import INTERPUNCTS
from corpus.errors import FormatError, InputError

COLUMNS = ("en", "zh", "kind", "zh_variants", "en_variants", "note", "zh_metonyms")
KINDS = frozenset(
    "person place given surname ko-surname country org adjective".split()
)
#: Kinds that are conventional names, never transliterations the name check asks for.
CONVENTIONAL = frozenset({"country", "org", "adjective"})
#: Dots that separate parts of a foreign name (``corpus.cjk.INTERPUNCTS``, the right one, U+00B7,
#: first) and ASCII/full-width full stops.
DOTS = INTERPUNCTS + ".\uff0e"
_EN_SPLIT = re.compile(r"[\s.\-\u2010\u2011]+")
_ZH_SEPARATORS = re.compile(rf"[\s{DOTS}]+")


@dataclass(frozen=True, slots=True)
class KnownName:
    """One row of the known-names table."""

    en: str
    zh: str
    kind: str
    zh_variants: tuple[str, ...] = ()
    en_variants: tuple[str, ...] = ()
    note: str = ""
    metonyms: tuple[str, ...] = ()  # what renders the name standing for something else (美方)

    @property
    def forms(self) -> tuple[str, ...]:
        """Accepted Chinese forms, the usual one first."""
        return (self.zh, *self.zh_variants)

    @property
    def conventional(self) -> bool:
        return self.kind in CONVENTIONAL


def en_norm(text: str) -> str:
    """Lookup key of an English name: lower case, dots and hyphens as spaces, single spaces."""
    return " ".join(w for w in _EN_SPLIT.split(text.lower().replace("’s", "").strip()) if w)


def zh_norm(text: str) -> str:
    """A Chinese name without interpuncts, dots and spaces (``特伦斯 ·罗里格 → 特伦斯罗里格``)."""
    return _ZH_SEPARATORS.sub("", text)


def zh_parts(zh: str) -> tuple[str, ...]:
    """Parts of a Chinese name split at interpuncts, dots and spaces."""
    return tuple(p for p in _ZH_SEPARATORS.split(zh) if p)


class NameTable:
    """Known names indexed by normalised English form (all spellings) and by kind."""

    def __init__(self, entries: Iterable[KnownName]):
        self.entries = tuple(entries)
        self._by_en: dict[str, KnownName] = {}
        for entry in self.entries:
            for form in (entry.en, *entry.en_variants):
                self._by_en.setdefault(en_norm(form), entry)
        self.max_words = max((len(k.split()) for k in self._by_en), default=1)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, en: str) -> KnownName | None:
        """The entry spelled ``en`` (any listed English spelling), or None."""
        return self._by_en.get(en_norm(en))

    def of_kind(self, *kinds: str) -> tuple[KnownName, ...]:
        """Entries of the given kinds, in file order."""
        return tuple(e for e in self.entries if e.kind in kinds)

    def zh_forms(self, *kinds: str) -> frozenset[str]:
        """All Chinese forms of entries of ``kinds``."""
        return frozenset(f for e in self.of_kind(*kinds) for f in e.forms)


def parse_table(lines: Iterable[str], source: str = "<lines>") -> NameTable:
    """Parse known-names TSV lines (header row first; ``#`` lines are comments).

    Raises:
        FormatError: a row without an English or Chinese form, or with an unknown kind.
    """
    entries: list[KnownName] = []
    header_seen = False
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * len(COLUMNS))[:len(COLUMNS)]
        if not header_seen:
            header_seen = True
            if cells[0] == "en":
                continue
        en, zh, kind, zh_var, en_var, note, metonyms = (c.strip() for c in cells)
        if not en or not zh:
            raise FormatError(source, "a name row needs an English and a Chinese form", no)
        if kind not in KINDS:
            raise FormatError(source, f"unknown kind {kind!r}; valid: {', '.join(sorted(KINDS))}",
                              no)
        entries.append(KnownName(en, zh, kind, _split(zh_var), _split(en_var), note,
                                 _split(metonyms)))
    return NameTable(entries)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def _data_text(name: str) -> str:
    return resources.files("align").joinpath("data", "names", name).read_text("utf-8")


@lru_cache(maxsize=1)
def default_table() -> NameTable:
    """The packaged known-names table."""
    text = _data_text("known_names.tsv")
    return parse_table(text.splitlines(), "align/data/names/known_names.tsv")


def load_table(path: str | Path) -> NameTable:
    """A known-names table from a TSV file of the packaged layout."""
    try:
        with open(path, encoding="utf-8") as fh:
            return parse_table(fh, str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the names table: {exc}") from None


@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    """Characters used to transliterate foreign names (the packaged list)."""
    text = _data_text("translit_chars.txt")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#")
                     for ch in line if not ch.isspace())
