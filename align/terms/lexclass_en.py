"""English word roles for term candidates without a POS model.

The possible word classes of a word come from the lexicon of spaCy's rule lemmatizer in
``spacy-lookups-data`` (WordNet-derived base forms per class, suffix rules and irregular forms;
offline package data): ``weapons`` can be a noun, ``nuclear`` an adjective, ``provides`` only a
verb, ``however`` only an adverb. Roles:

- *head* (may end a term, or modify the next word): possible nouns; words the lexicon does not
  know and ``wordfreq`` rates rare (Zipf < ``UNKNOWN_COMMON_ZIPF``): names, acronyms, new
  coinages (Pyongyang, THAAD, denuclearization); all-capital acronyms (``US`` is not "us");
- *mod* (may only precede a head): adjectives that cannot be nouns (nuclear, extended);
  hyphenated words that are not nouns at their end (long-range);
- *stop* (a run boundary): stop words (spaCy's English list, which also holds numerals and
  light verbs; the archaic function words of ``align.dictionary.english.ARCHAIC_WORDS`` such as
  unto/thou; ``EXTRA_STOP_WORDS``: generic evaluative adjectives, abbreviations), verbs and
  adverbs that cannot be nouns or adjectives (deployed, threatens, clearly), unknown but common
  words, and tokens that are not words (punctuation, numbers, symbols, one letter).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Unknown-to-the-lexicon words at least this common in general English are not term words.
UNKNOWN_COMMON_ZIPF = 5.0
EXTRA_STOP_WORDS = frozenset(
    "new important major significant certain possible likely different similar current recent "
    "main particular specific general good great large small high low little able unable clear "
    "real true like given etc e.g. i.e. mr mrs ms dr vs saith wouldest".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*")
_ACRONYM = re.compile(r"[A-Z][A-Z.]*[A-Z]\.?")
_CLASSES = ("noun", "adj", "verb", "adv")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]]]:
    """Base forms (with irregular forms) and suffix rules per word class."""
    from spacy.lookups import load_lookups

    lookups = load_lookups("en", ["lemma_index", "lemma_exc", "lemma_rules"])
    index, exc, rules = (lookups.get_table(n) for n in ("lemma_index", "lemma_exc", "lemma_rules"))
    forms = {c: frozenset(index.get(c, ())) | frozenset(exc.get(c, {})) for c in _CLASSES}
    return forms, {c: [tuple(r) for r in rules.get(c, ())] for c in _CLASSES}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    from align.dictionary.english import ARCHAIC_WORDS

    return frozenset(STOP_WORDS) | ARCHAIC_WORDS | EXTRA_STOP_WORDS


class WordRoles:
    """Roles of English tokens for term candidates (see module docstring); cached per word."""

    def __init__(self) -> None:
        self._forms, self._rules = _lexicon()
        self._stop = _stop_words()
        self._cache: dict[str, str] = {}

    def classes(self, word: str) -> set[str]:
        """Possible word classes (``noun``, ``adj``, ``verb``, ``adv``) of lower-case ``word``."""
        found = set()
        for cls in _CLASSES:
            forms = self._forms[cls]
            if word in forms or any(
                    word.endswith(old) and word[:len(word) - len(old)] + new in forms
                    for old, new in self._rules[cls] if old):
                found.add(cls)
        return found

    def role(self, word: str) -> str:
        """``"head"``, ``"mod"`` or ``"stop"`` for one token as written."""
        found = self._cache.get(word)
        if found is None:
            found = self._role(word)
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found

    def _role(self, word: str) -> str:
        if len(word) < 2 or not _WORD.fullmatch(word):
            return "stop"
        if _ACRONYM.fullmatch(word):
            return "head"
        lower = word.lower()
        if lower in self._stop:
            return "stop"
        classes = self.classes(lower.rsplit("-", 1)[-1])
        if "-" in lower:
            return "head" if "noun" in classes else "mod"
        if "noun" in classes:
            return "head"
        if "adj" in classes:
            return "mod"
        if classes or _zipf(lower) >= UNKNOWN_COMMON_ZIPF:
            return "stop"
        return "head"


def _zipf(word: str) -> float:
    import wordfreq

    return float(wordfreq.zipf_frequency(word, "en"))


def is_acronym(word: str) -> bool:
    """True for all-capital tokens of two or more letters (``US``, ``NATO``, ``U.S.``)."""
    return _ACRONYM.fullmatch(word) is not None

