"""Domain lexicon for Chinese segmentation: glossary forms + user dictionaries.

The lexicon is plain data (no jieba import): the tokenizer feeds it into its own jieba instance.
Forms jieba can look up (Han, Latin, digits, ``+#&._%-``) become dictionary entries; forms with
other characters (``延伸—即时威慑``, ``稳定/不稳定悖论``) become *protected phrases* that the
tokenizer cuts out before calling jieba.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from corpus.cjk import JIEBA_HAN
from corpus.errors import InputError
from corpus.glossary import Concept, domain_glossary_path, read_glossary
from corpus.io import read_utf8_text

#: Characters jieba keeps together inside a dictionary word (its ``re_han_default``).
JIEBA_WORD = re.compile(rf"[{JIEBA_HAN}a-zA-Z0-9+#&._%\-]+")
GLOSSARY_TAG = "nz"
_TITLE_MARKS = "《》〈〉"
_USERDICT_LINE = re.compile(r"^(\S+)(?: ([0-9]+))?(?: ([a-z]+))?$")


class DictEntry(NamedTuple):
    """One dictionary word; ``freq`` None = let jieba suggest one that keeps the word whole."""

    word: str
    freq: int | None = None
    tag: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the tokenizer adds to plain jieba.

    Attributes:
        name: short name used in signatures (the glossary file stem, e.g. ``deterrence``).
        glossary_words: glossary forms (preferred, variants, forbidden) jieba can look up.
        user_entries: entries of the user dictionary files and extra words, in order.
        phrases: forms with characters jieba splits at (glossary forms tagged ``nz`` and user
            words such as ``特伦斯·罗里格``); the tokenizer matches them literally.
    """

    name: str
    glossary_words: tuple[str, ...]
    user_entries: tuple[DictEntry, ...]
    phrases: tuple[DictEntry, ...]

    def digest(self) -> str:
        """Short stable hash of the lexicon content (8 hex digits)."""
        h = hashlib.sha256()
        for part in (self.glossary_words, self.user_entries, self.phrases):
            h.update(repr(part).encode("utf-8"))
        return h.hexdigest()[:8]


def bundled_dictionary_paths() -> list[Path]:
    """The ``corpus/data/dictionaries/*.txt`` files, sorted by name."""
    folder = Path(str(resources.files("corpus").joinpath("data", "dictionaries")))
    return sorted(folder.glob("*.txt"))


def build_lexicon(
    glossary: str | Path | None = None,
    user_dicts: Sequence[str | Path] | None = None,
    user_words: Iterable[str | DictEntry] = (),
) -> Lexicon:
    """Collect the domain lexicon.

    Args:
        glossary: glossary file, TSV, CSV or TBX (default: the bundled domain glossary).
        user_dicts: jieba user-dictionary files (default: the bundled dictionaries); pass ``[]``
            for none.
        user_words: extra words (or entries) added last.
    """
    gpath = Path(glossary) if glossary is not None else domain_glossary_path()
    words, phrases = split_forms(glossary_forms(read_glossary(gpath)))
    paths = bundled_dictionary_paths() if user_dicts is None else [Path(p) for p in user_dicts]
    entries = [e for p in paths for e in read_user_dict(p)]
    entries += [w if isinstance(w, DictEntry) else _extra_word(w) for w in user_words]
    protected = [DictEntry(p, None, GLOSSARY_TAG) for p in phrases]
    protected += [e for e in entries if not JIEBA_WORD.fullmatch(e.word)]
    entries = [e for e in entries if JIEBA_WORD.fullmatch(e.word)]
    return Lexicon(gpath.stem, tuple(words), tuple(entries), tuple(protected))


def glossary_forms(concepts: Iterable[Concept]) -> list[str]:
    """Every Chinese form of the concepts (preferred, variants, forbidden), title marks removed."""
    seen: dict[str, None] = {}
    for c in concepts:
        for form in (c.zh, *c.zh_variants, *c.zh_forbidden):
            bare = form.strip(_TITLE_MARKS).strip()
            if bare:
                seen.setdefault(bare, None)
    return list(seen)


def split_forms(forms: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split forms into (jieba dictionary words, protected phrases)."""
    words: list[str] = []
    phrases: list[str] = []
    for form in forms:
        (words if JIEBA_WORD.fullmatch(form) else phrases).append(form)
    return words, phrases


def read_user_dict(path: str | Path) -> list[DictEntry]:
    """Read a jieba user dictionary strictly: ``word [freq] [tag]`` per line.

    Blank lines and lines starting with ``#`` are skipped. ``freq`` must be ≥ 1 (jieba's ``0``
    means "force split" and touches jieba's global HMM state, so it is refused).

    Raises:
        InputError: naming file (and line) for an unreadable or non-UTF-8 file or a malformed
            line.
    """
    path = Path(path)
    entries: list[DictEntry] = []
    for number, line in enumerate(read_utf8_text(path, "user dictionary").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = _USERDICT_LINE.match(line)
        if match is None:
            raise InputError(path, f"expected 'word [freq] [tag]', got {line!r}", number)
        word, freq, tag = match.groups()
        if freq is not None and int(freq) < 1:
            raise InputError(path, f"frequency of {word!r} must be at least 1", number)
        entries.append(DictEntry(word, int(freq) if freq else None, tag))
    return entries


def _extra_word(word: str) -> DictEntry:
    if not word or any(ch.isspace() for ch in word):
        raise InputError(None, f"extra word {word!r} must be non-empty and contain no whitespace")
    return DictEntry(word)
