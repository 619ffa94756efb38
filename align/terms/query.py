"""An English term of a term list, normalised once for every evidence source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.dictionary.english import content_words, family_key, words

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}s?")
_CAPITAL = re.compile(r"\b[A-Z][a-z]")
#: Country abbreviations that are stop words or opaque in lower case → gloss words they match.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US": ("usa", "america", "american"), "U.S.": ("usa", "america", "american"),
    "USA": ("usa", "america", "american"), "UK": ("britain", "british", "uk"),
    "EU": ("eu", "europe", "european"), "UN": ("un", "nations"),
}
_AGENT = re.compile(r"(?:er|or)s?$")
#: Derivation pairs beyond the family keys: (word ending, other ending).
DERIVATIONS: tuple[tuple[str, str], ...] = (("ic", "y"), ("ic", ""), ("ical", "y"),
                                            ("olve", "olution"), ("olution", "olve"))


@dataclass(frozen=True, slots=True)
class TermQuery:
    """One English term.

    Attributes:
        text: the term as listed (stripped).
        words: lower-cased content words (stop words and one-letter words removed), then the
            first gloss word of each country abbreviation (US → ``usa``).
        families: lemma-family keys of ``words`` (deterrent, deterrence, deter → one key), the
            alternatives of ``word_keys`` included.
        word_keys: per word, the keys it may be matched by (its family key; for agent nouns
            also the verb's: challenger → challenge; US → usa, america).
        key: family keys of *all* words in order (glossary matching: keeps "no" in
            "no first use").
        has_agent: some word is an agent noun (challenger, defender): Chinese agent suffixes
            (者, 方, 国...) then count as part of the rendering, not as extra material.
        agent_stems: per word, the keys it gets only as an agent noun (challenger → challeng);
            empty for other words.
        is_acronym: a single all-capitals token such as ``IAEA`` or ``ICBMs``.
        is_name: the term has a capitalised word and is not an acronym (names, places).
    """

    text: str
    words: tuple[str, ...]
    families: frozenset[str]
    key: tuple[str, ...]
    word_keys: tuple[frozenset[str], ...]
    has_agent: bool
    agent_stems: tuple[frozenset[str], ...]
    is_acronym: bool
    is_name: bool

    @property
    def acronym(self) -> str:
        """The acronym without a plural ``s`` (``ICBMs`` → ``ICBM``); "" when not one."""
        if not self.is_acronym:
            return ""
        return self.text[:-1] if self.text.endswith("s") else self.text


def make_query(term: str) -> TermQuery:
    """Normalise ``term`` (e.g. ``"Extended deterrence"``) into a ``TermQuery``."""
    text = " ".join(term.split())
    abbrevs = [ABBREVIATIONS[t] for t in text.split() if t in ABBREVIATIONS]
    content = tuple(dict.fromkeys(w for w in content_words(text)
                                  if not any(w in alts for alts in abbrevs)))
    keys = [word_alternatives(w) for w in content]
    keys += [frozenset(family_key(a) for a in alts) for alts in abbrevs]
    acronym = bool(_ACRONYM.fullmatch(text)) and text not in ABBREVIATIONS
    return TermQuery(
        text=text,
        words=content + tuple(a[0] for a in abbrevs),
        families=frozenset().union(*keys) if keys else frozenset(),
        key=term_key(text),
        word_keys=tuple(keys),
        has_agent=any(is_agent_noun(w) for w in content),
        agent_stems=tuple(agent_keys(w) - {family_key(w)} for w in content)
        + tuple(frozenset() for _ in abbrevs),
        is_acronym=acronym,
        is_name=not acronym and bool(_CAPITAL.search(text)),
    )


def is_agent_noun(word: str) -> bool:
    """True for a word shaped like an agent noun (``-er``/``-or``, stem of 4+ letters)."""
    return bool(_AGENT.search(word)) and len(_AGENT.sub("", word)) >= 4


def agent_keys(word: str) -> frozenset[str]:
    """Keys of the verb of an agent noun (defender → defend); empty for other words."""
    if not is_agent_noun(word):
        return frozenset()
    stem = _AGENT.sub("", word)
    return frozenset({family_key(stem), family_key(stem + "e")})


def word_alternatives(word: str) -> frozenset[str]:
    """Keys one English word may be matched by: its family key, for an agent noun the key of
    its verb (defender → defend), and a few derivation pairs (strategic → strategy,
    resolve → resolution)."""
    keys = {family_key(word)} | agent_keys(word)
    for end, other in DERIVATIONS:
        if word.endswith(end) and len(word) >= len(end) + 3:
            keys.add(family_key(word[: -len(end)] + other))
    return frozenset(keys)


def term_key(text: str) -> tuple[str, ...]:
    """Family keys of every word of ``text`` in order (``tactical nuclear weapons`` ==
    ``Tactical nuclear weapon``)."""
    return tuple(family_key(w) for w in words(text))
